import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'

const run = (ending: string) => runCli('tests/runtime/fixtures/run-main-command.ts', {}, 60_000, [ending])

/** `npm run seed` or `npm run migrate` reporting success on an untouched database is worse than any error. */
describe('a command-line entry point', () => {
  it('exits 0 when its work is done, and with the code it returns', async () => {
    expect((await run('finishes')).code).toBe(0)
    expect((await run('returns-code')).code).toBe(3)
  })

  it('stays alive until its work is done when what it awaits holds no handle of its own', async () => {
    const result = await run('awaits-unreferenced-work')
    expect(result.stdout).toContain('finished')
    expect(result.code).toBe(0)
  })

  it('fails with a sentence when a library calls process.exit(0) before the command finished', async () => {
    const result = await run('library-exits')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Stopped before finishing: a library ended the process/)
  })
})
