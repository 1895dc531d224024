import type { Endpoint, PayloadRequest } from 'payload'
import { relationId } from '../access/coordinators'
import { inLanguage, t, type Bilingual } from '../fields/i18n'
import { VERIFY_CONTEXT } from './verificationFields'

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
const refuse = (req: PayloadRequest, status: number, message: Bilingual) => answer(status, { errors: [{ message: inLanguage(message, req.i18n?.language) }] })

/**
 * POST /api/coordinators/:id/verify: "the contact details are correct", recorded as who (the caller) and when
 * (now). Access is Payload's own (Local API, overrideAccess: false, the caller's request), so whoever may update
 * the coordinator may verify it: editors any, a regional editor their region's (403 for another region's).
 *
 * Drafts: Payload's update reads the latest version, a pending draft included, and without `draft: true` writes
 * that merged document to the main table with the draft's `_status`, which would put the unpublished changes
 * there and take the coordinator out of the public API. So the verification goes where the editor's latest
 * version is: a published document is updated as published (and the public API's `lastVerifiedAt` follows);
 * a document with unpublished changes gets a new draft version, and the verification goes public together with
 * the changes it confirmed when someone publishes them. A draft saved between the read and the update (a race of
 * milliseconds) would be treated as published; the version history would show it.
 */
export const verifyCoordinator: Endpoint = {
  path: '/:id/verify',
  method: 'post',
  handler: async (req) => {
    if (!req.user || req.user.collection !== 'users') return refuse(req, 401, t('Logga in för att markera som kontrollerad.', 'Log in to mark as verified.'))
    const id = relationId(req.routeParams?.id)
    if (id === undefined) return refuse(req, 404, t('Regionkoordinatorn finns inte.', 'The coordinator does not exist.'))
    const latest = await req.payload.findByID({
      collection: 'coordinators',
      id,
      draft: true,
      depth: 0,
      disableErrors: true,
      select: { _status: true },
      overrideAccess: false,
      req,
    })
    if (!latest) return refuse(req, 404, t('Regionkoordinatorn finns inte.', 'The coordinator does not exist.'))
    const asDraft = latest._status === 'draft'
    const doc = await req.payload.update({
      collection: 'coordinators',
      id,
      data: { lastVerifiedAt: new Date().toISOString(), verifiedBy: req.user.id, verifiedVia: 'editor' },
      draft: asDraft,
      depth: 0,
      select: { lastVerifiedAt: true, verifiedBy: true, verifiedVia: true, _status: true },
      context: { [VERIFY_CONTEXT]: true },
      overrideAccess: false,
      req,
    })
    const message = asDraft
      ? t('Markerad som kontrollerad i utkastet; publiceras tillsammans med utkastet.', 'Marked as verified in the draft; published together with the draft.')
      : t('Markerad som kontrollerad.', 'Marked as verified.')
    return answer(200, { message: inLanguage(message, req.i18n?.language), draft: asDraft, doc })
  },
}
