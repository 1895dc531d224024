import type { RequestRecord } from './request-record'

type ErrorEntry = { extensions?: Record<string, unknown> }

/**
 * Apollo's serialised answer with the request's id in every error's `extensions.requestId`, so that a client can
 * quote it and an operator find the access line. Apollo writes `errors` first, so an answer without errors (every
 * cacheable one) is recognised by its first bytes and passes untouched; only error answers are parsed again. The
 * errors' codes and masked error ids go to the access line.
 */
export function withRequestId(body: string, record: RequestRecord): string {
  if (!body.startsWith('{"errors":')) return body
  let parsed: { errors?: unknown }
  try {
    parsed = JSON.parse(body) as { errors?: unknown }
  } catch {
    return body
  }
  if (!Array.isArray(parsed.errors)) return body
  const codes: string[] = []
  const ids: string[] = []
  for (const error of parsed.errors as ErrorEntry[]) {
    const extensions = (error.extensions ??= {})
    extensions.requestId = record.id
    if (typeof extensions.code === 'string') codes.push(extensions.code)
    if (typeof extensions.errorId === 'string') ids.push(extensions.errorId)
  }
  record.errorCodes = codes
  if (ids.length > 0) record.errorIds = ids
  return JSON.stringify(parsed)
}
