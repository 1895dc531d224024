import { performance } from 'node:perf_hooks'
import { errorKind, type Logger } from './observability/logger'

/** How often the process looks at how busy it was. */
const CHECK_INTERVAL_MS = 5_000
/** Below this share of an interval spent running callbacks, the process counts as idle. */
const IDLE_UTILIZATION = 0.01
const MB = 1024 * 1024
/** Resident memory grown by at least this much since the last release is worth a collection. */
const GROWTH_BYTES = 16 * MB

const megabytes = (bytes: number) => Math.round(bytes / MB)

export type IdleMemoryRelease = { stop(): void }

/**
 * Gives the memory of a burst of work back to the system once the process goes quiet.
 *
 * V8 keeps the pages a full collection frees in a pool for later allocations, and the young generation at its
 * largest: only a memory-reducing collection returns them. Its own trigger (the memory reducer) waits for a low
 * allocation rate, which it samples at collections; a server that stops receiving requests stops collecting, so the
 * rate of its last busy second stays "high" and nothing is returned (measured on the benchmark's enlarged data:
 * 266 MB resident a minute and more after the load ended, 171 MB after one such collection). So: every few seconds,
 * if the event loop was idle and resident memory has grown since the last release, one last-resort collection
 * (Node's `gc`, which `--expose-gc` provides; without it this does nothing). It pauses the loop for tens of
 * milliseconds, once per quiet period, when no request is waiting.
 */
export function releaseMemoryWhenIdle(log: Logger): IdleMemoryRelease {
  const collect = globalThis.gc
  if (!collect) {
    log.debug('memory is not released when idle: node runs without --expose-gc')
    return { stop() {} }
  }
  // Zero at start: the first quiet moment also returns what starting up (schema, read model) left behind.
  let residentAfterRelease = 0
  let running = false
  let previous = performance.eventLoopUtilization()
  const timer = setInterval(() => {
    const current = performance.eventLoopUtilization()
    const { utilization } = performance.eventLoopUtilization(current, previous)
    previous = current
    const before = process.memoryUsage.rss()
    if (running || utilization >= IDLE_UTILIZATION || before < residentAfterRelease + GROWTH_BYTES) return
    running = true
    const started = performance.now()
    collect({ type: 'major', execution: 'async', flavor: 'last-resort' })
      .then(() => {
        residentAfterRelease = process.memoryUsage.rss()
        log.info({ rssBeforeMb: megabytes(before), rssAfterMb: megabytes(residentAfterRelease), tookMs: Math.round(performance.now() - started) }, 'idle: memory released')
      })
      .catch((error: unknown) => log.warn({ kind: errorKind(error) }, 'idle: memory release failed'))
      .finally(() => {
        running = false
      })
  }, CHECK_INTERVAL_MS)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
