import { NEWSLETTER_CHANNEL } from '../../contracts/channels'
import { LINK_PLACEHOLDERS, NEWSLETTER_SENDS_TABLE, type IssueLanguage, type RenderedIssue, type RenderedIssues } from '../../contracts/newsletter-issues'
import { startApi } from '../../runtime/api-server'
import type { ChildServer } from '../../runtime/child-server'
import { freePort } from '../../runtime/ports'
import { withClient } from '../helpers/test-database'

export type SendingApi = { api: ChildServer; base: string; metricsUrl: string; output: string[] }

/** The real API process (its bundle) with its outbox worker and newsletter sender mailing `smtpUrl`. */
export async function startSendingApi(databaseUrl: string, smtpUrl: string, ratePerMinute: number): Promise<SendingApi> {
  const port = await freePort()
  const metricsPort = await freePort()
  const base = `http://127.0.0.1:${port}`
  const output: string[] = []
  const api = await startApi({
    port,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_HOST: '127.0.0.1',
      API_PUBLIC_URL: base,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'NSPM <nspm@test.nspm.localhost>',
      API_OUTBOX_WORKER: 'true',
      API_WEBHOOK_WORKER: 'false',
      NEWSLETTER_SEND_RATE: String(ratePerMinute),
      TRUST_PROXY: 'true',
      API_METRICS_PORT: String(metricsPort),
    },
    output: (line) => output.push(line),
    readyTimeoutMs: 120_000,
  })
  return { api, base, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`, output }
}

export type SubscriberSpec = { email: string; status?: 'pending' | 'confirmed' | 'unsubscribed'; locale?: 'sv' | 'en'; topics: string[] }

/** Subscribers as the subscribe and confirm flows leave them in Payload's tables; returns their ids by address. */
export async function addSubscribers(databaseUrl: string, specs: SubscriberSpec[]): Promise<Map<string, number>> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ id: number; email: string }>(
      `WITH spec AS (SELECT * FROM json_to_recordset($1::json) AS spec (email text, status text, locale text, topics text[])),
       added AS (
         INSERT INTO newsletter_subscribers (email, status, locale, consent_given_at, consent_source, consent_text_version, confirmed_at, updated_at, created_at)
         SELECT email, status::enum_newsletter_subscribers_status, locale::enum_newsletter_subscribers_locale, now(), 'test', '2026-11',
           CASE WHEN status = 'confirmed' THEN now() END, now(), now() FROM spec RETURNING id, email),
       topics AS (
         INSERT INTO newsletter_subscribers_topics ("order", parent_id, value)
         SELECT topic.position::int, added.id, topic.value::enum_newsletter_subscribers_topics
         FROM added JOIN spec USING (email), unnest(spec.topics) WITH ORDINALITY AS topic (value, position))
       SELECT id, email FROM added`,
      [JSON.stringify(specs.map((spec) => ({ status: 'confirmed', locale: 'sv', ...spec })))],
    )
    return new Map(rows.map((row) => [row.email, row.id]))
  })
}

/** One language of a fixture issue, with the per-subscriber links as the CMS renders them (placeholders). */
export function fixtureIssue(subject: string, locale: 'sv' | 'en'): RenderedIssue {
  const links = `${LINK_PLACEHOLDERS.preferences} ${LINK_PLACEHOLDERS.data} ${LINK_PLACEHOLDERS.unsubscribe}`
  return {
    subject,
    preheader: `${locale} preheader`,
    html: `<p>${locale} body of ${subject}</p><p><a href="${LINK_PLACEHOLDERS.preferences}">p</a> <a href="${LINK_PLACEHOLDERS.unsubscribe}">u</a></p>`,
    text: `${locale} body of ${subject}\n\n${links}\n`,
    bodyHtml: `<p>${locale} body of ${subject}</p>`,
    bodyText: `${locale} body of ${subject}`,
  }
}

let issueIds = 1_000

/** What the CMS writes when an editor schedules an issue: a `scheduled` send due now, and its NOTIFY. */
export async function scheduleSend(databaseUrl: string, options: { subject: string; topics: string[]; language?: IssueLanguage }): Promise<number> {
  const language = options.language ?? 'both'
  const rendered: RenderedIssues =
    language === 'both'
      ? { sv: fixtureIssue(`${options.subject} (sv)`, 'sv'), en: fixtureIssue(`${options.subject} (en)`, 'en') }
      : { [language]: fixtureIssue(options.subject, language) }
  issueIds += 1
  return withClient(databaseUrl, async (db) => {
    await db.query('BEGIN')
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO ${NEWSLETTER_SENDS_TABLE} (issue_id, slug, language, topics, rendered, state, scheduled_at)
       VALUES ($1, $2, $3, $4, $5, 'scheduled', now()) RETURNING id`,
      [issueIds, `issue-${issueIds}`, language, options.topics, JSON.stringify(rendered)],
    )
    await db.query('SELECT pg_notify($1, $2)', [NEWSLETTER_CHANNEL, String(rows[0]!.id)])
    await db.query('COMMIT')
    return rows[0]!.id
  })
}

/** The CMS's pause, resume and cancel: a state change and its NOTIFY in one transaction. */
export async function setSendState(databaseUrl: string, sendId: number, state: 'sending' | 'paused' | 'cancelled'): Promise<void> {
  await withClient(databaseUrl, async (db) => {
    await db.query('BEGIN')
    await db.query(`UPDATE ${NEWSLETTER_SENDS_TABLE} SET state = $1, updated_at = now() WHERE id = $2`, [state, sendId])
    await db.query('SELECT pg_notify($1, $2)', [NEWSLETTER_CHANNEL, String(sendId)])
    await db.query('COMMIT')
  })
}

export type SendRow = { state: string; recipients: number | null; started_at: Date | null; finished_at: Date | null }

export const sendRow = (databaseUrl: string, sendId: number): Promise<SendRow> =>
  withClient(
    databaseUrl,
    async (db) => (await db.query<SendRow>(`SELECT state, recipients, started_at, finished_at FROM ${NEWSLETTER_SENDS_TABLE} WHERE id = $1`, [sendId])).rows[0]!,
  )

export type DeliveryRow = { id: number; email: string | null; subscriber_id: number; locale: string; status: string; error_code: string | null }

export const deliveriesOf = (databaseUrl: string, sendId: number): Promise<DeliveryRow[]> =>
  withClient(
    databaseUrl,
    async (db) =>
      (
        await db.query<DeliveryRow>(
          `SELECT d.id::int, s.email, d.subscriber_id, d.locale, d.status, d.error_code FROM nspm_api.newsletter_deliveries d
           LEFT JOIN newsletter_subscribers s ON s.id = d.subscriber_id WHERE d.send_id = $1 ORDER BY d.id`,
          [sendId],
        )
      ).rows,
  )

/** Polls until the send is in one of `states`; returns its row. */
export async function waitForSend(databaseUrl: string, sendId: number, states: string[], timeoutMs = 60_000): Promise<SendRow> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const row = await sendRow(databaseUrl, sendId)
    if (states.includes(row.state)) return row
    if (Date.now() > deadline) throw new Error(`send ${sendId} is ${row.state}, not ${states.join(' or ')}, after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
