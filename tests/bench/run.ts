import { runLoad, type LoadMode, type RunStats } from './load'
import type { BenchOptions } from './options'
import { serverCpuMs, serverMemory, type Memory } from './processes'
import { waitUntilIdle } from './settle'
import type { Cell } from './verify'

export type Row = {
  cell: Cell
  warmup: MeasuredRun | null
  rounds: MeasuredRun[]
  /** The server process's memory right after this row's last round (VmHWM: its peak since it started). */
  memory: Memory | null
  /** Set once a timed run completed fewer responses than there are connections: from then on a fixed amount. */
  byAmount: boolean
}

/** One load run, with the CPU time (user + system, ms) the target's process spent during it. */
export type MeasuredRun = RunStats & { cpuMs: number }

/**
 * Warm-up for every row, then `rounds` alternating rounds: each round runs every row once, in the same order
 * (Q1 on every target, then Q2 …), so a slow phase of the machine spreads over all targets instead of one.
 * After each run the target must fall idle (its backlog done) before the next starts.
 */
export async function runRounds(cells: Cell[], options: BenchOptions, databaseUrl: string, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = cells.map((cell) => ({ cell, warmup: null, rounds: [], memory: null, byAmount: false }))
  const measured = rows.filter((row) => row.cell.spec)
  const amount: LoadMode = { amount: options.connections }
  const run = async (row: Row, mode: LoadMode, label: string): Promise<MeasuredRun> => {
    const spec = row.cell.spec
    if (!spec) throw new Error('unreachable: a row without a target was scheduled')
    const cpuBefore = serverCpuMs(row.cell.target.pid)
    const stats = await runLoad(spec, mode, options.connections, `${row.cell.op.id} ${row.cell.target.id}`)
    // Read before the settle: the backlog served after the load generator stopped is work no counted answer got.
    const cpuMs = serverCpuMs(row.cell.target.pid) - cpuBefore
    row.memory = serverMemory(row.cell.target.pid)
    const settled = await waitUntilIdle(row.cell.target.pid, databaseUrl)
    const how = 'amount' in mode ? `${mode.amount} requests at once` : `${mode.seconds} s`
    const problems = stats.problems.length ? `  INVALID: ${stats.problems.join(', ')}` : ''
    log(
      `${label.padEnd(10)} ${row.cell.op.id.padEnd(12)} ${row.cell.target.label.padEnd(28)} ${stats.rps.toFixed(1).padStart(8)} req/s  p50 ${stats.p50} ms  p99 ${stats.p99} ms  (${how}; idle after ${(settled / 1000).toFixed(1)} s)${problems}`,
    )
    return { ...stats, cpuMs }
  }
  const timed = async (row: Row, seconds: number, label: string) => {
    if (row.byAmount) return run(row, amount, label)
    const stats = await run(row, { seconds }, label)
    if (stats.requests + stats.invalid >= options.connections) return stats
    row.byAmount = true
    log(`${''.padEnd(10)} fewer responses than connections in ${seconds} s: measuring ${options.connections} requests at once instead`)
    return run(row, amount, label)
  }
  if (options.warmupSeconds > 0) {
    for (const row of measured) {
      row.warmup = await run(row, { seconds: options.warmupSeconds }, 'warm-up')
      // At the warm-up's rate a timed round would not see one response per connection.
      if ((row.warmup.requests + row.warmup.invalid) * (options.durationSeconds / row.warmup.seconds) < options.connections) row.byAmount = true
    }
  }
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const row of measured) row.rounds.push(await timed(row, options.durationSeconds, `round ${round}`))
  }
  return rows
}

export type RowFigures = {
  rps: number
  p50: number
  p99: number
  valid: boolean
  problems: string[]
  roundRps: number[]
  requests: number
  byAmount: boolean
  /** The target process's CPU time per valid answer over the rounds (null: no process of its own, or no answer). */
  cpuMsPerRequest: number | null
}

/** Requests over time across the rounds; p50 the mean of the rounds', p99 the worst. Warm-up counts for validity only. */
export function figures(row: Row): RowFigures | null {
  if (!row.rounds.length) return null
  const requests = row.rounds.reduce((sum, stats) => sum + stats.requests, 0)
  const seconds = row.rounds.reduce((sum, stats) => sum + stats.seconds, 0)
  const problems = [
    ...(row.warmup?.problems ?? []).map((problem) => `warm-up: ${problem}`),
    ...row.rounds.flatMap((stats, index) => stats.problems.map((problem) => `round ${index + 1}: ${problem}`)),
  ]
  if (requests === 0) problems.push('no response in any round')
  return {
    rps: requests / seconds,
    p50: row.rounds.reduce((sum, stats) => sum + stats.p50, 0) / row.rounds.length,
    p99: Math.max(...row.rounds.map((stats) => stats.p99)),
    valid: problems.length === 0,
    problems,
    roundRps: row.rounds.map((stats) => Math.round(stats.rps * 10) / 10),
    requests,
    byAmount: row.rounds.some((stats) => 'amount' in stats.mode),
    cpuMsPerRequest: row.cell.target.pid === undefined || requests === 0 ? null : row.rounds.reduce((sum, stats) => sum + stats.cpuMs, 0) / requests,
  }
}

/** Seconds of load a target received (warm-up included), for the API's "RSS after 60 s of load". */
export function loadSeconds(rows: Row[], targetId: string): number {
  return rows
    .filter((row) => row.cell.target.id === targetId)
    .reduce((sum, row) => sum + (row.warmup?.seconds ?? 0) + row.rounds.reduce((inner, stats) => inner + stats.seconds, 0), 0)
}
