import { randomBytes } from 'node:crypto'
import { expect } from 'vitest'
import type { RenderedIssues } from '../../contracts/newsletter-issues'
import { toLexical } from '../../seed/lexical'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

/** Newsletter issues as editors make them through Payload's REST API, and the send rows the CMS writes for the API. */
export const run = randomBytes(4).toString('hex')
export type SendRow = {
  id: number
  state: string
  slug: string
  language: string
  topics: string[]
  rendered: RenderedIssues
  requested_by: number
  scheduled_at: Date
  finished_at: Date | null
}

/** An issue with a Swedish subject `Nyhetsbrev <run> <&>` (and an English one unless Swedish-only), published unless `publish: false`. */
export async function createIssue(client: CmsClient, fields: { language: 'sv' | 'en' | 'both'; topics?: string[]; publish?: boolean }): Promise<number> {
  const created = await client.request<{ doc: { id: number } }>('POST', '/api/newsletter-issues?locale=sv', {
    subject: `Nyhetsbrev ${run} <&>`,
    preheader: 'Förhandstext',
    language: fields.language,
    topics: fields.topics ?? ['events'],
    body: toLexical([{ paragraph: 'Hej prenumerant!' }]),
    ...(fields.publish === false ? {} : { _status: 'published' }),
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  if (fields.language !== 'sv') {
    const english = await client.request('PATCH', `/api/newsletter-issues/${id}?locale=en`, {
      subject: `Newsletter ${run}`,
      body: toLexical([{ paragraph: 'Hello subscriber!' }]),
      ...(fields.publish === false ? {} : { _status: 'published' }),
    })
    expect(english.status, JSON.stringify(english.body)).toBe(200)
  }
  return id
}

export const sendOf = async (issueId: number) => (await sql<SendRow>('SELECT * FROM nspm_api.newsletter_sends WHERE issue_id = $1', [issueId]))[0]

type Staff = Awaited<ReturnType<typeof createStaffUser>>
export type IssueStaff = { admin: CmsClient; editor: Staff; sender: Staff; other: Staff }

/** A user of each kind that matters here, the file's own: an editor, a newsletter editor and other staff (an order handler). */
export async function issueStaff(): Promise<IssueStaff> {
  const admin = await CmsClient.asAdmin()
  return {
    admin,
    editor: await createStaffUser(admin, ['editor']),
    sender: await createStaffUser(admin, ['newsletter-editor']),
    other: await createStaffUser(admin, ['order-handler']),
  }
}
