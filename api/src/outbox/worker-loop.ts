import { isUnavailable } from '../common/unavailable'
import { describeError } from '../mail/errors'
import { listenForNotifications } from '../mail/listener'
import type { Logger } from '../observability/logger'

type LoopOptions = {
  /** The database to LISTEN on (a dedicated connection; see listener.ts). */
  connectionString: string
  channels: string | readonly string[]
  pollIntervalMs: number
  /** Names the loop in its log lines (`<name> cycle failed`). */
  name: string
  log: Logger
  /** Does everything that is due now; runs again on every notification and poll, never two at once. */
  run: () => Promise<unknown>
}

export type WorkerLoop = {
  /** Queue a run (folded with one already queued). */
  wake(): void
  /** Run `task` in the loop's turn, after any run in progress: tests drain with it. */
  exclusive<T>(task: () => Promise<T>): Promise<T>
  stop(): Promise<void>
}

/**
 * The outbox workers' loop: woken by LISTEN/NOTIFY and by a poll (which also catches rows whose retry time has
 * come, and notifications lost while the LISTEN connection was away), with runs chained one after another.
 */
export function startWorkerLoop({ connectionString, channels, pollIntervalMs, name, log, run }: LoopOptions): WorkerLoop {
  let stopped = false
  let wakeQueued = false
  // Runs never overlap: every one is chained onto the previous one.
  let queue: Promise<unknown> = Promise.resolve()
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task)
    queue = result.catch(() => undefined)
    return result
  }

  const wake = () => {
    if (stopped || wakeQueued) return
    wakeQueued = true
    // A run that fails because the database is away is only a warning: the next wake-up or poll retries it.
    exclusive(async () => {
      wakeQueued = false
      if (!stopped) await run()
    }).catch((error: unknown) => log[isUnavailable(error) ? 'warn' : 'error']({ error: describeError(error) }, `${name} cycle failed`))
  }

  const listener = listenForNotifications({ connectionString, channel: channels, onNotify: wake, log })
  const timer = setInterval(wake, pollIntervalMs)

  return {
    wake,
    exclusive,
    async stop() {
      stopped = true
      clearInterval(timer)
      await listener.close()
      await queue
    },
  }
}
