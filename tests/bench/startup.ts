import { spawn } from 'node:child_process'
import { buildApi } from '../../runtime/api-build'
import { API_NODE_FLAGS } from '../../runtime/api-server'
import { ROOT } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { stopProcess } from './processes'

/**
 * Milliseconds from spawning the API, exactly as runtime/api-server.ts does (`node <flags> api/dist/index.cjs`, the
 * bundle built beforehand), against a running and migrated database, to the first 200 from /health/ready, polled every 20 ms. The process is stopped
 * after each sample.
 */
export async function measureStartup(databaseUrl: string, samples: number): Promise<number[]> {
  const times: number[] = []
  const bundle = await buildApi()
  for (let i = 0; i < samples; i += 1) {
    const port = await freePort()
    const started = performance.now()
    const child = spawn(process.execPath, [...API_NODE_FLAGS, bundle], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), NODE_ENV: 'production', API_OUTBOX_WORKER: 'false' },
    })
    try {
      times.push(await firstReady(`http://127.0.0.1:${port}/health/ready`, started, () => child.exitCode !== null))
    } finally {
      await stopProcess(child)
    }
  }
  return times
}

async function firstReady(url: string, started: number, exited: () => boolean): Promise<number> {
  while (performance.now() - started < 60_000) {
    if (exited()) throw new Error('The API exited while starting')
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (response.status === 200) return performance.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('The API was not ready within 60 s')
}
