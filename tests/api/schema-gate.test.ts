import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compareSchemas } from '../../api/scripts/schema-gate/compare'
import { checkSchemaHistory, type GateOptions } from '../../api/scripts/schema-gate/gate'
import { printed, runCli } from '../helpers/run-cli'
import { TestRepo } from './schema-gate-repo'

/**
 * The breaking-change gate (`npm run schema:check`), fed schema pairs and small git repositories built here,
 * never this repository's own history (which would make the verdicts depend on what has landed).
 */
const sdl = (queryFields: string, extra = '') => `type Query {\n${queryFields}\n}\n${extra}`
const V1 = sdl('  a: String\n  b: Int')

describe('compareSchemas', () => {
  it('passes an additive change', async () => {
    const verdict = await compareSchemas(V1, sdl('  a: String\n  b: Int\n  c: Thing', 'type Thing { id: ID! }'))
    expect(verdict.breaking).toEqual([])
    expect(verdict.safe.map((change) => change.message)).toEqual(expect.arrayContaining([expect.stringContaining("'c'")]))
  })

  it('fails a removed field, a narrowed type and a removed argument', async () => {
    expect((await compareSchemas(V1, sdl('  a: String'))).breaking.map((change) => change.message)).toEqual(["Field 'b' was removed from object type 'Query'"])
    expect((await compareSchemas(sdl('  a: String!'), sdl('  a: Int!'))).breaking).toHaveLength(1)
    expect((await compareSchemas(sdl('  a(x: Int): String'), sdl('  a: String'))).breaking).toHaveLength(1)
  })

  it('passes removing a field, argument or enum value that the previous version had deprecated', async () => {
    const deprecated = sdl('  a(x: Int @deprecated(reason: "gone")): String\n  b: Int @deprecated(reason: "Use a")\n  e: E', 'enum E { X Y @deprecated(reason: "no") }')
    const verdict = await compareSchemas(deprecated, sdl('  a: String\n  e: E', 'enum E { X }'))
    expect(verdict.breaking).toEqual([])
    expect(verdict.dangerous).toHaveLength(3)
  })

  it('fails deprecating and removing in the same step', async () => {
    expect((await compareSchemas(V1, sdl('  a: String'))).breaking).toHaveLength(1)
  })
})

describe('the gate over git history', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  const newRepo = (init = true) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'schema-gate-'))
    dirs.push(dir)
    return new TestRepo(dir, init)
  }
  // The same paths as in this repository, so that the CLI finds the gate's first commit in these repositories too.
  const options: GateOptions = { file: 'schema.graphql', anchorPath: 'api/scripts/schema-check.ts', workingTree: true, accepted: {} }

  /** Before the gate: a removal (ignored). Then the gate, a deprecation and its removal (allowed). */
  const historyWithGate = () => {
    const repo = newRepo()
    repo.commit({ 'schema.graphql': sdl('  a: String\n  b: Int\n  old: Int') }, 'first schema')
    repo.commit({ 'schema.graphql': V1 }, 'remove old before the gate existed')
    repo.commit({ [options.anchorPath]: '// the gate\n' }, 'add the gate')
    repo.commit({ 'schema.graphql': sdl('  a: String\n  b: Int @deprecated(reason: "Use a")') }, 'deprecate b')
    repo.commit({ 'schema.graphql': sdl('  a: String') }, 'remove b')
    return repo
  }

  it('checks every version since the gate and ignores history before it', async () => {
    const report = await checkSchemaHistory(historyWithGate().dir, options)
    expect(report.breaking).toBe(0)
    expect(report.steps.map((step) => step.subject)).toEqual(['deprecate b', 'remove b'])
  })

  it('fails a break in any commit of a landing, not only the last', async () => {
    const repo = historyWithGate()
    repo.commit({ 'schema.graphql': sdl('  c: String') }, 'remove a')
    repo.commit({ 'schema.graphql': sdl('  a: String\n  c: String') }, 'bring a back')
    const report = await checkSchemaHistory(repo.dir, options)
    expect(report.breaking).toBe(1)
    expect(report.steps.find((step) => step.breaking)?.subject).toBe('remove a')
  })

  it('checks both sides of a merge', async () => {
    const repo = historyWithGate()
    repo.git('checkout', '-q', '-b', 'feature')
    repo.commit({ 'schema.graphql': sdl('  a: String\n  fromFeature: Int') }, 'feature adds a field')
    repo.git('checkout', '-q', 'main')
    repo.commit({ 'schema.graphql': sdl('  a: String\n  fromMain: Int') }, 'main adds a field')
    // A careless conflict resolution keeps only main's side: the feature's field is gone.
    repo.git('merge', '-q', '-s', 'ours', '-m', 'merge feature', 'feature')
    const report = await checkSchemaHistory(repo.dir, options)
    expect(report.steps.filter((step) => step.breaking).map((step) => step.subject)).toEqual(['merge feature'])
  })

  it('accepts a break whose commit is listed with its reason', async () => {
    const repo = historyWithGate()
    const commit = repo.commit({ 'schema.graphql': sdl('  c: String') }, 'remove a at once')
    const report = await checkSchemaHistory(repo.dir, { ...options, accepted: { [commit.slice(0, 12)]: 'a leaked personal data' } })
    expect(report.breaking).toBe(0)
    expect(report.steps.at(-1)?.lines).toEqual(expect.arrayContaining([expect.stringContaining('accepted break (a leaked personal data)')]))
  })

  it('compares an uncommitted schema with HEAD', async () => {
    const repo = historyWithGate()
    repo.write({ 'schema.graphql': sdl('  z: String') })
    const report = await checkSchemaHistory(repo.dir, options)
    expect(report.steps.at(-1)).toMatchObject({ commit: 'working tree', breaking: 1 })
  })

  it('the CLI exits 1 with a sentence on a break and on a shallow clone, 0 on a clean history', async () => {
    const repo = historyWithGate()
    const clean = await runCli('api/scripts/schema-check.ts', {}, 60_000, ['--repo', repo.dir])
    expect(clean.code, printed(clean)).toBe(0)
    expect(clean.stdout).toContain('0 breaking')

    const shallow = newRepo(false)
    shallow.git('clone', '-q', '--depth', '2', `file://${repo.dir}`, '.')
    const cut = await runCli('api/scripts/schema-check.ts', {}, 60_000, ['--repo', shallow.dir])
    expect(cut.code, printed(cut)).toBe(1)
    expect(cut.stderr).toContain('This clone is shallow')
    expect(cut.stderr).toContain('git fetch --unshallow')

    repo.commit({ 'schema.graphql': sdl('  c: String') }, 'remove a')
    const broken = await runCli('api/scripts/schema-check.ts', {}, 60_000, ['--repo', repo.dir])
    expect(broken.code, printed(broken)).toBe(1)
    expect(broken.stdout).toContain("BREAKING: Field 'a' was removed from object type 'Query'")
    expect(broken.stderr).toContain('@deprecated(reason:')
  })
})
