import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SqlExecutor } from '../db/requestDb'
import { NEWSLETTER_CHANNEL } from '../../contracts/channels'
import {
  NEWSLETTER_DELIVERIES_TABLE,
  NEWSLETTER_SENDS_TABLE,
  eligibleSubscriberSql,
  type IssueLanguage,
  type RenderedIssues,
  type SendState,
} from '../../contracts/newsletter-issues'
import type { Topic } from '../../contracts/select-values/newsletter'

/** The CMS's side of newsletter sends (contracts/newsletter-issues.ts): it writes the schedule and the editors' transitions, reads counts. */
const SENDS = sql.raw(NEWSLETTER_SENDS_TABLE)
const DELIVERIES = sql.raw(NEWSLETTER_DELIVERIES_TABLE)

/** The send that locks an issue's content: any but a cancelled one. Null when the API's tables do not exist yet. */
export async function lockedSend(db: SqlExecutor, issueId: number): Promise<SendState | null> {
  const { rows } = await db.execute<{ state: SendState | null }>(sql`
    SELECT CASE WHEN to_regclass(${NEWSLETTER_SENDS_TABLE}) IS NULL THEN NULL
      ELSE (SELECT state FROM ${SENDS} WHERE issue_id = ${issueId} AND state <> 'cancelled') END AS state`)
  return rows[0]?.state ?? null
}

/** Confirmed subscribers of at least one of the topics, not bouncing: the same condition as the API's freeze. */
export async function countRecipients(db: SqlExecutor, topics: readonly Topic[]): Promise<number> {
  const { rows } = await db.execute<{ recipients: string }>(sql`
    WITH issue AS (SELECT ${`{${topics.join(',')}}`}::text[] AS topics)
    SELECT count(*) AS recipients FROM newsletter_subscribers subscriber, issue WHERE ${sql.raw(eligibleSubscriberSql('subscriber', 'issue.topics'))}`)
  return Number(rows[0]?.recipients ?? 0)
}

type Schedule = {
  issueId: number
  slug: string
  language: IssueLanguage
  topics: readonly Topic[]
  rendered: RenderedIssues
  at: Date
  requestedBy: number
}

/**
 * Schedules the issue in the caller's transaction: a new send, or again a cancelled one that never started (the same
 * row). False when a send exists that may not be scheduled again. NOTIFY wakes the API's senders at commit.
 */
export async function scheduleSend(db: SqlExecutor, send: Schedule): Promise<boolean> {
  const { rows } = await db.execute<{ id: number }>(sql`
    INSERT INTO ${SENDS} (issue_id, slug, language, topics, rendered, state, scheduled_at, requested_by)
    VALUES (${send.issueId}, ${send.slug}, ${send.language}, ${`{${send.topics.join(',')}}`}::text[], ${JSON.stringify(send.rendered)}::jsonb,
      'scheduled', ${send.at.toISOString()}::timestamptz, ${send.requestedBy})
    ON CONFLICT (issue_id) DO UPDATE SET slug = excluded.slug, language = excluded.language, topics = excluded.topics,
      rendered = excluded.rendered, state = 'scheduled', scheduled_at = excluded.scheduled_at, requested_by = excluded.requested_by,
      finished_at = NULL, updated_at = now()
    WHERE ${SENDS}.state = 'cancelled' AND ${SENDS}.started_at IS NULL
    RETURNING id`)
  const id = rows[0]?.id
  if (id === undefined) return false
  await db.execute(sql`SELECT pg_notify(${NEWSLETTER_CHANNEL}, ${String(id)})`)
  return true
}

/** The editors' moves (contracts SEND_STATES): to the state, from any of these. */
export const TRANSITIONS = {
  pause: { to: 'paused', from: ['sending'] },
  resume: { to: 'sending', from: ['paused'] },
  cancel: { to: 'cancelled', from: ['scheduled', 'sending', 'paused'] },
} as const satisfies Record<string, { to: SendState; from: readonly SendState[] }>
export type Transition = keyof typeof TRANSITIONS

/** The state after the move, or the state that refused it (null: no send). */
export async function moveSend(db: SqlExecutor, issueId: number, transition: Transition): Promise<{ moved: boolean; state: SendState | null }> {
  const { to, from } = TRANSITIONS[transition]
  const { rows } = await db.execute<{ id: number }>(sql`
    UPDATE ${SENDS} SET state = ${to}, updated_at = now(),
      -- A send cancelled after it started ends now: its duration stops growing.
      finished_at = CASE WHEN ${to} = 'cancelled' AND started_at IS NOT NULL THEN now() ELSE finished_at END
    WHERE issue_id = ${issueId} AND state = ANY (${`{${from.join(',')}}`}::text[]) RETURNING id`)
  const id = rows[0]?.id
  if (id !== undefined) {
    await db.execute(sql`SELECT pg_notify(${NEWSLETTER_CHANNEL}, ${String(id)})`)
    return { moved: true, state: to }
  }
  const { rows: current } = await db.execute<{ state: SendState }>(sql`SELECT state FROM ${SENDS} WHERE issue_id = ${issueId}`)
  return { moved: false, state: current[0]?.state ?? null }
}

export type SendStatus = {
  state: SendState
  scheduledAt: string
  startedAt: string | null
  finishedAt: string | null
  recipients: number | null
  counts: { queued: number; sent: number; failed: number; skipped: number }
  failures: { code: string; count: number }[]
  /** Seconds from the start to the end (or to now while it runs). */
  durationSeconds: number | null
}

type SendRow = {
  id: number
  state: SendState
  scheduled_at: Date | string
  started_at: Date | string | null
  finished_at: Date | string | null
  recipients: number | null
  duration: string | null
}
const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString())

/** Null when the issue was never scheduled (or the API's tables do not exist yet). */
export async function sendStatus(db: SqlExecutor, issueId: number): Promise<SendStatus | null> {
  const { rows: exists } = await db.execute<{ present: boolean }>(sql`SELECT to_regclass(${NEWSLETTER_SENDS_TABLE}) IS NOT NULL AS present`)
  if (!exists[0]?.present) return null
  const { rows } = await db.execute<SendRow>(sql`
    SELECT id, state, scheduled_at, started_at, finished_at, recipients,
      extract(epoch FROM coalesce(finished_at, now()) - started_at) AS duration
    FROM ${SENDS} WHERE issue_id = ${issueId}`)
  const send = rows[0]
  if (!send) return null
  const { rows: counts } = await db.execute<{ status: string; code: string | null; count: string }>(sql`
    SELECT status, CASE WHEN status = 'failed' THEN coalesce(error_code, 'unknown') END AS code, count(*) AS count
    FROM ${DELIVERIES} WHERE send_id = ${send.id} GROUP BY 1, 2`)
  const total = (...statuses: string[]) => counts.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + Number(row.count), 0)
  return {
    state: send.state,
    scheduledAt: iso(send.scheduled_at)!,
    startedAt: iso(send.started_at),
    finishedAt: iso(send.finished_at),
    recipients: send.recipients === null ? null : Number(send.recipients),
    counts: { queued: total('pending', 'sending'), sent: total('sent'), failed: total('failed'), skipped: total('skipped') },
    failures: counts.filter((row) => row.status === 'failed').map((row) => ({ code: row.code ?? 'unknown', count: Number(row.count) })),
    durationSeconds: send.duration === null ? null : Math.round(Number(send.duration)),
  }
}
