import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { StartupError } from './errors'
import { CMS_DIR, ROOT } from './paths'

export type CmsServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

type Options = {
  port: number
  env: NodeJS.ProcessEnv
  dev?: boolean
  /** Where Next's output goes; `inherit` for `npm start`, a line callback for tests. */
  output?: 'inherit' | ((line: string) => void)
  readyTimeoutMs?: number
}

/** Runs the Payload admin (Next.js) as a child process and resolves once it answers HTTP. */
export async function startCms({ port, env, dev = false, output = 'inherit', readyTimeoutMs = 120_000 }: Options): Promise<CmsServer> {
  const args = dev ? ['dev', CMS_DIR, '-p', String(port)] : ['start', CMS_DIR, '-p', String(port)]
  const child = spawn(path.join(ROOT, 'node_modules/.bin/next'), args, {
    cwd: ROOT,
    stdio: output === 'inherit' ? 'inherit' : 'pipe',
    env: { ...env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation', ...(dev ? {} : { NODE_ENV: 'production' }) },
  })
  if (typeof output === 'function') {
    const forward = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).forEach(output)
    child.stdout?.on('data', forward)
    child.stderr?.on('data', forward)
  }
  const url = `http://localhost:${port}`
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new StartupError(`The CMS stopped while starting (exit code ${code}).`, 'Its output above says why.'))),
  )
  await Promise.race([waitForHttp(`${url}/api/users/me`, readyTimeoutMs), exited])
  exited.catch(() => {}) // a later exit is the caller's business (stop(), or its own exit handler)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
    })
  return { url, process: child, stop }
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new StartupError(`The CMS did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s.`)
}
