import { createHash } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { startPublicApi, type NewsletterPerson, type PublicApi } from '../helpers/newsletter-person'
import { sql } from '../helpers/sql'

/**
 * Erasure leaves nothing that names the person, whichever path erases them: the subscriber's own link (the API's
 * eraseNewsletterSubscription) or a subscriber manager's delete in the admin. Proven by searching every text
 * column of every table in both schemas (Payload's and the API's) for the address and for its SHA-256 (the form
 * the API's per-address mail limit names it by), so that a table added later is searched too.
 */
const ERASE = gql`
  mutation ($token: String!) {
    eraseNewsletterSubscription(token: $token)
  }
`

type Column = { schema: string; table: string; column: string }

async function textColumns(): Promise<Column[]> {
  return sql<Column>(
    `SELECT c.table_schema AS schema, c.table_name AS "table", c.column_name AS "column"
     FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema IN ('public', 'nspm_api') AND t.table_type = 'BASE TABLE'
       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
     ORDER BY 1, 2, 3`,
  )
}

/** "schema"."table".column of every place that still holds one of the needles (case-insensitive). */
async function placesHolding(needles: readonly string[]): Promise<string[]> {
  const byTable = new Map<string, string[]>()
  for (const { schema, table, column } of await textColumns()) byTable.set(`"${schema}"."${table}"`, [...(byTable.get(`"${schema}"."${table}"`) ?? []), column])
  const found: string[] = []
  const holds = (column: string) => needles.map((_, index) => `strpos(lower("${column}"::text), $${index + 1}) > 0`).join(' OR ')
  for (const [table, columns] of byTable) {
    const [row] = await sql<Record<string, boolean | null>>(
      `SELECT ${columns.map((column) => `bool_or(${holds(column)}) AS "${column}"`).join(', ')} FROM ${table}`,
      needles.map((needle) => needle.toLowerCase()),
    )
    for (const [column, held] of Object.entries(row ?? {})) if (held) found.push(`${table}.${column}`)
  }
  return found
}

const traces = (person: NewsletterPerson, oldAddress: string) => [person.email, oldAddress, createHash('sha256').update(person.email).digest('hex')]

describe('erasure of a subscriber leaves nothing that names them', () => {
  let api: PublicApi
  let manager: CmsClient

  beforeAll(async () => {
    api = await startPublicApi()
    manager = (await createStaffUser(await CmsClient.asAdmin(), ['subscriber-manager'])).client
  })
  afterAll(() => api.stop())

  /**
   * A subscriber with a history: the confirmation mail the subscription queued (one delivered, as if sent), a
   * welcome still pending to an address they had before (the pre-issue-14 admin let staff change it), both kinds
   * of token, and the per-address mail limit their subscription counted.
   */
  async function subscriberWithHistory(): Promise<{ person: NewsletterPerson; oldAddress: string; manageToken: string }> {
    const person = await api.subscribe()
    const oldAddress = person.email.replace('person-', 'old-')
    await sql("UPDATE nspm_api.outbox SET status = 'sent', sent_at = now() WHERE recipient = $1", [person.email])
    // A kind no outbox worker claims: the row stays as written whatever else runs.
    await sql("INSERT INTO nspm_api.outbox (kind, recipient, payload) VALUES ('test-erasure', $1, jsonb_build_object('subscriberId', $2::int))", [oldAddress, person.id])
    await person.token('confirm')
    const manageToken = await person.token('manage')
    // A newsletter delivery to them (failed permanently; its send is inert, cancelled) and the bounce record it started: they
    // hold only the subscriber's id, so the check below is by id.
    const [send] = await sql<{ id: number }>(
      "INSERT INTO nspm_api.newsletter_sends (issue_id, slug, language, topics, rendered, state, scheduled_at) VALUES ($1, 'erasure', 'sv', '{news}', '{}', 'cancelled', now()) RETURNING id",
      [2_000_000_000 - person.id],
    )
    await sql("INSERT INTO nspm_api.newsletter_deliveries (send_id, subscriber_id, locale, status, error_code) VALUES ($1, $2, 'sv', 'failed', '550')", [send!.id, person.id])
    await sql("INSERT INTO nspm_api.newsletter_bounces (subscriber_id, issues_in_a_row, last_send_id, last_code) VALUES ($1, 1, $2, '550')", [person.id, send!.id])
    const held = await placesHolding(traces(person, oldAddress))
    // The history is really there (each of these is what erasure must remove), so that an empty result means erasure.
    expect(held).toEqual(expect.arrayContaining(['"nspm_api"."outbox".recipient', '"nspm_api"."rate_limit_logs".bucket', '"public"."newsletter_subscribers".email']))
    expect(await sql('SELECT 1 FROM nspm_api.subscription_tokens WHERE subscriber_id = $1', [person.id])).toHaveLength(2)
    expect(await sql('SELECT 1 FROM nspm_api.newsletter_deliveries WHERE subscriber_id = $1', [person.id])).toHaveLength(1)
    return { person, oldAddress, manageToken }
  }

  async function expectNothingLeft(person: NewsletterPerson, oldAddress: string): Promise<void> {
    expect(await placesHolding(traces(person, oldAddress))).toEqual([])
    expect(await sql("SELECT id FROM nspm_api.outbox WHERE payload->>'subscriberId' = $1", [String(person.id)])).toEqual([])
    expect(await sql('SELECT id FROM nspm_api.subscription_tokens WHERE subscriber_id = $1', [person.id])).toEqual([])
    expect(await sql('SELECT id FROM nspm_api.newsletter_deliveries WHERE subscriber_id = $1', [person.id])).toEqual([])
    expect(await sql('SELECT subscriber_id FROM nspm_api.newsletter_bounces WHERE subscriber_id = $1', [person.id])).toEqual([])
    expect(await sql('SELECT id FROM newsletter_subscribers WHERE id = $1', [person.id])).toEqual([])
  }

  it('through their own link: eraseNewsletterSubscription', async () => {
    const { person, oldAddress, manageToken } = await subscriberWithHistory()
    expect(await api.request(ERASE, { token: manageToken })).toEqual({ eraseNewsletterSubscription: true })
    await expectNothingLeft(person, oldAddress)
  })

  it("through a subscriber manager's delete in the admin", async () => {
    const { person, oldAddress } = await subscriberWithHistory()
    expect((await manager.request('DELETE', `/api/newsletter-subscribers/${person.id}`)).status).toBe(200)
    await expectNothingLeft(person, oldAddress)
  })
})
