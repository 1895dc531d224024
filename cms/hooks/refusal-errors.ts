import type { AfterErrorHook } from 'payload'

const NOT_FOUND = { status: 404, response: { errors: [{ message: 'Not Found' }] } }

// Every collection, Payload's own included, has serial ids: anything else in the id's place names no document.
const isDocumentId = (value: unknown): boolean => typeof value === 'string' && /^[1-9]\d{0,17}$/.test(value)

/**
 * Turns a server error that Payload raised on a request for something that cannot exist into Payload's 404: an id
 * that is no id (`/api/regions/abc`, `/api/users/me` on a collection, `/api/users/verify/abc`), and the version
 * routes of a collection without versions (their table does not exist). Payload registers those routes everywhere
 * and hands the value to PostgreSQL, which fails; the client's mistake is no server error. Other errors stay as
 * Payload answers them (masked "Something went wrong." for a 500).
 */
export const refusalsNotFailures: AfterErrorHook = ({ collection, error, req }) => {
  const status = (error as { status?: unknown }).status
  if (typeof status === 'number' && status < 500) return undefined
  const id = req.routeParams?.id
  if (id !== undefined && !isDocumentId(id)) return NOT_FOUND
  const path = new URL(req.url ?? '/', 'http://cms.local').pathname
  return collection && !collection.versions && /\/versions(\/|$)/.test(path) ? NOT_FOUND : undefined
}
