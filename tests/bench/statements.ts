import { runCli } from '../helpers/run-cli'
import type { Check, StatementReport } from './report'
import type { StatementCount } from './sql-count'

/** Runs sql-count.ts in its own process against the database as it is now. */
export async function countStatements(databaseUrl: string, mode: 'rows' | 'all'): Promise<Record<string, StatementCount>> {
  // It prints only its result, at the end: no restart for silence.
  const result = await runCli('tests/bench/sql-count.ts', { DATABASE_URL: databaseUrl }, 120_000, [mode], 120_000)
  const line = result.stdout.split('\n').find((text) => text.startsWith('result '))
  if (result.code !== 0 || !line) throw new Error(`Counting SQL statements failed:\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(line.slice('result '.length)) as Record<string, StatementCount>
}

/** The targets: at most 2 per read, the same for 7, 50 and 500 rows; at most 2 per mutation plus the outbox. */
export function statementChecks({ byCoordinators, operations }: StatementReport): Check[] {
  const checks: Check[] = []
  const sizes = Object.keys(byCoordinators)
  const q1 = sizes.map((size) => byCoordinators[size]?.Q1?.total ?? NaN)
  checks.push({
    name: `Q1 with ${sizes.join(' / ')} coordinators`,
    value: q1.join(' / '),
    target: '≤ 2, constant',
    pass: q1.every((n) => n <= 2) && new Set(q1).size === 1,
  })
  const pages = ['coordinators(first: 7)', 'coordinators(first: 50)', 'coordinators(first: 100)'].map((name) => operations[name]?.total ?? NaN)
  checks.push({
    name: 'coordinators(first: 7 / 50 / 100), 100 is the API maximum',
    value: pages.join(' / '),
    target: '≤ 2, constant',
    pass: pages.every((n) => n <= 2) && new Set(pages).size === 1,
  })
  for (const op of ['Q1', 'Q2', 'Q3', 'Q4', 'supportLine', 'publications']) {
    const count = operations[op]
    if (count) checks.push({ name: op, value: String(count.total), target: '≤ 2', pass: count.total <= 2 })
  }
  const m1 = operations.M1
  if (m1) {
    // BEGIN/COMMIT are counted apart; the outbox row and its NOTIFY may ride in one of the two statements.
    checks.push({
      name: `M1 statements besides ${m1.transaction} BEGIN/COMMIT`,
      value: `${m1.data} (${m1.outbox} of them ${m1.outbox === 1 ? 'writes' : 'write'} the outbox)`,
      target: '≤ 2 + outbox',
      pass: m1.data - m1.outbox <= 2,
    })
  }
  return checks
}
