import type { Access, CollectionBeforeChangeHook, PayloadRequest, Where } from 'payload'
import { ValidationError } from 'payload'
import { inLanguage, t } from '../fields/i18n'
import type { Coordinator } from '../payload-types'
import { hasRole, regionOf } from './roles'

/**
 * Coordinators are the one collection a regional editor may change, and only within the region on their
 * account. Editors (and administrators) keep every right; everyone else reads only (editorialAccess).
 */

type User = PayloadRequest['user']

/** A regional editor who is not also an editor: the only caller these rules narrow. */
export function regionalOnly(user: User): number | false | undefined {
  if (hasRole(user, 'editor') || !hasRole(user, 'regional-editor')) return undefined
  return regionOf(user) ?? false
}

/** The id of a relationship value as a client or a hook sees it: an id, a numeric string or a populated document. */
export function relationId(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  if (value && typeof value === 'object' && 'id' in value) return relationId(value.id)
  return undefined
}

/** Update and delete: editors any coordinator, a regional editor those whose region is theirs. */
export const changeCoordinator: Access = ({ req }) => {
  if (hasRole(req.user, 'editor')) return true
  const region = regionalOnly(req.user)
  if (!region) return false
  const where: Where = { region: { equals: region } }
  return where
}

/**
 * Create: Payload cannot apply a `where` to a document that does not exist yet, so the data decides. Without data
 * (the admin asking whether to show "Create new") a regional editor may; the hook below checks the real save.
 */
export const createCoordinator: Access = ({ req, data }) => {
  if (hasRole(req.user, 'editor')) return true
  const region = regionalOnly(req.user)
  if (!region) return false
  return data === undefined || relationId((data as { region?: unknown }).region) === region
}

/**
 * Access checks the document as stored; this checks what it becomes, so a regional editor cannot move a
 * coordinator into another region (and out of their own reach). A hook, not a field `validate`: drafts skip
 * validation, and a draft must not escape either.
 */
export const keepRegionalEditorInRegion: CollectionBeforeChangeHook<Coordinator> = ({ data, originalDoc, req, collection }) => {
  const region = regionalOnly(req.user)
  if (region === undefined) return data
  const target = relationId('region' in data ? data.region : originalDoc?.region)
  if (region !== false && target === region) return data
  const message = inLanguage(t('Du får bara lägga regionkoordinatorer i din egen region.', 'You may only place coordinators in your own region.'), req.i18n?.language)
  throw new ValidationError({ collection: collection.slug, errors: [{ path: 'region', message }], req }, req.t)
}
