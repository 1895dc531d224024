import { spawnSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { ROOT } from '../../runtime/paths'

const MIGRATIONS = path.join(ROOT, 'cms/migrations')

/** A collection change without its migration would work in development (push) and break production. */
describe('committed migrations', () => {
  it('describe the current collection config exactly (no schema drift)', () => {
    const before = new Set(readdirSync(MIGRATIONS))
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/payload'), ['migrate:create', 'drift_check', '--skip-empty', '--config', 'cms/payload.config.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: inject('payloadSecret'), LOG_LEVEL: 'info' },
      input: 'n\n',
    })
    const added = readdirSync(MIGRATIONS).filter((file) => !before.has(file))
    // Never leave a generated file behind, whatever the outcome.
    for (const file of added) rmSync(path.join(MIGRATIONS, file))
    if (added.length > 0) spawnSync('git', ['checkout', '--', 'cms/migrations/index.ts'], { cwd: ROOT })
    const output = `${result.stdout}\n${result.stderr}`
    expect(result.status, output).toBe(0)
    // With --skip-empty Payload ends with a silent exit 0 when there is no drift, and so does a command cut short
    // (a dependency's process.exit(0) has ended commands here before): only its log says the comparison ran to the end.
    expect(output).toContain('Migration DOWN statements generation complete.')
    expect(added, 'run `npm run payload -- migrate:create <name>` and commit the migration').toEqual([])
  })
})
