import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CATALOGUE } from './catalogue'
import { FIGURES_FILE, REPORT_FILE, renderReport, type RecordedLoad } from './report'

const TESTS = path.resolve(import.meta.dirname, '..')

/** The reliability report cannot go stale: every row names a real test, and the file is what the catalogue renders. */
describe('the reliability report', () => {
  it.each(CATALOGUE.map((check) => [`${check.test.file}: ${check.test.title}`, check] as const))('names a test that exists: %s', (_name, check) => {
    const file = path.join(TESTS, check.test.file)
    expect(existsSync(file), file).toBe(true)
    expect(readFileSync(file, 'utf8')).toContain(check.test.title)
  })

  it('is the rendering of the catalogue and the last recorded load run', () => {
    const figures = existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as RecordedLoad) : undefined
    expect(readFileSync(REPORT_FILE, 'utf8')).toBe(renderReport(CATALOGUE, figures))
  })
})
