import { sql } from '@payloadcms/db-postgres/drizzle'
import { APIError, commitTransaction, Forbidden, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { answer, refuse } from '../access/admin-endpoint'
import { regionalOnly, relationId } from '../access/coordinators'
import { hasRole } from '../access/roles'
import { enqueueMail } from '../db/outbox'
import { requestDb } from '../db/requestDb'
import type { Coordinator } from '../payload-types'
import { inLanguage, t } from '../fields/i18n'
import { COORDINATOR_MAIL_KINDS, type CoordinatorDetails, type ProposalMailPayload } from '../../contracts/coordinator-checks'
import { VERIFY_CONTEXT } from './verificationFields'

const NOT_FOUND = t('Ändringsförslaget finns inte.', 'The change proposal does not exist.')
const FORBIDDEN = t('Du får bara besluta om förslag för koordinatorer i din egen region.', 'You may only decide proposals for coordinators in your own region.')
const DECIDED = t('Förslaget är redan beslutat.', 'The proposal has already been decided.')

type Phone = NonNullable<Coordinator['phones']>[number]

type Proposal = { id: number; coordinatorId: number; locale: 'sv' | 'en'; proposed: CoordinatorDetails; email: string | null; sentAt: Date }
type Decision = { proposal: Proposal; note: string | null }

/**
 * Who may decide, and on what: editors any proposal, a regional editor those of their own region's coordinators
 * (the coordinator's region now, as the update's own access checks it). Everything else refused before any write.
 */
async function prepare(req: PayloadRequest, noteRequired: boolean): Promise<Decision | Response> {
  if (!req.user || req.user.collection !== 'users') return refuse(req, 401, t('Logga in för att besluta om förslag.', 'Log in to decide proposals.'))
  if (!hasRole(req.user, 'editor', 'regional-editor')) return refuse(req, 403, FORBIDDEN)
  const body = (await req.json?.().catch(() => ({}))) as { note?: unknown } | undefined
  const note = typeof body?.note === 'string' && body.note.trim() !== '' ? body.note.trim().slice(0, 2000) : null
  if (noteRequired && note === null) return refuse(req, 400, t('Skriv en motivering: den mejlas till koordinatorn.', 'Write a note: it is emailed to the coordinator.'))
  const id = relationId(req.routeParams?.id)
  if (id === undefined) return refuse(req, 404, NOT_FOUND)
  const { rows } = await (
    await requestDb(req)
  ).execute<{
    id: number
    coordinator_id: number
    locale: 'sv' | 'en'
    status: string
    proposed: CoordinatorDetails
    region_id: number | null
    email: string | null
    created_at: Date | string
  }>(sql`
    SELECT p.id, p.coordinator_id, p.locale, p.status, p.proposed, p.created_at, c.region_id, nullif(trim(c.email), '') AS email
    FROM coordinator_change_proposals p JOIN coordinators c ON c.id = p.coordinator_id WHERE p.id = ${id}`)
  const row = rows[0]
  if (!row) return refuse(req, 404, NOT_FOUND)
  const region = regionalOnly(req.user)
  if (region !== undefined && region !== row.region_id) return refuse(req, 403, FORBIDDEN)
  if (row.status !== 'pending') return refuse(req, 409, DECIDED)
  return { proposal: { id: row.id, coordinatorId: row.coordinator_id, locale: row.locale, proposed: row.proposed, email: row.email, sentAt: new Date(row.created_at) }, note }
}

/** Moves the proposal on from pending exactly once: false when someone decided it first. */
async function claim(req: PayloadRequest, decision: Decision, status: 'accepted' | 'rejected'): Promise<boolean> {
  const { rows } = await (
    await requestDb(req)
  ).execute<{ id: number }>(sql`
    UPDATE coordinator_change_proposals
    SET status = ${status}, decision_note = ${decision.note}, decided_by_id = ${req.user?.id ?? null}, decided_at = now(), updated_at = now()
    WHERE id = ${decision.proposal.id} AND status = 'pending' RETURNING id`)
  return rows.length === 1
}

/** Runs the decision in one transaction: the proposal's status and its effect commit together or not at all. */
async function decide(req: PayloadRequest, decision: Decision, status: 'accepted' | 'rejected', effect: () => Promise<void>): Promise<Response | null> {
  await initTransaction(req)
  try {
    if (!(await claim(req, decision, status))) {
      await killTransaction(req)
      return refuse(req, 409, DECIDED)
    }
    await effect()
    await commitTransaction(req)
    return null
  } catch (error) {
    await killTransaction(req)
    if (error instanceof Forbidden || (error instanceof APIError && error.status === 403)) return refuse(req, 403, FORBIDDEN)
    throw error
  }
}

/**
 * POST /api/coordinator-change-proposals/:id/accept: the proposed details become a new draft of the coordinator
 * (Local API with the editor's rights; the employer in the proposal's language, the phones replaced by the
 * proposed list). Nothing is published: the editor reviews the draft and publishes it, or not.
 */
export const acceptProposal: Endpoint = {
  path: '/:id/accept',
  method: 'post',
  handler: async (req) => {
    const decision = await prepare(req, false)
    if (decision instanceof Response) return decision
    const { proposed, coordinatorId, locale } = decision.proposal
    const refused = await decide(req, decision, 'accepted', async () => {
      await req.payload.update({
        collection: 'coordinators',
        id: coordinatorId,
        data: {
          personName: proposed.personName,
          email: proposed.email,
          employer: proposed.employer,
          phones: proposed.phones.map((phone) => ({ number: phone.number, type: phone.type as Phone['type'], label: phone.label })),
          languages: proposed.languages as Coordinator['languages'],
          // The coordinator wrote these details themselves: once published they count as confirmed by them.
          lastVerifiedAt: decision.proposal.sentAt.toISOString(),
          verifiedBy: null,
          verifiedVia: 'coordinator-email',
        },
        context: { [VERIFY_CONTEXT]: true },
        draft: true,
        locale,
        depth: 0,
        select: { _status: true },
        overrideAccess: false,
        req,
      })
    })
    if (refused) return refused
    const message = t(
      'Förslaget är godtaget och sparat som utkast. Granska och publicera koordinatorn.',
      'The proposal is accepted and saved as a draft. Review and publish the coordinator.',
    )
    return answer(200, { message: inLanguage(message, req.i18n?.language), coordinator: coordinatorId })
  },
}

/** POST /api/coordinator-change-proposals/:id/reject `{ note }`: the note is required and emailed to the coordinator. */
export const rejectProposal: Endpoint = {
  path: '/:id/reject',
  method: 'post',
  handler: async (req) => {
    const decision = await prepare(req, true)
    if (decision instanceof Response) return decision
    const { id, email, locale } = decision.proposal
    const refused = await decide(req, decision, 'rejected', async () => {
      if (!email) return
      const payload: ProposalMailPayload = { proposalId: id }
      await enqueueMail(await requestDb(req), { kind: COORDINATOR_MAIL_KINDS.proposalRejected, recipient: email, locale, payload })
    })
    if (refused) return refused
    const message = email
      ? t('Förslaget är avslaget; koordinatorn får motiveringen med e-post.', 'The proposal is rejected; the coordinator is emailed the note.')
      : t(
          'Förslaget är avslaget. Koordinatorn har ingen e-postadress längre och kan inte meddelas.',
          'The proposal is rejected. The coordinator no longer has an email address and cannot be told.',
        )
    return answer(200, { message: inLanguage(message, req.i18n?.language) })
  },
}
