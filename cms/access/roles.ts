import type { Access, FieldAccess, PayloadRequest } from 'payload'

/**
 * Staff roles. A user may hold several; `admin` implies every right. A `regional-editor` reads what editors read
 * but changes only the coordinators of the region on their user (cms/access/coordinators.ts). A `newsletter-editor`
 * writes newsletter issues and sends them to the subscribers; editors may only draft them.
 */
export const ROLES = ['admin', 'editor', 'regional-editor', 'order-handler', 'subscriber-manager', 'newsletter-editor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

/** The request's user, or the signed-in user a client component gets from the admin (useAuth). */
type UserWithRoles = { collection?: string; roles?: unknown } | null | undefined

export function hasRole(user: UserWithRoles, ...roles: Role[]): boolean {
  if (!user || user.collection !== 'users') return false
  const held = (Array.isArray(user.roles) ? user.roles : []) as Role[]
  return held.includes('admin') || roles.some((role) => held.includes(role))
}

/** The region on the user's account (an id, or the populated region when the user was read with depth). */
export function regionOf(user: MaybeUser): number | undefined {
  if (!user || user.collection !== 'users') return undefined
  const region: unknown = user.region
  if (typeof region === 'number') return region
  if (region && typeof region === 'object' && 'id' in region && typeof region.id === 'number') return region.id
  return undefined
}

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditor: Access = ({ req }) => hasRole(req.user, 'editor')
export const isOrderHandler: Access = ({ req }) => hasRole(req.user, 'order-handler')
export const isSubscriberManager: Access = ({ req }) => hasRole(req.user, 'subscriber-manager')
/** Sending a newsletter issue mails every subscriber: only administrators and newsletter editors. */
export const isNewsletterSender: Access = ({ req }) => hasRole(req.user, 'newsletter-editor')
/** Drafting a newsletter issue: editors as well as those who send. */
export const isNewsletterWriter: Access = ({ req }) => hasRole(req.user, 'editor', 'newsletter-editor')
export const isStaff: Access = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true
/** Nobody through Payload: rows written only by the public API. */
export const nobody: Access = () => false

/** Anonymous readers see published documents only; signed-in staff also see drafts. */
export const publishedOrStaff: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}

export const staffField: FieldAccess = ({ req }) => Boolean(req.user)
export const adminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
/** For fields only the system writes (hooks, the public API): Payload restores the stored value on update. */
export const nobodyField: FieldAccess = () => false
