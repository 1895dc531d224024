import { spawn, type ChildProcess } from 'node:child_process'
import type { Readable } from 'node:stream'
import { StartupError } from './errors'
import { ROOT } from './paths'

export type ChildServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

type Options = {
  /** For messages: "the CMS", "the API". */
  name: string
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  url: string
  /** Polled until it answers below 500. */
  readyUrl: string
  /** `inherit` for `npm start`; a line callback for tests. */
  output?: 'inherit' | ((line: string) => void)
  readyTimeoutMs?: number
}

/** Runs a server as a child process and resolves once it answers HTTP; fails clearly if it exits first. */
export async function startChildServer({ name, command, args, env, url, readyUrl, output = 'inherit', readyTimeoutMs = 120_000 }: Options): Promise<ChildServer> {
  const child = spawn(command, args, { cwd: ROOT, stdio: output === 'inherit' ? 'inherit' : 'pipe', env })
  if (typeof output === 'function') {
    if (child.stdout) forwardLines(child.stdout, output)
    if (child.stderr) forwardLines(child.stderr, output)
  }
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new StartupError(`${name} stopped while starting (exit code ${code}).`, 'Its output above says why.'))),
  )
  await Promise.race([waitForHttp(name, readyUrl, readyTimeoutMs), exited])
  exited.catch(() => {}) // a later exit is the caller's business (stop(), or its own exit handler)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
    })
  return { url, process: child, stop }
}

/**
 * Whole lines from a stream: a pipe may cut a line (or a UTF-8 character) anywhere, pino writes its buffered lines in
 * one go, and a JSON log line cut in two would be two broken lines.
 */
function forwardLines(stream: Readable, output: (line: string) => void): void {
  let partial = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) if (line) output(line)
  })
  stream.on('end', () => partial && output(partial))
}

async function waitForHttp(name: string, url: string, timeoutMs: number): Promise<void> {
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
  throw new StartupError(`${name} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s.`)
}
