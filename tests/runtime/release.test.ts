import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { printed, runCli } from '../helpers/run-cli'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

/**
 * The release step as docker-compose.yml runs it (`node --import tsx runtime/release.ts`, production, the database
 * password in PGPASSWORD rather than in the URL): migrations, the seed of an empty database, the first administrator
 * only while no user exists.
 */
describe('the release step (runtime/release.ts)', () => {
  let databaseUrl: string
  let urlWithoutPassword: string
  let password: string

  beforeAll(async () => {
    databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_release')
    const url = new URL(databaseUrl)
    password = decodeURIComponent(url.password)
    url.password = ''
    urlWithoutPassword = url.toString()
  })
  afterAll(async () => {
    await dropDatabase(inject('serverUrl'), databaseUrl)
  })

  // PGPASSWORD: compose passes POSTGRES_PASSWORD as it is, so a password with @, / or % cannot break a URL. The
  // embedded test server checks passwords (scram-sha-256), so this fails there if any connection ignored it.
  const release = (admin: Record<string, string> = {}) =>
    runCli('runtime/release.ts', { NODE_ENV: 'production', DATABASE_URL: urlWithoutPassword, PGPASSWORD: password, PAYLOAD_SECRET: inject('payloadSecret'), ...admin })
  const users = () => withClient(databaseUrl, async (db) => (await db.query<{ email: string }>('SELECT email FROM users ORDER BY id')).rows.map((row) => row.email))

  it('refuses to finish an empty production database without a first administrator, naming the variables', async () => {
    const result = await release()
    expect(result.code, printed(result)).toBe(1)
    expect(result.stderr, printed(result)).toMatch(/ADMIN_EMAIL\/ADMIN_PASSWORD/)
    expect(await users()).toEqual([])
  }, 240_000)

  it('migrates, seeds and creates the first administrator; later releases need no ADMIN_* and add no user', async () => {
    const first = await release({ ADMIN_EMAIL: 'first-admin@release.nspm.localhost', ADMIN_PASSWORD: 'a-long-release-password' })
    expect(first.code, printed(first)).toBe(0)
    expect(await users()).toEqual(['first-admin@release.nspm.localhost'])
    const regions = await withClient(databaseUrl, async (db) => (await db.query<{ count: string }>('SELECT count(*) FROM regions')).rows[0]?.count)
    expect(regions).toBe('7')

    const again = await release()
    expect(again.code, printed(again)).toBe(0)
    // A password left in the environment never creates a second account once users exist.
    const leftOver = await release({ ADMIN_EMAIL: 'someone-else@release.nspm.localhost', ADMIN_PASSWORD: 'another-long-password' })
    expect(leftOver.code, printed(leftOver)).toBe(0)
    expect(leftOver.stdout).toMatch(/not needed any more/)
    expect(await users()).toEqual(['first-admin@release.nspm.localhost'])
  }, 240_000)
})
