import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** A reason the history cannot be checked at all (not a repository, a shallow clone): said plainly, exit 1. */
export class GateError extends Error {}

/** One change of the schema file: a commit's version against one of its parents' (or the working tree's against HEAD). */
export type SchemaStep = { commit: string; subject: string; parent: string; before: string; after: string | null }

export type HistoryOptions = {
  /** The schema file, relative to the repository root. */
  file: string
  /** The gate's own script: versions are checked from the commit that added it on, so older history never fails CI. */
  anchorPath: string
  /** Also compare an uncommitted schema file with HEAD's (for developers; a CI clone has none). */
  workingTree: boolean
}

/**
 * Every step of the schema file since the gate came in: each commit that is not an ancestor of the gate's first
 * commit, against each of its parents. CI runs on a fresh clone after a landing of one or several commits (or
 * merges), so checking only HEAD~1 would miss a break in any commit but the last.
 */
export function schemaSteps(repo: string, options: HistoryOptions): { anchor: string; steps: SchemaStep[] } {
  const git = (args: string[], input?: string) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 }).trim()
  try {
    git(['rev-parse', '--git-dir'])
  } catch {
    throw new GateError(`${repo} is not a git repository: the schema check compares the versions of ${options.file} in its history.`)
  }
  const boundary = shallowBoundary(repo, git)
  const anchor = git(['log', '--diff-filter=A', '--format=%H', '--', options.anchorPath]).split('\n').filter(Boolean).at(-1)
  if (!anchor) throw new GateError(`No commit adds ${options.anchorPath}, so there is no history to check yet.`)
  const commits = git(['rev-list', '--parents', 'HEAD', '--not', `${anchor}^@`])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, ...string[]])
  const cut = commits.find(([commit]) => boundary.has(commit))
  if (cut) {
    throw new GateError(
      `This clone is shallow (its history stops at ${cut[0].slice(0, 12)}), but the schema check needs every commit since ` +
        `the one that added ${options.anchorPath}. Fetch the history first: \`git fetch --unshallow\` (GitHub's ` +
        'actions/checkout: `fetch-depth: 0`).',
    )
  }
  const blobs = blobIds(git, commits.flat(), options.file)
  const text = (blob: string) => git(['cat-file', 'blob', blob])
  const steps: SchemaStep[] = []
  const seen = new Set<string>()
  for (const [commit, ...parents] of [...commits].reverse()) {
    const after = blobs.get(commit) ?? null
    for (const parent of parents) {
      const before = blobs.get(parent) ?? null
      // Unchanged, or the file's first version (nothing to break): no step. The same pair is compared once.
      if (before === after || before === null || seen.has(`${before}..${after}`)) continue
      seen.add(`${before}..${after}`)
      const subject = git(['log', '-1', '--format=%s', commit])
      steps.push({ commit, subject, parent, before: text(before), after: after === null ? null : text(after) })
    }
  }
  const head = blobIds(git, ['HEAD'], options.file).get('HEAD')
  const file = path.join(repo, options.file)
  if (options.workingTree && head && existsSync(file) && git(['hash-object', '--', options.file]) !== head) {
    steps.push({ commit: 'working tree', subject: `uncommitted ${options.file}`, parent: 'HEAD', before: text(head), after: readFileSync(file, 'utf8') })
  }
  return { anchor, steps }
}

/** The blob id of the file in each commit; commits without the file are absent. One git process for all. */
function blobIds(git: (args: string[], input?: string) => string, commits: string[], file: string): Map<string, string> {
  const unique = [...new Set(commits)]
  const lines = git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], unique.map((commit) => `${commit}:${file}`).join('\n') + '\n').split('\n')
  const found = new Map<string, string>()
  unique.forEach((commit, index) => {
    const [id, type] = (lines[index] ?? '').split(' ')
    if (type === 'blob' && id) found.set(commit, id)
  })
  return found
}

/** The commits where a shallow clone's history is cut off (their parents are missing); empty in a full clone. */
function shallowBoundary(repo: string, git: (args: string[]) => string): Set<string> {
  if (git(['rev-parse', '--is-shallow-repository']) !== 'true') return new Set()
  const file = path.resolve(repo, git(['rev-parse', '--git-path', 'shallow']))
  return new Set(existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [])
}
