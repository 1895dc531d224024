import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGUE } from './catalogue'
import { FIGURES_FILE, REPORT_FILE, renderReport, type RecordedLoad } from './report'
import { declaredTests } from './test-titles'

const TESTS = path.resolve(import.meta.dirname, '..')

/**
 * The reliability report cannot go stale: every row names a test (or a suite of tests) that its file declares, not
 * skipped, exactly once, and the file is what the catalogue renders. A title that merely occurs in the file (in a
 * comment, a string, a skipped test) does not count.
 */
describe('the reliability report', () => {
  it.each(CATALOGUE.map((check) => [`${check.test.file}: ${check.test.title}`, check] as const))('names a test that exists: %s', (_name, check) => {
    const file = path.join(TESTS, check.test.file)
    expect(existsSync(file), file).toBe(true)
    expect(check.test.file, 'only files vitest runs').toMatch(/\.test\.ts$/)
    expect(declaredTests(file).filter((declared) => declared.title === check.test.title)).toHaveLength(1)
  })

  it('takes a test or suite for real only when it is declared, running, with exactly that title', () => {
    const declared = declaredTests(path.join(TESTS, 'reliability/fixtures/declared-titles.ts'))
    expect(declared).toEqual([
      { kind: 'suite', title: 'a suite' },
      { kind: 'test', title: 'a test' },
      { kind: 'test', title: 'a concurrent test' },
      { kind: 'test', title: 'a table of %s' },
      { kind: 'test', title: 'a test with a template title' },
    ])
  })

  it('is the rendering of the catalogue and the last recorded load run', () => {
    const figures = existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as RecordedLoad) : undefined
    expect(readFileSync(REPORT_FILE, 'utf8')).toBe(renderReport(CATALOGUE, figures))
  })
})
