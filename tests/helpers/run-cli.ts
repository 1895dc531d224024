import { spawn } from 'node:child_process'
import { ROOT } from '../../runtime/paths'

export type CliResult = { code: number; stdout: string; stderr: string }

/** What a command printed, for the message of a failed expectation about its effect. */
export const printed = (result: CliResult): string => `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`

/**
 * Runs one of the project's command-line entry points as a user would, with extra environment variables.
 * `node --import tsx` rather than the tsx command: tsx runs the script in a child process and exits 0 when that
 * child is killed by a signal, so a killed seed looked like a successful one.
 */
export function runCli(script: string, env: Record<string, string>, timeoutMs = 240_000, args: string[] = []): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${script} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`))
    }, timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code: code ?? 1, stdout, stderr })
    })
  })
}
