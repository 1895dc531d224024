import type { Access, FieldAccess, PayloadRequest } from 'payload'

/** Staff roles. A user may hold several; `admin` implies every right. */
export const ROLES = ['admin', 'editor', 'order-handler', 'subscriber-manager'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  if (!user || user.collection !== 'users') return false
  const held = (user.roles ?? []) as Role[]
  return held.includes('admin') || roles.some((role) => held.includes(role))
}

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isEditor: Access = ({ req }) => hasRole(req.user, 'editor')
export const isOrderHandler: Access = ({ req }) => hasRole(req.user, 'order-handler')
export const isSubscriberManager: Access = ({ req }) => hasRole(req.user, 'subscriber-manager')
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
