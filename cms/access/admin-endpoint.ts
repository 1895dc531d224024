import type { CollectionSlug, PayloadRequest } from 'payload'
import { inLanguage, t, type Bilingual } from '../fields/i18n'
import { hasRole } from './roles'

/** A JSON answer that no cache keeps (these answers may carry a secret shown once). */
export const answer = (status: number, body: Record<string, unknown>): Response => Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** A refusal in Payload's error shape, in the caller's admin language. */
export const refuse = (req: PayloadRequest, status: number, message: Bilingual): Response => answer(status, { errors: [{ message: inLanguage(message, req.i18n?.language) }] })

export type DocumentAction = (req: PayloadRequest, id: number) => Promise<Response>

type Texts = { forbidden: Bilingual; notFound: Bilingual }

/**
 * A custom endpoint on one document (`/:id/...`) for the staff `may` admit, on a document they can read (Local API
 * with their rights): 401 without a login, 403 for other staff, 404 for a document that does not exist.
 */
export const forStaffWho =
  (may: (user: PayloadRequest['user']) => boolean, collection: CollectionSlug, texts: Texts) =>
  (action: DocumentAction) =>
  async (req: PayloadRequest): Promise<Response> => {
    if (!req.user) return refuse(req, 401, t('Logga in först.', 'Log in first.'))
    if (!may(req.user)) return refuse(req, 403, texts.forbidden)
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) return refuse(req, 404, texts.notFound)
    const found = await req.payload.findByID({ collection, id, depth: 0, disableErrors: true, overrideAccess: false, req })
    if (!found) return refuse(req, 404, texts.notFound)
    return action(req, id)
  }

/** For administrators only: partners' webhook endpoints and API keys. */
export const forAdministrators = (collection: CollectionSlug, texts: Texts) => forStaffWho((user) => hasRole(user, 'admin'), collection, texts)
