import path from 'node:path'
import type { JsonTestResults } from 'vitest/reporters'

/** What CI needs of a vitest JSON report (`--reporter=json`). */
export type TestReport = Pick<JsonTestResults, 'numPassedTests' | 'numFailedTests' | 'numFailedTestSuites' | 'numPendingTests' | 'numTodoTests' | 'testResults'>

export type Verdict = { summary: string; problems: string[] }

/** "tests/x.test.ts > suite > title": a test's name in the allow-list and in CI's messages. */
const testId = (root: string, file: string, titles: readonly string[]): string => [path.relative(root, file), ...titles].join(' > ')

/** Every test of the reports that did not run (skipped, todo, disabled), by id, each once. */
export function skippedTests(reports: readonly TestReport[], root: string): string[] {
  const ids = new Set<string>()
  for (const report of reports) {
    for (const file of report.testResults) {
      for (const test of file.assertionResults) {
        if (test.status !== 'passed' && test.status !== 'failed') ids.add(testId(root, file.name, [...test.ancestorTitles, test.title]))
      }
    }
  }
  return [...ids].sort()
}

/**
 * CI's verdict over its runs' reports: any failed test or suite, an empty run, a skip missing from the allow-list
 * (or listed without a reason), or a listed skip that no longer skips in any run fails it.
 */
export function verdict(reports: readonly TestReport[], allowed: Readonly<Record<string, string>>, root: string): Verdict {
  const sum = (key: 'numPassedTests' | 'numFailedTests' | 'numFailedTestSuites' | 'numPendingTests' | 'numTodoTests') => reports.reduce((total, report) => total + report[key], 0)
  const skipped = skippedTests(reports, root)
  const problems: string[] = []
  if (reports.length === 0 || sum('numPassedTests') === 0) problems.push('no test passed')
  if (sum('numFailedTests') > 0) problems.push(`${sum('numFailedTests')} tests failed`)
  if (sum('numFailedTestSuites') > 0) problems.push(`${sum('numFailedTestSuites')} test files or suites failed`)
  for (const id of skipped) {
    if (!(id in allowed)) problems.push(`skipped without a reason in tests/ci/allowed-skips.ts: ${id}`)
    else if (!allowed[id]?.trim()) problems.push(`listed in tests/ci/allowed-skips.ts without a reason: ${id}`)
  }
  for (const id of Object.keys(allowed)) if (!skipped.includes(id)) problems.push(`listed in tests/ci/allowed-skips.ts but no longer skipped: ${id}`)
  return { summary: `${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests') + sum('numTodoTests')} skipped`, problems }
}
