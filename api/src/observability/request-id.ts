import { randomUUID } from 'node:crypto'

export const REQUEST_ID_HEADER = 'x-request-id'

/** What a caller's (or a proxy's) id may look like to be kept: short, and nothing that could break a log line. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** The request's id: the caller's `X-Request-Id` when it is sane (a proxy's trace id), otherwise a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_ID.test(header) ? header : randomUUID()
}
