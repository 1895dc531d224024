import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../runtime/paths'

export type SmallServer = { url: string; process: ChildProcess; stop: () => Promise<void> }

/** Runs one of the bench's own servers (a .ts file here) as `node --import tsx`: one process, so its pid is the server's. */
export function startSmallServer(file: string, env: Record<string, string>, log: (line: string) => void): Promise<SmallServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/bench', file)], { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' })
  child.stderr.on('data', (chunk: Buffer) => log(`${file}: ${chunk.toString().trim()}`))
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${file} exited with ${code} while starting`))
    child.once('exit', onExit)
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString())
      if (!match) return
      child.off('exit', onExit)
      resolve({ url: `http://127.0.0.1:${match[1]}/graphql`, process: child, stop: () => stopProcess(child) })
    })
  })
}

export function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
  })
}

export type Memory = { pid: number; rssMb: number; peakMb: number }

/**
 * Memory of the server process under `pid`: `npm`-style launchers (tsx, next) run the real server as a
 * descendant, so this is the process of the tree with the largest resident set. VmHWM is its peak since start
 * (Linux cannot reset it), VmRSS its current size.
 */
export function serverMemory(pid: number | undefined): Memory | null {
  if (pid === undefined) return null
  const tree = [pid, ...descendants(pid)]
  const readings = tree.flatMap((id) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8')
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0)
      return [{ pid: id, rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }]
    } catch {
      return []
    }
  })
  return readings.sort((a, b) => b.rssMb - a.rssMb)[0] ?? null
}

/** CPU time (user + system) of the server process (see serverMemory) in ms; 0 when unknown. */
export function serverCpuMs(pid: number | undefined): number {
  const server = serverMemory(pid)
  if (!server) return 0
  try {
    const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}

function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces, so split after ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(parent, [...(parents.get(parent) ?? []), Number(name)])
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = []
  const visit = (id: number) => {
    for (const child of parents.get(id) ?? []) {
      found.push(child)
      visit(child)
    }
  }
  visit(pid)
  return found
}
