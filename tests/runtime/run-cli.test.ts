import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'

const FIXTURE = 'tests/runtime/fixtures/silent-once.ts'
const marker = () => path.join(mkdtempSync(path.join(tmpdir(), 'run-cli-')), 'marker')

/** The test helper that runs the product's commands starts a silent (stalled) command once more, and only once. */
describe('runCli and a command that prints nothing', () => {
  it('starts it once more and returns the second run', async () => {
    const result = await runCli(FIXTURE, { MARKER: marker() }, 20_000, [], 2_000)
    expect(result).toMatchObject({ code: 0, stdout: 'done\n' })
  })

  it('fails when the second run stalls too', async () => {
    await expect(runCli(FIXTURE, { MARKER: marker(), ALWAYS: '1' }, 8_000, [], 2_000)).rejects.toThrow(/did not finish within 8000 ms/)
  })
})
