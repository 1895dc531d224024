import type { EntityManager } from '@mikro-orm/postgresql'
import type { CoordinatorDetails } from '../../../../contracts/coordinator-checks'
import type { CoordinatorDocument } from '../../read-model/documents'
import { findCheckToken, markCheckTokenUsed } from './check-tokens'
import { findCheck, insertProposal, isOpen, markAnswered, publishedCoordinator, type CheckRow } from './check.repository'
import { detailsOf } from './coordinator-details'
import { FORM_COPY } from './change.copy'
import { validateChange, type ChangeForm, type FormProblems } from './change.form'

/**
 * What a link leads to. `unknown`: no such token (or its check was deleted with the coordinator); the others name
 * the check's language. Only `open` lets the coordinator answer.
 */
export type LinkState =
  { state: 'unknown' } | { state: 'used' | 'expired' | 'closed'; check: CheckRow } | { state: 'open'; tokenId: number; check: CheckRow; coordinator: CoordinatorDocument }

/** Reads (and, inside a transaction, locks) the token and its check; a check counts only while its coordinator is published. */
export async function openLink(em: EntityManager, token: string): Promise<LinkState> {
  const found = await findCheckToken(em, token)
  const check = found ? await findCheck(em, found.checkId, true) : null
  if (!found || !check) return { state: 'unknown' }
  if (found.usedAt) return { state: 'used', check }
  if (found.expired) return { state: 'expired', check }
  const coordinator = isOpen(check) ? await publishedCoordinator(em, check.coordinatorId) : null
  if (!coordinator) return { state: 'closed', check }
  return { state: 'open', tokenId: found.id, check, coordinator }
}

/** "Everything is correct": the check is confirmed and the link used; the CMS records the verification. */
export function confirmCheck(em: EntityManager, token: string): Promise<LinkState> {
  return em.transactional(async (tx) => {
    const link = await openLink(tx, token)
    if (link.state !== 'open') return link
    await markCheckTokenUsed(tx, link.tokenId)
    await markAnswered(tx, link.check.id, 'confirmed')
    return link
  })
}

export type ProposalOutcome = { link: LinkState; problems?: FormProblems; proposalId?: number }

/**
 * "Something has changed": a valid form becomes a pending proposal (never a publish) beside the published values,
 * the check is marked changed and the link used, all in one transaction; an invalid one stores nothing.
 */
export function proposeChange(em: EntityManager, token: string, form: ChangeForm): Promise<ProposalOutcome> {
  return em.transactional(async (tx) => {
    const link = await openLink(tx, token)
    if (link.state !== 'open') return { link }
    const result = validateChange(form, link.check.locale)
    if ('problems' in result) return { link, problems: result.problems }
    const current = detailsOf(link.coordinator, link.check.locale)
    if (!result.comment && same(result.details, current)) return { link, problems: { form: FORM_COPY[link.check.locale].problems.unchanged } }
    const proposalId = await insertProposal(tx, { check: link.check, proposed: result.details, current, comment: result.comment })
    await markCheckTokenUsed(tx, link.tokenId)
    await markAnswered(tx, link.check.id, 'changed')
    return { link, proposalId }
  })
}

const same = (a: CoordinatorDetails, b: CoordinatorDetails): boolean => JSON.stringify(a) === JSON.stringify(b)
