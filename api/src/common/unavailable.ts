import { ConnectionException } from '@mikro-orm/core'

/** What a client is told when the database is out of reach: never the driver's message. */
export const UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable. Try again shortly.'
/** Sent as `Retry-After` and `extensions.retryAfter` (and the older `retryAfterSeconds`): a pool wait or a database restart is over in seconds. */
export const RETRY_AFTER_SECONDS = 5

// 57P01 admin_shutdown (pg_terminate_backend, fast shutdown), 57P02 crash_shutdown, 57P03 cannot_connect_now
// (starting or stopping), 53300 too_many_connections; class 08 is "connection exception".
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300'])
const ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'])
// knex's pool timeout and node-postgres's lost-connection errors carry no code, only these messages; knex puts the
// failed statement in front of a query's error message, so they are not anchored.
const MESSAGES = [
  /Timeout acquiring a connection/,
  /Connection terminated/,
  /Connection ended unexpectedly/,
  /Client has encountered a connection error and is not queryable/,
  /Client was closed and is not queryable/,
  /timeout exceeded when trying to connect/,
  // knex marks a transaction complete when its BEGIN fails (it keeps that error to itself) and answers every later
  // statement with this. Seen when the session is terminated between acquiring and BEGIN; this code never runs a
  // statement on a transaction it has finished, so here it means a lost connection.
  /^Transaction query already complete/,
]

/**
 * Whether an error means the database is unreachable or saturated (the request may succeed if retried), as
 * opposed to a fault in the request or the code. Follows `cause` chains: MikroORM and knex wrap driver errors.
 */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false
  if (error instanceof ConnectionException || error.name === 'KnexTimeoutError') return true
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (SQLSTATES.has(code) || code.startsWith('08') || ERRNOS.has(code))) return true
  if (MESSAGES.some((pattern) => pattern.test(error.message))) return true
  if (error instanceof AggregateError && error.errors.some((inner) => isUnavailable(inner, depth + 1))) return true
  return isUnavailable(error.cause, depth + 1)
}
