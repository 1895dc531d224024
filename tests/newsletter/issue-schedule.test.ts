import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { NEWSLETTER_CHANNEL } from '../../contracts/channels'
import { LINK_PLACEHOLDERS } from '../../contracts/newsletter-issues'
import { sql } from '../helpers/sql'
import { createIssue, issueStaff, run, sendOf, type IssueStaff } from './issue-helpers'

/**
 * Scheduling in the real CMS (issue 17): what the schedule writes for the API (the row in nspm_api.newsletter_sends
 * and its NOTIFY), the editors' moves of a send, the content lock and the progress. No API sender runs against these
 * rows here: a send stays as the CMS left it unless a test moves it as the API would.
 */
describe('newsletter issues: scheduling and moving a send', () => {
  let staff: IssueStaff
  let issueId: number
  let listener: pg.Client
  const notified: string[] = []
  let heard: () => void = () => undefined
  /** Resolves once NEWSLETTER_CHANNEL has carried this payload (the send's id). */
  const notification = (payload: string) =>
    new Promise<void>((resolve) => {
      heard = () => notified.includes(payload) && resolve()
      heard()
    })

  beforeAll(async () => {
    staff = await issueStaff()
    listener = new pg.Client({ connectionString: inject('databaseUrl') })
    await listener.connect()
    listener.on('notification', (message) => {
      if (message.channel !== NEWSLETTER_CHANNEL) return
      notified.push(message.payload ?? '')
      heard()
    })
    await listener.query(`LISTEN ${NEWSLETTER_CHANNEL}`)
    issueId = await createIssue(staff.sender.client, { language: 'both' })
    await sql(
      `WITH s AS (INSERT INTO newsletter_subscribers (email, status, locale, updated_at, created_at) VALUES ($1, 'confirmed', 'sv', now(), now()) RETURNING id)
       INSERT INTO newsletter_subscribers_topics ("order", parent_id, value) SELECT 1, id, 'events' FROM s`,
      [`schedule-${run}@example.org`],
    )
  })
  afterAll(async () => {
    await listener.end()
    await sql('DELETE FROM nspm_api.newsletter_sends WHERE issue_id = $1', [issueId])
    await sql('DELETE FROM newsletter_subscribers WHERE email = $1', [`schedule-${run}@example.org`])
  })

  it('refuses a time in the past, more than a year ahead, or not a time', async () => {
    const at = (offset: number) => new Date(Date.now() + offset).toISOString()
    for (const body of [{ at: at(-3_600_000) }, { at: at(400 * 86_400_000) }, { at: 'tomorrow' }]) {
      expect((await staff.sender.client.request('POST', `/api/newsletter-issues/${issueId}/schedule`, body)).status, JSON.stringify(body)).toBe(400)
    }
    expect(await sendOf(issueId)).toBeUndefined()
  })

  it('refuses an issue never published, and one with unpublished changes', async () => {
    const draft = await createIssue(staff.sender.client, { language: 'sv', publish: false })
    const refused = await staff.sender.client.request<{ errors: { message: string }[] }>('POST', `/api/newsletter-issues/${draft}/schedule`, {})
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]!.message).toBe('Publicera numret först: det som skickas är den publicerade versionen.')
    const changed = await createIssue(staff.sender.client, { language: 'sv' })
    expect((await staff.sender.client.request('PATCH', `/api/newsletter-issues/${changed}?locale=sv&draft=true`, { preheader: 'Ej publicerad' })).status).toBe(200)
    expect((await staff.sender.client.request('POST', `/api/newsletter-issues/${changed}/schedule`, {})).status).toBe(409)
    expect(await sendOf(changed)).toBeUndefined()
  })

  it('schedules the published issue: the rendered row and its NOTIFY, in one transaction', async () => {
    const at = new Date(Date.now() + 86_400_000)
    const response = await staff.sender.client.request<{ state: string; recipients: number }>('POST', `/api/newsletter-issues/${issueId}/schedule`, { at: at.toISOString() })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.recipients).toBeGreaterThanOrEqual(1)
    const send = (await sendOf(issueId))!
    expect(send).toMatchObject({ state: 'scheduled', language: 'both', topics: ['events'], requested_by: staff.sender.id })
    expect(send.slug).toMatch(new RegExp(`^nyhetsbrev-${run}(-\\d+)?$`))
    expect(new Date(send.scheduled_at).toISOString()).toBe(at.toISOString())
    expect(send.rendered.sv!.html).toContain('Hej prenumerant!')
    expect(send.rendered.en!.bodyHtml).toContain('Hello subscriber!')
    expect(send.rendered.sv!.text).toContain(LINK_PLACEHOLDERS.unsubscribe)
    await notification(String(send.id))
  })

  it('locks the content while a send exists', async () => {
    const { sender } = staff
    const refused = await sender.client.request<{ errors: { message: string }[] }>('PATCH', `/api/newsletter-issues/${issueId}?locale=sv`, { preheader: 'Ändrad' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]!.message).toBe('Numret är schemalagt eller skickat: avboka utskicket för att ändra det.')
    expect((await sender.client.request('PATCH', `/api/newsletter-issues/${issueId}?locale=sv&draft=true`, { preheader: 'Ändrad' })).status).toBe(409)
    expect((await sender.client.request('DELETE', `/api/newsletter-issues/${issueId}`)).status).toBe(409)
    expect((await sender.client.request('POST', `/api/newsletter-issues/${issueId}/schedule`, {})).status).toBe(409)
  })

  it('allows only the moves of the contract, naming the state otherwise', async () => {
    const { sender, admin } = staff
    const post = (path: string) => sender.client.request<{ state?: string; errors?: { message: string }[] }>('POST', `/api/newsletter-issues/${issueId}/${path}`, {})
    const pause = await post('pause')
    expect(pause.status).toBe(409)
    expect(pause.body.errors![0]!.message).toBe('Utskicket är schemalagt och kan inte pausas: det går bara när det är skickas.')
    expect((await post('resume')).status).toBe(409)
    expect((await post('cancel')).body).toEqual({ state: 'cancelled' })
    // Cancelled before it started: editable again, and schedulable again as the same row.
    expect((await sender.client.request('PATCH', `/api/newsletter-issues/${issueId}?locale=sv`, { preheader: 'Ändrad', _status: 'published' })).status).toBe(200)
    const first = (await sendOf(issueId))!.id
    expect((await post('schedule')).status).toBe(200)
    expect(await sendOf(issueId)).toMatchObject({ id: first, state: 'scheduled' })
    expect((await sendOf(issueId))!.rendered.sv!.preheader).toBe('Ändrad')
    // The API starts it (freezing the recipients); then the editors pause, resume and cancel.
    await sql("UPDATE nspm_api.newsletter_sends SET state = 'sending', started_at = now(), recipients = 1 WHERE id = $1", [first])
    expect((await post('pause')).body).toEqual({ state: 'paused' })
    expect((await post('pause')).status).toBe(409)
    expect((await post('resume')).body).toEqual({ state: 'sending' })
    expect((await admin.request('POST', `/api/newsletter-issues/${issueId}/cancel`)).body).toEqual({ state: 'cancelled' })
    expect((await sendOf(issueId))!.finished_at).not.toBeNull()
    // Cancelled after it started (some may have had it): never again.
    expect((await post('schedule')).status).toBe(409)
    expect((await post('cancel')).status).toBe(409)
  })

  it('reports progress: counts by status, failures by code, duration', async () => {
    const send = (await sendOf(issueId))!
    await sql(
      `INSERT INTO nspm_api.newsletter_deliveries (send_id, subscriber_id, locale, status, error_code)
       SELECT $1, 2000000000 + n, 'sv', (ARRAY['pending','sending','sent','sent','failed','failed','failed','skipped'])[n], (ARRAY[NULL,NULL,NULL,NULL,'550','550','interrupted',NULL])[n]
       FROM generate_series(1, 8) AS n`,
      [send.id],
    )
    await sql("UPDATE nspm_api.newsletter_sends SET started_at = now() - interval '90 seconds', finished_at = now() WHERE id = $1", [send.id])
    type Status = { send: { state: string; counts: Record<string, number>; failures: { code: string; count: number }[]; durationSeconds: number } }
    const { status, body } = await staff.other.client.get<Status>(`/api/newsletter-issues/${issueId}/send-status`)
    expect(status).toBe(200)
    expect(body.send.state).toBe('cancelled')
    expect(body.send.counts).toEqual({ queued: 2, sent: 2, failed: 3, skipped: 1 })
    expect(body.send.failures.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: '550', count: 2 },
      { code: 'interrupted', count: 1 },
    ])
    expect(body.send.durationSeconds).toBe(90)
  })
})
