import { mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../runtime/database'
import { DATA_DIR } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { withClient } from '../helpers/test-database'

/** Without DATABASE_URL the product runs on an embedded PostgreSQL whose data survives a restart. */
describe('the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(path.join(DATA_DIR, 'embedded-test-'))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('initialises on first start and keeps the data across a restart', async () => {
    const port = await freePort()
    const first = await openDatabase({ embeddedPort: port, embeddedDataDir: path.join(dataDir, 'pg'), databaseName: 'keep' })
    expect(first.embedded).toBe(true)
    await withClient(first.url, async (db) => {
      await db.query('CREATE TABLE kept (value text)')
      await db.query("INSERT INTO kept VALUES ('still here')")
    })
    await first.stop()

    const second = await openDatabase({ embeddedPort: port, embeddedDataDir: path.join(dataDir, 'pg'), databaseName: 'keep' })
    const rows = await withClient(second.url, (db) => db.query<{ value: string }>('SELECT value FROM kept'))
    await second.stop()
    expect(rows.rows).toEqual([{ value: 'still here' }])
  }, 120_000)
})
