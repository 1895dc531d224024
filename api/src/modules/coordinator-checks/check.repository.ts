import type { EntityManager } from '@mikro-orm/postgresql'
import { CHECK_TABLES, OPEN_CHECK_STATUSES, type CheckStatus, type CoordinatorDetails } from '../../../../contracts/coordinator-checks'
import { toDateOrNull } from '../../common/lean'
import { Locale } from '../../common/locale'
import { LOADERS } from '../../read-model/documents'
import type { CoordinatorDocument } from '../../read-model/documents'
import { CHECK_ANSWERED_CHANNEL } from '../../../../contracts/channels'

/** Payload's tables (the CMS owns and migrates them, contracts/coordinator-checks.ts); read and answered here. */
const CHECKS = CHECK_TABLES.checks
const PROPOSALS = CHECK_TABLES.proposals

export type CheckRow = {
  id: number
  coordinatorId: number | null
  regionId: number | null
  locale: Locale
  status: CheckStatus
  sentAt: Date | null
  remindedAt: Date | null
  escalatedAt: Date | null
}

export const isOpen = (check: Pick<CheckRow, 'status'>): boolean => (OPEN_CHECK_STATUSES as readonly string[]).includes(check.status)

const asLocale = (value: string | null): Locale => (value === 'en' ? Locale.EN : Locale.SV)

/** One check; `lock` holds its row for the caller's transaction (an answer and the CMS's scheduler queue on it). */
export async function findCheck(em: EntityManager, id: number, lock = false): Promise<CheckRow | null> {
  const [row] = await em.execute<
    {
      id: number
      coordinator_id: number | null
      region_id: number | null
      locale: string | null
      status: CheckStatus
      sent_at: string | Date | null
      reminded_at: string | Date | null
      escalated_at: string | Date | null
    }[]
  >(
    `SELECT id, coordinator_id, region_id, locale::text AS locale, status::text AS status, sent_at, reminded_at, escalated_at
     FROM ${CHECKS} WHERE id = ?${lock ? ' FOR UPDATE' : ''}`,
    [id],
  )
  if (!row) return null
  return {
    id: row.id,
    coordinatorId: row.coordinator_id,
    regionId: row.region_id,
    locale: asLocale(row.locale),
    status: row.status,
    sentAt: toDateOrNull(row.sent_at),
    remindedAt: toDateOrNull(row.reminded_at),
    escalatedAt: toDateOrNull(row.escalated_at),
  }
}

export type ProposalRow = { id: number; status: string; locale: Locale; decisionNote: string | null }

export async function findProposal(em: EntityManager, id: number): Promise<ProposalRow | null> {
  const [row] = await em.execute<{ id: number; status: string; locale: string | null; decision_note: string | null }[]>(
    `SELECT id, status::text AS status, locale::text AS locale, decision_note FROM ${PROPOSALS} WHERE id = ?`,
    [id],
  )
  return row ? { id: row.id, status: row.status, locale: asLocale(row.locale), decisionNote: row.decision_note } : null
}

/** The coordinator as the public API serves it: published only (a draft or a deleted coordinator has no check to answer). */
export async function publishedCoordinator(em: EntityManager, id: number | null): Promise<CoordinatorDocument | null> {
  if (id === null) return null
  // From the database, not a snapshot: the outbox worker renders mails outside any request, and needs the latest.
  const [record] = await LOADERS.Coordinator(em, [id])
  return record ?? null
}

export async function regionName(em: EntityManager, regionId: number | null, locale: Locale): Promise<string | null> {
  if (regionId === null) return null
  const [row] = await em.execute<{ name: string | null }[]>(
    `SELECT coalesce(nullif(req.name, ''), sv.name) AS name FROM regions r
     LEFT JOIN regions_locales req ON req._parent_id = r.id AND req._locale = ?
     LEFT JOIN regions_locales sv ON sv._parent_id = r.id AND sv._locale = 'sv'
     WHERE r.id = ?`,
    [locale, regionId],
  )
  return row?.name ?? null
}

/** Records the coordinator's answer on the check and signals the CMS, which applies it (delivered on commit). */
export async function markAnswered(em: EntityManager, checkId: number, status: 'confirmed' | 'changed'): Promise<void> {
  await em.execute(`UPDATE ${CHECKS} SET status = ?, answered_at = now(), updated_at = now() WHERE id = ?`, [status, checkId], 'run')
  await em.execute('SELECT pg_notify(?, ?)', [CHECK_ANSWERED_CHANNEL, String(checkId)])
}

export type NewProposal = { check: CheckRow; proposed: CoordinatorDetails; current: CoordinatorDetails; comment: string | null }

export async function insertProposal(em: EntityManager, { check, proposed, current, comment }: NewProposal): Promise<number> {
  const [row] = await em.execute<{ id: number }[]>(
    `INSERT INTO ${PROPOSALS} (coordinator_id, region_id, check_id, locale, status, proposed, current, comment, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'pending', ?::jsonb, ?::jsonb, ?, now(), now()) RETURNING id`,
    [check.coordinatorId, check.regionId, check.id, check.locale, JSON.stringify(proposed), JSON.stringify(current), comment],
  )
  return row!.id
}
