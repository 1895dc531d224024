import { createLogger, type Logger } from '../../api/src/observability/logger'

/** For servers and workers whose log a test does not read. */
export const silentLog: Logger = createLogger('silent')

export type CapturedLog = {
  /** The product's logger (same format), writing into `lines` synchronously. */
  log: Logger
  lines: string[]
  /** Every line parsed. */
  entries: () => Record<string, unknown>[]
}

/** A logger whose lines a test reads back, exactly as they would reach stdout. */
export function captureLog(level: 'info' | 'debug' = 'info'): CapturedLog {
  const lines: string[] = []
  const log = createLogger(level, { write: (line: string) => void lines.push(line.trimEnd()) })
  return { log, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) }
}

/** The JSON lines of a process's output (a child server's), parsed; other lines (Next's banner) are left out. */
export function jsonLines(output: readonly string[]): Record<string, unknown>[] {
  return output.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>)
}
