import { compareSchemas } from './compare'
import { schemaSteps, type HistoryOptions } from './history'

export type GateOptions = HistoryOptions & {
  /** Commits (at least 7 hex digits) whose breaking changes were accepted in review, with the reason. */
  accepted: Record<string, string>
}
type StepReport = { commit: string; subject: string; lines: string[]; breaking: number }
export type GateReport = { anchor: string; steps: StepReport[]; breaking: number }

/** The verdict on every step of the schema's history since the gate came in; `breaking` counts what fails CI. */
export async function checkSchemaHistory(repo: string, options: GateOptions): Promise<GateReport> {
  const { anchor, steps } = schemaSteps(repo, options)
  const reports: StepReport[] = []
  for (const step of steps) {
    const reason = Object.entries(options.accepted).find(([commit]) => commit.length >= 7 && step.commit.startsWith(commit))?.[1]
    const broke = (message: string) => (reason ? `accepted break (${reason}): ${message}` : `BREAKING: ${message}`)
    if (step.after === null) {
      reports.push({ commit: step.commit, subject: step.subject, lines: [broke(`${options.file} was deleted`)], breaking: reason ? 0 : 1 })
      continue
    }
    const verdict = await compareSchemas(step.before, step.after)
    const lines = [
      ...verdict.breaking.map((change) => broke(change.message)),
      ...verdict.dangerous.map((change) => `dangerous: ${change.message}`),
      // Additions and descriptions, which CHANGELOG.md describes for people: counted, not listed.
      ...(verdict.safe.length > 0 ? [`${verdict.safe.length} safe change(s)`] : []),
    ]
    reports.push({ commit: step.commit, subject: step.subject, lines, breaking: reason ? 0 : verdict.breaking.length })
  }
  return { anchor, steps: reports, breaking: reports.reduce((sum, report) => sum + report.breaking, 0) }
}
