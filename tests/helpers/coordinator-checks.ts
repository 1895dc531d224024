import { randomBytes } from 'node:crypto'
import { CHECK_TABLES, COORDINATOR_MAIL_KINDS, type CheckStatus } from '../../contracts/coordinator-checks'
import { CmsClient } from './cms-client'
import { createCoordinator, regionId, type CoordinatorDoc } from './coordinators'
import { sql } from './sql'

export type CheckRow = {
  id: number
  coordinator_id: number
  region_id: number | null
  locale: string
  status: string
  sent_at: Date | null
  reminded_at: Date | null
  escalated_at: Date | null
  answered_at: Date | null
  applied_at: Date | null
}
export type OutboxMail = { id: string; kind: string; recipient: string; locale: string; payload: Record<string, unknown> }

/** A published, active coordinator of the test's own with a unique address: due a check at once (never verified). */
export async function dueCoordinator(admin: CmsClient, region: number, data: Record<string, unknown> = {}): Promise<CoordinatorDoc & { email: string }> {
  const email = `coordinator-${randomBytes(4).toString('hex')}@test.nspm.localhost`
  const doc = await createCoordinator(admin, region, { data: { email, personName: 'Kim Testsson', employer: 'Socialförvaltningen Test', languages: ['sv'], ...data } })
  return { ...doc, email }
}

export const checksOf = (coordinatorId: number): Promise<CheckRow[]> => sql<CheckRow>('SELECT * FROM coordinator_checks WHERE coordinator_id = $1 ORDER BY id', [coordinatorId])

/** Outbox rows of one kind that name this check or proposal in their payload. */
export const mailsAbout = (kind: string, key: 'checkId' | 'proposalId', id: number): Promise<OutboxMail[]> =>
  sql<OutboxMail>(`SELECT id, kind, recipient, locale, payload FROM nspm_api.outbox WHERE kind = $1 AND (payload->>'${key}')::int = $2 ORDER BY id`, [kind, id])

/**
 * A published coordinator of the API tests' own, with every detail the check emails show. Temporarily unavailable:
 * the CMS's cycle (run by other test files at any moment) asks active coordinators only, so it never writes a
 * check or a mail of its own for this one while a test writes them by SQL.
 */
export async function coordinatorToCheck(): Promise<CoordinatorDoc & { email: string; regionId: number }> {
  const admin = await CmsClient.asAdmin()
  const region = await regionId(admin, 'vast')
  const doc = await dueCoordinator(admin, region, {
    personName: 'Kim Kontrollsson',
    employer: 'Socialförvaltningen Centrum',
    languages: ['sv', 'en'],
    phones: [{ number: '031-365 00 00', type: 'office', label: 'Vardagar 8–16' }],
    status: 'temporarily-unavailable',
  })
  return { ...doc, regionId: region }
}

type CheckFields = { status?: CheckStatus; locale?: 'sv' | 'en'; sentDaysAgo?: number; remindedDaysAgo?: number | null; escalatedDaysAgo?: number | null }

/** A check row as the CMS's cycle writes it. */
export async function insertCheck(coordinator: { id: number; regionId: number }, fields: CheckFields = {}): Promise<number> {
  const { status = 'sent', locale = 'sv', sentDaysAgo = 0, remindedDaysAgo = null, escalatedDaysAgo = null } = fields
  const ago = (days: number | null) => (days === null ? null : new Date(Date.now() - days * 86_400_000))
  const [row] = await sql<{ id: number }>(
    `INSERT INTO ${CHECK_TABLES.checks} (coordinator_id, region_id, locale, status, sent_at, reminded_at, escalated_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now(), now()) RETURNING id`,
    [coordinator.id, coordinator.regionId, locale, status, ago(sentDaysAgo), ago(remindedDaysAgo), ago(escalatedDaysAgo)],
  )
  return row!.id
}

/** The outbox row the CMS writes beside it (ids only), with the NOTIFY that wakes the worker. */
export async function queueMail(kind: keyof typeof COORDINATOR_MAIL_KINDS, recipient: string, locale: 'sv' | 'en', payload: Record<string, number>): Promise<void> {
  await sql(
    `WITH mail AS (INSERT INTO nspm_api.outbox (kind, recipient, locale, payload) VALUES ($1, $2, $3, $4::jsonb) RETURNING id)
     SELECT pg_notify('nspm_outbox', '') FROM mail`,
    [COORDINATOR_MAIL_KINDS[kind], recipient, locale, JSON.stringify(payload)],
  )
}

export const checkRow = async (id: number) =>
  (await sql<{ status: string; answered_at: Date | null }>(`SELECT status::text AS status, answered_at FROM ${CHECK_TABLES.checks} WHERE id = $1`, [id]))[0]!

export const proposalsOf = (checkId: number) =>
  sql<{ status: string; proposed: unknown; current: unknown; comment: string | null; locale: string; region_id: number; coordinator_id: number }>(
    `SELECT status::text AS status, proposed, current, comment, locale::text AS locale, region_id, coordinator_id FROM ${CHECK_TABLES.proposals} WHERE check_id = $1`,
    [checkId],
  )

export const tokensOf = (checkId: number) =>
  sql<{ used_at: Date | null; expires_at: Date }>('SELECT used_at, expires_at FROM nspm_api.coordinator_check_tokens WHERE check_id = $1 ORDER BY id', [checkId])

/** The link in a check email's text part. */
export const checkLinkIn = (text: string | undefined): string | undefined => /https?:\/\/\S+\/coordinator-check\?token=[A-Za-z0-9_-]+/.exec(text ?? '')?.[0]
