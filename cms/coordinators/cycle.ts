import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { enqueueMail } from '../db/outbox'
import { poolDb, type SqlExecutor } from '../db/requestDb'
import { inTransaction } from '../db/transaction'
import { applyConfirmations } from './applyConfirmations'
import { CONTENT_CHANGED_CHANNEL } from '../../contracts/channels'
import { CHECK_DEFAULTS, COORDINATOR_MAIL_KINDS, type CheckMailPayload } from '../../contracts/coordinator-checks'
import { staleCutoff } from './staleness'

export type CycleSettings = { everyMonths: number; remindAfterDays: number; escalateAfterReminderDays: number }
export type CycleResult = { applied: number; expired: number; requested: number; reminded: number; escalated: number; mails: number }

const DAY_MS = 86_400_000

/** The notification's payload for check progress: the collection's slug, as the content hooks send theirs. */
const CHECKS_NOTIFY_SOURCE = 'coordinator-checks'
const daysBefore = (now: Date, days: number): string => new Date(now.getTime() - days * DAY_MS).toISOString()

/**
 * One pass of the coordinator check cycle (issue 15). Every step is a conditional UPDATE or INSERT that moves a
 * row on only once, in the same transaction as its outbox rows: a second run, or a second CMS replica, finds
 * nothing left to do and sends nothing (the partial unique index keeps one open check per coordinator).
 * Order matters: answers first, then expiry, so that an expired check's coordinator is asked again in the same run.
 */
export async function runCoordinatorChecks(payload: Payload, now: Date, settings: CycleSettings): Promise<CycleResult> {
  const applied = await applyConfirmations(payload)
  const cutoff = staleCutoff(now, settings.everyMonths).toISOString()
  const expired = await expireUnanswered(poolDb(payload), now, cutoff)
  const requests = await sendRequests(payload, now, cutoff)
  const reminders = await sendReminders(payload, now, settings.remindAfterDays)
  const escalation = await escalate(payload, now, settings.escalateAfterReminderDays)
  // A check's progress changes a coordinator's public verificationStatus, and the change log records only content:
  // the API's snapshot refreshes its checks on this (api/src/read-model/read-model.ts), after the writes committed.
  if (expired + requests + reminders + escalation.checks > 0) {
    await poolDb(payload).execute(sql`SELECT pg_notify(${CONTENT_CHANGED_CHANNEL}, ${CHECKS_NOTIFY_SOURCE})`)
  }
  return { applied, expired, requested: requests, reminded: reminders, escalated: escalation.checks, mails: requests + reminders + escalation.mails }
}

export const defaultCycleSettings = (everyMonths: number): CycleSettings => ({
  everyMonths,
  remindAfterDays: CHECK_DEFAULTS.remindAfterDays,
  escalateAfterReminderDays: CHECK_DEFAULTS.escalateAfterReminderDays,
})

/** Nobody answered a whole interval: the check closes, so that the next request can go out. */
async function expireUnanswered(db: SqlExecutor, now: Date, cutoff: string): Promise<number> {
  const { rows } = await db.execute<{ id: number }>(sql`
    UPDATE coordinator_checks SET status = 'expired', updated_at = ${now.toISOString()}::timestamptz
    WHERE status = 'escalated' AND sent_at <= ${cutoff}::timestamptz RETURNING id`)
  return rows.length
}

/**
 * Published, active coordinators with an email, verified at or before the cutoff (or never), and not asked
 * within the interval (whatever came of it: a proposal waiting for an editor must not bring a second request).
 */
async function sendRequests(payload: Payload, now: Date, cutoff: string): Promise<number> {
  const { rows } = await poolDb(payload).execute<{ id: number; email: string; region_id: number | null; speaks_sv: boolean }>(sql`
    SELECT c.id, trim(c.email) AS email, c.region_id,
           EXISTS (SELECT 1 FROM coordinators_languages l WHERE l.parent_id = c.id AND l.value = 'sv') AS speaks_sv
    FROM coordinators c
    WHERE c._status = 'published' AND c.status = 'active' AND coalesce(trim(c.email), '') <> ''
      AND (c.last_verified_at IS NULL OR c.last_verified_at <= ${cutoff}::timestamptz)
      AND NOT EXISTS (SELECT 1 FROM coordinator_checks k WHERE k.coordinator_id = c.id
                      AND (k.status IN ('sent', 'reminded', 'escalated') OR k.sent_at > ${cutoff}::timestamptz))
    ORDER BY c.id`)
  let sent = 0
  for (const coordinator of rows) {
    const locale = coordinator.speaks_sv ? 'sv' : 'en'
    sent += await inTransaction(payload, async (db) => {
      const { rows: created } = await db.execute<{ id: number }>(sql`
        INSERT INTO coordinator_checks (coordinator_id, region_id, locale, status, sent_at, created_at, updated_at)
        VALUES (${coordinator.id}, ${coordinator.region_id}, ${locale}, 'sent', ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)
        ON CONFLICT DO NOTHING RETURNING id`)
      const check = created[0]
      if (!check) return 0
      const payloadOfMail: CheckMailPayload = { checkId: check.id }
      await enqueueMail(db, { kind: COORDINATOR_MAIL_KINDS.request, recipient: coordinator.email, locale, payload: payloadOfMail })
      return 1
    })
  }
  return sent
}

/**
 * A request unanswered for remindAfterDays: the same once more, to the coordinator's current address. A check
 * whose coordinator has no address any more moves on without a mail, so that the editors are still told.
 */
async function sendReminders(payload: Payload, now: Date, days: number): Promise<number> {
  return inTransaction(payload, async (db) => {
    const { rows } = await db.execute<{ id: number; locale: 'sv' | 'en'; email: string | null }>(sql`
      UPDATE coordinator_checks k SET status = 'reminded', reminded_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
      FROM coordinators c
      WHERE c.id = k.coordinator_id AND k.status = 'sent' AND k.sent_at <= ${daysBefore(now, days)}::timestamptz
      RETURNING k.id, k.locale, nullif(trim(c.email), '') AS email`)
    let mailed = 0
    for (const check of rows) {
      if (check.email === null) continue
      const payloadOfMail: CheckMailPayload = { checkId: check.id }
      await enqueueMail(db, { kind: COORDINATOR_MAIL_KINDS.reminder, recipient: check.email, locale: check.locale, payload: payloadOfMail })
      mailed++
    }
    return mailed
  })
}

/** Still no answer after the reminder: the region's regional editors and every administrator are told (in Swedish). */
async function escalate(payload: Payload, now: Date, days: number): Promise<{ checks: number; mails: number }> {
  return inTransaction(payload, async (db) => {
    const { rows } = await db.execute<{ id: number; region_id: number | null }>(sql`
      UPDATE coordinator_checks SET status = 'escalated', escalated_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
      WHERE status = 'reminded' AND reminded_at <= ${daysBefore(now, days)}::timestamptz
      RETURNING id, region_id`)
    let mails = 0
    for (const check of rows) {
      for (const recipient of await escalationRecipients(db, check.region_id)) {
        const payloadOfMail: CheckMailPayload = { checkId: check.id }
        await enqueueMail(db, { kind: COORDINATOR_MAIL_KINDS.escalation, recipient, locale: 'sv', payload: payloadOfMail })
        mails++
      }
    }
    return { checks: rows.length, mails }
  })
}

/** Administrators, and the regional editors whose account names the check's region; each address once. */
async function escalationRecipients(db: SqlExecutor, regionId: number | null): Promise<string[]> {
  const { rows } = await db.execute<{ email: string }>(sql`
    SELECT DISTINCT u.email FROM users u
    WHERE EXISTS (SELECT 1 FROM users_roles r WHERE r.parent_id = u.id AND r.value = 'admin')
       OR (u.region_id = ${regionId} AND EXISTS (SELECT 1 FROM users_roles r WHERE r.parent_id = u.id AND r.value = 'regional-editor'))
    ORDER BY u.email`)
  return rows.map((row) => row.email)
}
