import pg from 'pg'
import type { Payload } from 'payload'
import { cmsEnv } from '../env'
import { applyConfirmations } from './applyConfirmations'
import { defaultCycleSettings, runCoordinatorChecks, type CycleResult } from './cycle'
import { CHECK_ANSWERED_CHANNEL } from '../../contracts/channels'

/**
 * Runs the check cycle inside the CMS's server process: every CMS_CHECK_RUN_SECONDS (default 60), and the answers
 * part at once when the API NOTIFYs that it wrote one (a dedicated LISTEN connection), so a confirmation reaches
 * the coordinator within a second. A plain timer rather than Payload's jobs queue: the queue would add its own
 * tables and the same need for a process that stays up, and the cycle is idempotent, so a missed or doubled run
 * costs nothing. Runs in one process never overlap (one chain); replicas are kept apart by the SQL itself.
 */
let chain: Promise<unknown> = Promise.resolve()

function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work)
  chain = next.catch(() => undefined)
  return next
}

export const runCycleNow = (payload: Payload, now = new Date()): Promise<CycleResult> =>
  serially(() => runCoordinatorChecks(payload, now, defaultCycleSettings(cmsEnv.checks.everyMonths)))

const STARTED = Symbol.for('nspm.coordinatorCheckSchedule')
type WithFlag = typeof globalThis & { [STARTED]?: boolean }

/** Payload's onInit: only in the Next server (not the seed, the migrations or the build), and only once per process. */
export function startCheckSchedule(payload: Payload): void {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const global = globalThis as WithFlag
  if (global[STARTED]) return
  global[STARTED] = true
  const log = (error: unknown, message: string) => payload.logger.error({ err: error }, message)
  if (cmsEnv.checks.runSeconds > 0) {
    let runs = 0
    const tick = () =>
      void runCycleNow(payload)
        .then((result) => {
          // The first run and every run that did something; quiet minutes stay out of the log.
          if (runs++ === 0 || Object.values(result).some((count) => count > 0))
            payload.logger.info({ ...result, everySeconds: cmsEnv.checks.runSeconds }, 'Coordinator check cycle ran on its schedule')
        })
        .catch((error: unknown) => log(error, 'The coordinator check cycle failed'))
    setInterval(tick, cmsEnv.checks.runSeconds * 1000).unref()
    // Soon after start rather than a whole interval later.
    setTimeout(tick, 5_000).unref()
  }
  listenForAnswers(payload, log)
}

function listenForAnswers(payload: Payload, log: (error: unknown, message: string) => void): void {
  const apply = () => void serially(() => applyConfirmations(payload)).catch((error: unknown) => log(error, 'Applying coordinator answers failed'))
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: cmsEnv.databaseUrl })
    const retry = () => {
      client.removeAllListeners()
      void client.end().catch(() => undefined)
      setTimeout(() => void connect(), 10_000).unref()
    }
    client.on('error', (error) => {
      log(error, 'The LISTEN connection for coordinator answers failed; reconnecting in 10 s')
      retry()
    })
    client.on('notification', apply)
    try {
      await client.connect()
      await client.query(`LISTEN ${CHECK_ANSWERED_CHANNEL}`)
      // Answers written while no connection listened.
      apply()
    } catch (error) {
      log(error, 'Could not LISTEN for coordinator answers; retrying in 10 s')
      retry()
    }
  }
  void connect()
}
