import type { LoggerOptions } from 'pino'

/**
 * The one log format of both processes (pino JSON lines), shared so that the CMS (Payload's `logger`) and the API
 * write the same fields: `time` (milliseconds since 1970, pino's default: formatting an ISO string was an eighth of
 * the cost of the API's access line), `level` as a word, `name` (`cms` or `api`), `msg`, then the fields.
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]
export const DEFAULT_LOG_LEVEL: LogLevel = 'info'

export function jsonLogOptions(name: 'api' | 'cms', level: LogLevel): LoggerOptions {
  return {
    name,
    level,
    // A word rather than pino's number: readable as it is and what log collectors map to a severity.
    formatters: { level: (label) => ({ level: label }) },
  }
}
