import { destination as fileDestination, pino, type DestinationStream, type Logger as PinoLogger } from 'pino'
import { jsonLogOptions, type LogLevel } from '../../../cms/logging/log-options'

/** The API's one logger (pino), created once in index.ts and passed to whatever logs. */
export type Logger = PinoLogger

/**
 * JSON lines on stdout. pino's asynchronous destination queues a line and writes what has queued up meanwhile in one
 * go, so a request never waits for a write; pino flushes the queue synchronously when the process exits.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = fileDestination({ dest: 1, sync: false })): Logger {
  return pino(jsonLogOptions('api', level), destination)
}

/** The kind of a failure, for a log line: its class, never its message (which may carry personal data). */
export const errorKind = (error: unknown): string => (error instanceof Error ? error.constructor.name : typeof error)
