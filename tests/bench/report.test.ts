import { describe, expect, it } from 'vitest'
import { failureOf, type Check, type Report } from './report'

/** `npm run bench` fails (exit 1, through runMain) whenever failureOf names a failure: a missed target is one. */
const check = (name: string, pass: boolean | null): Check => ({ name, value: pass === null ? 'not measured' : '1×', target: '≥ 1×', pass })

function report({
  ratio = true,
  throughput = true,
  statements = true,
  startup = true,
  memory = true,
  valid = true,
}: Partial<Record<'statements' | 'startup' | 'valid', boolean>> & { ratio?: boolean | null; throughput?: boolean | null; memory?: boolean | null } = {}): Report {
  return {
    startedAt: '',
    finishedAt: '',
    machine: { cpus: 2, node: 'v24', loadAverageAtEnd: [] },
    options: {},
    data: {},
    rows: [],
    ratios: [check('Q1 uncached vs Payload', true), check('Q1 cached vs Payload', ratio)],
    throughput: [check('Q2 uncached, seeded data', throughput)],
    statements: { byCoordinators: {}, operations: {}, checks: [check('Q1', statements)] },
    startup: { samplesMs: [], medianMs: 0, check: check('API ready after spawn', startup) },
    apiMemory: { peakMb: null, rssAfterLoadMb: null, loadSeconds: 0, check: check('API RSS after load', memory) },
    valid,
  }
}

describe('the benchmark verdict', () => {
  it('passes only when every target is met and every row valid', () => {
    expect(failureOf(report())).toBeNull()
    // The memory check needs a minute of load: a shorter run cannot measure it.
    expect(failureOf(report({ memory: null }))).toBeNull()
  })

  it('fails on a missed ratio, statement, start-up or memory target, naming it', () => {
    expect(failureOf(report({ ratio: false }))).toBe('1 target missed: Q1 cached vs Payload is 1×, target ≥ 1×.')
    expect(failureOf(report({ statements: false }))).toBe('1 target missed: Q1 is 1×, target ≥ 1×.')
    expect(failureOf(report({ startup: false, memory: false }))).toBe('2 targets missed: API ready after spawn is 1×, target ≥ 1×; API RSS after load is 1×, target ≥ 1×.')
  })

  it('fails on a ratio it could not measure', () => {
    expect(failureOf(report({ ratio: null }))).toBe('1 target missed: Q1 cached vs Payload is not measured, target ≥ 1×.')
  })

  it('fails on a missed or unmeasured throughput or CPU target', () => {
    expect(failureOf(report({ throughput: false }))).toBe('1 target missed: Q2 uncached, seeded data is 1×, target ≥ 1×.')
    expect(failureOf(report({ throughput: null }))).toBe('1 target missed: Q2 uncached, seeded data is not measured, target ≥ 1×.')
  })

  it('fails on invalid rows', () => {
    expect(failureOf(report({ valid: false }))).toMatch(/^Some rows are invalid/)
  })
})
