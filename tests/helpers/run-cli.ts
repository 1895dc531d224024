import { spawn } from 'node:child_process'
import { ROOT } from '../../runtime/paths'

export type CliResult = { code: number; stdout: string; stderr: string }

/** What a command printed, for the message of a failed expectation about its effect. */
export const printed = (result: CliResult): string => `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`

/**
 * Node 20 with tsx's off-thread module hooks now and then never finishes loading a module: seen for 1 run in 30
 * of `runtime/migrate.ts` on a busy machine, and twice in this suite's CI runs. The process prints nothing, its main
 * thread is idle with no I/O pending, the hooks' worker has no stack (a diagnostic report shows it), and runMain
 * keeps it alive (runtime/errors.ts) instead of letting it end 0 with nothing done. Every command here prints within
 * seconds of its start, so one still silent after this long is in that state: it is killed and started once more,
 * and the test's output says so. A second stall fails as before. On Node 24 the seed has also stayed silent this long, on
 * a machine running four test suites at once; starting it again costs less than failing the run.
 */
const LOADER_STALL_MS = 90_000

type Run = { result: Promise<CliResult>; silent: Promise<'silent'>; kill: () => void }

function start(script: string, env: Record<string, string>, timeoutMs: number, args: string[], silentMs: number): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env } })
  let stdout = ''
  let stderr = ''
  let markSilent: (value: 'silent') => void = () => {}
  const silent = new Promise<'silent'>((resolve) => (markSilent = resolve))
  const silence = setTimeout(() => markSilent('silent'), silentMs)
  const spoke = () => clearTimeout(silence)
  child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), spoke()))
  child.stderr.on('data', (chunk: Buffer) => ((stderr += chunk.toString()), spoke()))
  const result = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${script} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`))
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      spoke()
      resolve({ code: code ?? 1, stdout, stderr })
    })
  })
  return { result, silent, kill: () => child.kill('SIGKILL') }
}

/**
 * Runs one of the project's command-line entry points as a user would, with extra environment variables.
 * `node --import tsx` rather than the tsx command: tsx runs the script in a child process and exits 0 when that
 * child is killed by a signal, so a killed seed looked like a successful one. `silentMs`: see LOADER_STALL_MS (a
 * command that legitimately prints nothing for longer passes its own).
 */
export async function runCli(script: string, env: Record<string, string>, timeoutMs = 240_000, args: string[] = [], silentMs = LOADER_STALL_MS): Promise<CliResult> {
  const first = start(script, env, timeoutMs, args, silentMs)
  if ((await Promise.race([first.result, first.silent])) !== 'silent') return first.result
  first.kill()
  await first.result.catch(() => undefined)
  console.warn(`[run-cli] ${script} printed nothing for ${silentMs / 1000} s (a module-loader stall): started once more`)
  return start(script, env, Math.max(timeoutMs - silentMs, Math.min(timeoutMs, 60_000)), args, timeoutMs).result
}
