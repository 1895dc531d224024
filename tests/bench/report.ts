import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { figures, type Row, type RowFigures } from './run'
import type { StatementCount } from './sql-count'
import type { TargetId } from './targets'

export type Check = { name: string; value: string; target: string; pass: boolean | null }
/** The two data sets of one run: the seed as `npm start` makes it, and the same enlarged (bench.ts). */
export type DataSetId = 'seeded' | 'enlarged'
type RowReport = {
  set: DataSetId
  op: string
  target: TargetId
  label: string
  bytes: number | null
  singleMs: number | null
  note: string | null
  figures: RowFigures | null
  peakRssMb: number | null
  rssMb: number | null
}
export type StatementReport = { byCoordinators: Record<string, Record<string, StatementCount>>; operations: Record<string, StatementCount> }

export type Report = {
  startedAt: string
  finishedAt: string
  machine: { cpus: number; node: string; loadAverageAtEnd: number[] }
  options: Record<string, unknown>
  data: Partial<Record<DataSetId, Record<string, number>>>
  rows: RowReport[]
  ratios: Check[]
  /** Requests per second and CPU per request of the uncached API. */
  throughput: Check[]
  statements: StatementReport & { checks: Check[] }
  startup: { samplesMs: number[]; medianMs: number; check: Check }
  apiMemory: { peakMb: number | null; rssAfterLoadMb: number | null; loadSeconds: number; check: Check }
  valid: boolean
}

const mb = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value))
const fixed = (value: number, digits = 1) => value.toFixed(digits)

export function rowReports(rows: Row[], set: DataSetId): Report['rows'] {
  return rows.map((row) => ({
    set,
    op: row.cell.op.id,
    target: row.cell.target.id,
    label: row.cell.target.label,
    bytes: row.cell.bytes,
    singleMs: row.cell.singleMs,
    note: row.cell.note,
    figures: figures(row),
    peakRssMb: mb(row.memory?.peakMb),
    rssMb: mb(row.memory?.rssMb),
  }))
}

/** `value ≥ target × reference` for two rows of the same run; null (not measured) when a row is missing. */
export function ratioCheck(name: string, rows: Report['rows'], op: string, over: TargetId, under: TargetId, target: number): Check {
  const of = (id: TargetId) => rows.find((row) => row.op === op && row.target === id)
  const a = of(over)
  const b = of(under)
  if (!a?.figures || !b?.figures) return { name, value: a && !a.figures ? (a.note ?? 'not measured') : 'not measured', target: `≥ ${target}×`, pass: null }
  const ratio = a.figures.rps / b.figures.rps
  if (!a.figures.valid || !b.figures.valid) return { name, value: `(${fixed(ratio, 2)}×) invalid`, target: `≥ ${target}×`, pass: false }
  return { name, value: `${fixed(ratio, 2)}×`, target: `≥ ${target}×`, pass: ratio >= target }
}

const rowOf = (rows: Report['rows'], op: string, target: TargetId) => rows.find((row) => row.op === op && row.target === target)

/** At least `min` valid requests per second for one row; null (not measured) when it is missing. */
export function rateCheck(name: string, rows: Report['rows'], op: string, target: TargetId, min: number): Check {
  const f = rowOf(rows, op, target)?.figures
  if (!f) return { name, value: 'not measured', target: `≥ ${min} req/s`, pass: null }
  return { name, value: `${fixed(f.rps)} req/s${f.valid ? '' : ' invalid'}`, target: `≥ ${min} req/s`, pass: f.valid && f.rps >= min }
}

/** At most `max` ms of the target process's CPU per valid answer; null (not measured) when it is missing. */
export function cpuCheck(name: string, rows: Report['rows'], op: string, target: TargetId, max: number): Check {
  const f = rowOf(rows, op, target)?.figures
  if (!f || f.cpuMsPerRequest === null) return { name, value: 'not measured', target: `≤ ${max} ms`, pass: null }
  return { name, value: `${fixed(f.cpuMsPerRequest, 2)} ms${f.valid ? '' : ' invalid'}`, target: `≤ ${max} ms`, pass: f.valid && f.cpuMsPerRequest <= max }
}

/**
 * Every check that missed its target. Every target runs in every run, so a ratio that could not be measured is a
 * miss too; the memory check needs a minute of load, which a short run (--duration) lacks: then it is no miss.
 */
export function missedTargets(report: Report): Check[] {
  const unmeasured = [...report.ratios, ...report.throughput].filter((check) => check.pass === null)
  return [
    ...unmeasured,
    ...[...report.ratios, ...report.throughput, ...report.statements.checks, report.startup.check, report.apiMemory.check].filter((check) => check.pass === false),
  ]
}

/** Why the run fails, or null when it passes: invalid rows (their figures do not count) or missed targets. */
export function failureOf(report: Report): string | null {
  if (!report.valid) return 'Some rows are invalid (see "valid" above): their figures do not count.'
  const missed = missedTargets(report)
  if (missed.length === 0) return null
  return `${missed.length} target${missed.length === 1 ? '' : 's'} missed: ${missed.map((check) => `${check.name} is ${check.value}, target ${check.target}`).join('; ')}.`
}

const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : 'FAIL')

export function printReport(report: Report, print: (line: string) => void): void {
  print('')
  print(
    `Benchmark ${report.startedAt} – ${report.finishedAt}: ${String(report.options.connections)} connections, no pipelining, ` +
      `${String(report.options.rounds)} rounds of ${String(report.options.durationSeconds)} s after ${String(report.options.warmupSeconds)} s warm-up; ${report.machine.cpus} cores, load average at the end ${report.machine.loadAverageAtEnd.map((n) => fixed(n, 2)).join(' ')}`,
  )
  for (const [set, data] of Object.entries(report.data))
    print(
      `Data, ${set}: ${Object.entries(data)
        .map(([key, value]) => `${value} ${key}`)
        .join(', ')}`,
    )
  for (const set of [...new Set(report.rows.map((row) => row.set))]) {
    print('')
    print(`${set.toUpperCase()} DATA`)
    const inSet = report.rows.filter((row) => row.set === set)
    for (const op of [...new Set(inSet.map((row) => row.op))])
      printOperation(
        inSet.filter((row) => row.op === op),
        print,
      )
  }
  if (report.rows.some((row) => row.figures?.byAmount)) {
    print('')
    print('  * a single response took longer than the window: measured as one request per connection, all at once, until all were answered')
  }
  if (report.rows.some((row) => row.figures && !row.figures.valid)) {
    print('  req/s of an invalid row counts only its valid responses; the row and its ratios do not count')
  }
  const checks = (title: string, list: Check[]) => {
    print('')
    print(title)
    for (const check of list) print(`    ${check.name.padEnd(58)} ${check.value.padStart(14)}  target ${check.target.padEnd(16)} ${verdict(check.pass)}`)
  }
  checks('Ratios (same run)', report.ratios)
  checks("Throughput and CPU of the uncached API (CPU: its process's user + system time during the rounds ÷ valid answers)", report.throughput)
  checks('SQL statements per operation (counted at the pg driver, BEGIN/COMMIT included)', report.statements.checks)
  checks('Start-up and memory', [report.startup.check, report.apiMemory.check])
  print('')
}

function printOperation(rows: Report['rows'], print: (line: string) => void): void {
  print('')
  print(
    `${(rows[0]?.op ?? '').padEnd(12)} ${'target'.padEnd(30)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'CPU/req'.padStart(8)} ${'peak RSS'.padStart(9)} ${'response'.padStart(9)} ${'1 req ms'.padStart(8)}  valid`,
  )
  for (const row of rows) {
    const f = row.figures
    const size = row.bytes === null ? '' : `${fixed(row.bytes / 1024)} kB`
    const cpu = f?.cpuMsPerRequest === null || f?.cpuMsPerRequest === undefined ? '' : `${fixed(f.cpuMsPerRequest, 2)} ms`
    if (!f) print(`${''.padEnd(12)} ${row.label.padEnd(30)} ${row.note ?? ''}`)
    else
      print(
        `${''.padEnd(12)} ${row.label.padEnd(30)} ${`${f.byAmount ? '*' : ''}${fixed(f.rps)}`.padStart(9)} ${fixed(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${cpu.padStart(8)} ${`${row.peakRssMb ?? '?'} MB`.padStart(9)} ${size.padStart(9)} ${String(row.singleMs ?? '').padStart(8)}  ${f.valid ? 'yes' : `NO: ${f.problems.join('; ')}`}`,
      )
  }
  const compared = rows.find((row) => row.target === 'payload' && row.figures)?.note
  if (compared) print(`${''.padEnd(12)} Payload's query: ${compared}`)
}

export function writeReport(report: Report, dir: string): string {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'results.json')
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  return file
}
