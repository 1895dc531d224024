import { readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ROOT } from '../../runtime/paths'
import { printed, runCli } from '../helpers/run-cli'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

type Snapshot = Record<string, { rows: number; lastUpdate: string | null }>

/** Row count and latest updated_at of every table: equal snapshots mean nothing was added or changed. */
async function snapshot(url: string): Promise<Snapshot> {
  return withClient(url, async (db) => {
    const { rows: tables } = await db.query<{ table_name: string; has_updated_at: boolean }>(`
      SELECT t.table_name, EXISTS (
        SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'updated_at'
      ) AS has_updated_at
      FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY 1`)
    const result: Snapshot = {}
    for (const { table_name: table, has_updated_at: hasUpdatedAt } of tables) {
      const name = db.escapeIdentifier(table)
      const { rows } = await db.query<{ rows: string; last: Date | null }>(`SELECT count(*) AS rows, ${hasUpdatedAt ? 'max(updated_at)' : 'NULL'} AS last FROM ${name}`)
      result[table] = { rows: Number(rows[0]!.rows), lastUpdate: rows[0]!.last?.toISOString() ?? null }
    }
    return result
  })
}

describe('migrations and seed on an empty database (the CLI commands)', () => {
  let databaseUrl: string
  const env = () => ({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: inject('payloadSecret'), ADMIN_EMAIL: 'seed-test@test.nspm.localhost', ADMIN_PASSWORD: 'a-long-test-password' })

  beforeAll(async () => {
    databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_seedtest')
  })
  afterAll(async () => {
    await dropDatabase(inject('serverUrl'), databaseUrl)
  })

  it('applies every committed migration to an empty database', async () => {
    const result = await runCli('runtime/migrate.ts', env())
    expect(result.stderr, printed(result)).not.toMatch(/✖/)
    expect(result.code, printed(result)).toBe(0)
    const committed = readdirSync(path.join(ROOT, 'cms/migrations'))
      .filter((file) => /^\d.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    const applied = await withClient(databaseUrl, (db) => db.query<{ name: string }>('SELECT name FROM payload_migrations ORDER BY id'))
    expect(applied.rows.map((row) => row.name)).toEqual(committed)
    const tables = await snapshot(databaseUrl)
    expect(Object.keys(tables)).toEqual(expect.arrayContaining(['regions', 'counties', 'municipalities', 'coordinators', 'newsletter_subscribers', 'material_orders', 'users']))
    expect(tables.regions?.rows).toBe(0)
  })

  // Two full seeds (290 municipalities through the Local API, each validated) take up to a minute on a shared machine.
  it('seeds the brochure and the geography, and a second run changes nothing', async () => {
    const first = await runCli('seed/cli.ts', env())
    expect(first.code, printed(first)).toBe(0)
    const afterFirst = await snapshot(databaseUrl)
    expect(afterFirst.regions?.rows, printed(first)).toBe(7)
    expect(afterFirst.counties?.rows).toBe(21)
    expect(afterFirst.municipalities?.rows).toBe(290)
    expect(afterFirst.coordinators?.rows).toBe(7)
    expect(afterFirst.manual_steps?.rows).toBe(6)
    expect(afterFirst.programmes?.rows).toBe(2)
    expect(afterFirst.concepts?.rows).toBe(4)
    expect(afterFirst.users?.rows).toBe(1)

    const second = await runCli('seed/cli.ts', env())
    expect(second.code, printed(second)).toBe(0)
    expect(await snapshot(databaseUrl)).toEqual(afterFirst)
  }, 180_000)

  it('publishes everything it seeds in both languages', async () => {
    await withClient(databaseUrl, async (db) => {
      for (const table of ['regions', 'coordinators', 'organisations', 'programmes', 'manual_steps', 'concepts', 'pages', 'publications']) {
        const { rows } = await db.query<{ status: string }>(`SELECT DISTINCT _status AS status FROM ${db.escapeIdentifier(table)}`)
        expect(
          rows.map((row) => row.status),
          table,
        ).toEqual(['published'])
        const locales = await db.query<{ locale: string }>(`SELECT DISTINCT _locale AS locale FROM ${db.escapeIdentifier(`${table}_locales`)} ORDER BY 1`)
        expect(locales.rows.map((row) => row.locale).sort(), table).toEqual(['en', 'sv'])
      }
    })
  })
})
