import { describe, expect, it } from 'vitest'
import { skippedTests, verdict, type TestReport } from './test-results'

/** CI's closing verdict (tests/ci/summarise-results.ts, run by .ci/run over both runs' JSON reports). */
const ROOT = '/repo'
type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo'

/** A report as vitest's JSON reporter writes it, for one file whose tests sit in one suite. */
function report(tests: Record<string, Status>, { failedSuites = 0 } = {}): TestReport {
  const statuses = Object.values(tests)
  const count = (...wanted: Status[]) => statuses.filter((status) => wanted.includes(status)).length
  return {
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    numFailedTestSuites: failedSuites,
    numPendingTests: count('skipped', 'pending'),
    numTodoTests: count('todo'),
    testResults: [
      {
        name: `${ROOT}/tests/a.test.ts`,
        message: '',
        status: count('failed') > 0 ? 'failed' : 'passed',
        startTime: 0,
        endTime: 0,
        assertionResults: Object.entries(tests).map(([title, status]) => ({
          ancestorTitles: ['outer'],
          fullName: `outer ${title}`,
          status,
          title,
          meta: {},
          failureMessages: [],
          tags: [],
        })),
      },
    ],
  }
}

describe('the CI verdict', () => {
  it('passes a run without skips, and names the skipped tests by file, suite and title', () => {
    expect(verdict([report({ runs: 'passed' }), report({ runs: 'passed' })], {}, ROOT)).toEqual({ summary: '2 passed, 0 failed, 0 skipped', problems: [] })
    expect(skippedTests([report({ runs: 'passed', later: 'todo', off: 'skipped' })], ROOT)).toEqual(['tests/a.test.ts > outer > later', 'tests/a.test.ts > outer > off'])
  })

  it('fails on a skipped or todo test that the allow-list does not name, or names without a reason', () => {
    const run = report({ runs: 'passed', later: 'todo', off: 'skipped' })
    expect(verdict([run], {}, ROOT).problems).toEqual([
      'skipped without a reason in tests/ci/allowed-skips.ts: tests/a.test.ts > outer > later',
      'skipped without a reason in tests/ci/allowed-skips.ts: tests/a.test.ts > outer > off',
    ])
    expect(verdict([run], { 'tests/a.test.ts > outer > later': ' ', 'tests/a.test.ts > outer > off': 'needs Docker' }, ROOT).problems).toEqual([
      'listed in tests/ci/allowed-skips.ts without a reason: tests/a.test.ts > outer > later',
    ])
  })

  it('passes listed skips, counting a skip of either run', () => {
    const allowed = { 'tests/a.test.ts > outer > off': 'needs Docker' }
    expect(verdict([report({ runs: 'passed', off: 'skipped' }), report({ runs: 'passed', off: 'passed' })], allowed, ROOT)).toEqual({
      summary: '3 passed, 0 failed, 1 skipped',
      problems: [],
    })
  })

  it('fails on a listed skip that no longer skips', () => {
    expect(verdict([report({ runs: 'passed', off: 'passed' })], { 'tests/a.test.ts > outer > off': 'needs Docker' }, ROOT).problems).toEqual([
      'listed in tests/ci/allowed-skips.ts but no longer skipped: tests/a.test.ts > outer > off',
    ])
  })

  it('fails on failed tests or suites and on a run in which nothing passed', () => {
    expect(verdict([report({ runs: 'failed' })], {}, ROOT).problems).toEqual(['no test passed', '1 tests failed'])
    expect(verdict([report({ runs: 'passed' }, { failedSuites: 1 })], {}, ROOT).problems).toEqual(['1 test files or suites failed'])
    expect(verdict([], {}, ROOT).problems).toEqual(['no test passed'])
  })
})
