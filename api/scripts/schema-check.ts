import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../runtime/paths'
import { checkSchemaHistory, type GateReport } from './schema-gate/gate'
import { GateError } from './schema-gate/history'

/**
 * `npm run schema:check`, the breaking-change gate CI runs: every version of schema.graphql since this script was
 * added is compared with the one before it (and an uncommitted one with HEAD's). A change that could break a
 * client's query fails, unless it removes what the previous version had marked @deprecated (README: "Deprecation
 * policy"). A break that had to land anyway (say, a field that leaked personal data) is accepted by adding its
 * commit and the reason to schema-gate/accepted-breaks.json, in review.
 */
// `--repo <dir>` checks another repository (the gate's own tests build small ones); this one by default.
const repoArg = process.argv.indexOf('--repo')
const repo = repoArg > 0 && process.argv[repoArg + 1] ? path.resolve(process.argv[repoArg + 1]!) : ROOT
const acceptedFile = path.join(repo, 'api/scripts/schema-gate/accepted-breaks.json')
const accepted = existsSync(acceptedFile) ? (JSON.parse(readFileSync(acceptedFile, 'utf8')) as Record<string, string>) : {}

try {
  const report = await checkSchemaHistory(repo, { file: 'schema.graphql', anchorPath: 'api/scripts/schema-check.ts', workingTree: true, accepted })
  console.log(describe(report))
  if (report.breaking > 0) {
    console.error(
      '\nschema.graphql has a breaking change. Deprecate instead: keep the field, argument or enum value, mark it ' +
        '@deprecated(reason: "Use … instead; removed after …") and record it in CHANGELOG.md; remove it in a later ' +
        'landing once the deprecation period has passed (README, "Deprecation policy").',
    )
    process.exitCode = 1
  }
} catch (error) {
  if (!(error instanceof GateError)) throw error
  console.error(`schema:check: ${error.message}`)
  process.exitCode = 1
}

function describe(report: GateReport): string {
  const lines = report.steps.flatMap((step) => [
    `${step.commit === 'working tree' ? step.commit : step.commit.slice(0, 12)} ${step.subject}`,
    ...step.lines.map((line) => `  ${line}`),
  ])
  const summary = `schema:check: ${report.steps.length} change(s) of schema.graphql since ${report.anchor.slice(0, 12)}, ${report.breaking} breaking`
  return [...lines, summary].join('\n')
}
