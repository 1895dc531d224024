import { readFileSync } from 'node:fs'
import { ROOT } from '../../runtime/paths'
import { ALLOWED_SKIPS } from './allowed-skips'
import { verdict, type TestReport } from './test-results'

/** `tsx tests/ci/summarise-results.ts <report.json>…`: CI's closing line; exit 1 on any problem (see verdict). */
const reports = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, 'utf8')) as TestReport)
const { summary, problems } = verdict(reports, ALLOWED_SKIPS, ROOT)
console.log(summary)
for (const problem of problems) console.error(`✖ ${problem}`)
process.exitCode = problems.length > 0 ? 1 : 0
