import { randomUUID } from 'node:crypto'
import { unwrapResolverError } from '@apollo/server/errors'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { isUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from './unavailable'
import type { Logger } from '../observability/logger'

/** The codes a client can rely on; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'SERVICE_UNAVAILABLE' | 'RATE_LIMITED' | 'CURSOR_EXPIRED' | 'IDEMPOTENCY_KEY_REUSED' | 'API_KEY_INVALID'

export class ApiError extends GraphQLError {
  /** HTTP headers the answer carries when the error refuses a request as a whole (e.g. WWW-Authenticate on 401). */
  responseHeaders: Readonly<Record<string, string>> = {}

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } })
  }
}

export class NotFoundError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, extensions)
  }
}

export class BadInputError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, extensions)
  }
}

/** A change-feed cursor from before what the feed still keeps: walking on would silently miss changes. */
export class CursorExpiredError extends ApiError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super('CURSOR_EXPIRED', message, extensions)
  }
}

/**
 * The HTTP status of a response whose request failed as a whole with this code (a refused request, an error raised
 * before GraphQL runs); errors of single fields leave the status 200 as GraphQL over HTTP prescribes.
 */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { API_KEY_INVALID: 401, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 }

export const httpStatusOf = (error: ApiError): number => HTTP_STATUS[error.extensions.code as ErrorCode] ?? 400

/** An idempotency key sent again with a different request: neither a retry nor bad input, so a code of its own. */
export class IdempotencyKeyReusedError extends ApiError {
  constructor(what: string) {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      `This idempotency key was already used for a different ${what}. Use a new key for a new ${what}; resend the first ${what} unchanged to get its result.`,
      {
        fields: [{ field: 'idempotencyKey', problem: `was used for a different ${what}` }],
      },
    )
  }
}

/** Apollo's own client errors (parse, validation, bad variables) keep their message and code. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
])

/** The database is out of reach or its pool is full: the request may be retried (HTTP 503, see unavailable-status). */
export class ServiceUnavailableError extends ApiError {
  constructor() {
    super('SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE, { retryAfter: RETRY_AFTER_SECONDS, retryAfterSeconds: RETRY_AFTER_SECONDS })
  }
}

/**
 * The one place errors leave the server. Known errors pass as they are; infrastructure failures (pool full,
 * connection lost or refused, database shutting down) become SERVICE_UNAVAILABLE; anything else becomes a generic
 * message with an error id, and only the id and the error's class reach the log: a database message may carry
 * personal data, so it is not logged either.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error)
    if (original instanceof ApiError) return { message: original.message, path: formatted.path, extensions: original.extensions }
    if (isUnavailable(original)) {
      const { frames: _frames, ...described } = describeSafely(original)
      log.warn({ path: formatted.path, ...described }, 'database unavailable')
      const unavailable = new ServiceUnavailableError()
      return { message: unavailable.message, path: formatted.path, extensions: unavailable.extensions }
    }
    const code = formatted.extensions?.code
    if (typeof code === 'string' && CLIENT_CODES.has(code))
      return { message: withoutValues(formatted.message, reasonOf(error)), locations: formatted.locations, path: formatted.path, extensions: { code } }
    const errorId = randomUUID()
    log.error({ errorId, path: formatted.path, ...describeSafely(original) }, 'unexpected error')
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } }
  }
}

/**
 * The error behind a formatted one. A resolver's error comes wrapped with its path (Apollo's unwrapResolverError);
 * an ApiError thrown by a plugin hook (a spent query budget) comes wrapped without one whenever it is not an
 * instance of the GraphQLError class Apollo checks against (the test runner loads graphql twice, as ESM and CJS).
 */
function originalOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error)
  const inner = unwrapped instanceof Error ? (unwrapped as { originalError?: unknown }).originalError : undefined
  return !(unwrapped instanceof ApiError) && inner instanceof ApiError ? inner : unwrapped
}

/** The message of the error a client error wraps (a variable's coercion failure: its reason), if any. */
function reasonOf(error: unknown): string | undefined {
  const inner = error instanceof Error ? (error as { originalError?: unknown }).originalError : undefined
  return inner instanceof Error && inner !== error ? inner.message : undefined
}

/** Class, SQLSTATE and stack frames: enough to find the fault, without the message that may hold personal data. */
export function describeSafely(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error }
  const sqlState = (error as { code?: unknown }).code
  return {
    kind: error.constructor.name,
    sqlState: typeof sqlState === 'string' ? sqlState : undefined,
    frames: framesOf(error),
  }
}

/** A V8 stack frame: "at fn (file:line:column)", "at file:line:column", "at fn (native)" or "at <anonymous>". */
const FRAME = /^at (?:.+ \((?:.+:\d+:\d+|native|<anonymous>)\)|\S+:\d+:\d+|<anonymous>)$/

/**
 * The first frames of a stack. The stack starts with the message, and a database error's message runs over many
 * lines (MikroORM's holds the statement with its values, then PostgreSQL's message, detail and hint): those lines
 * are left out, also when the message was changed after the stack was taken (then only lines shaped as frames stay).
 */
function framesOf(error: Error): string[] {
  const stack = error.stack ?? ''
  const messageAt = error.message ? stack.indexOf(error.message) : -1
  const afterMessage = messageAt >= 0 ? stack.slice(messageAt + error.message.length) : stack
  return afterMessage
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => FRAME.test(line))
    .slice(0, 7)
}

/**
 * graphql-js quotes the offending value in variable and literal errors ("got invalid value { email: … }"), and
 * inputs here are personal data. The message keeps what is wrong and where, not the value. A variable's error is
 * `<which variable, its value, where>; <reason>`, and the reason (which may quote the value again) is the message of
 * the error behind it: split there, as the value itself may contain "; ".
 */
function withoutValues(message: string, reason?: string): string {
  if (reason && message.endsWith(`; ${reason}`)) return `${redactHead(message.slice(0, -reason.length - 2))}; ${withoutValues(reason)}`
  return redactVariableValue(message)
    .replace(/Value "[\s\S]*" does not exist in ("\w+" enum)/, 'The value does not exist in $1')
    .replace(/(cannot represent (?:an invalid date-time-string|non string or Date type|an invalid Unix timestamp)) [\s\S]*$/, '$1.')
    .replace(/(cannot represent [^:]*): [\s\S]*$/, '$1.')
    .replace(/(Expected value of type "[^"]+"), found [\s\S]*?(; |\.$|$)/, '$1$2')
}

/** `Variable "$x" got invalid value <value> at "x.path"`: the value goes, the path stays. */
function redactHead(head: string): string {
  const path = / at "([\w.[\]]+)"$/.exec(head)
  return head.replace(/got invalid value [\s\S]*$/, `got an invalid value${path ? ` at "${path[1]}"` : ''}`)
}

/** The value runs to the last "; " (it may contain "; " itself); the path in `at "input.x"` is kept. */
function redactVariableValue(message: string): string {
  const quoted = /got invalid value [\s\S]*; /.exec(message)
  if (!quoted) return message.replace(/got invalid value [\s\S]*$/, 'got an invalid value.')
  const path = / at "([\w.[\]]+)"; $/.exec(quoted[0])
  return message.replace(quoted[0], `got an invalid value${path ? ` at "${path[1]}"` : ''}; `)
}
