import { ReferenceKind, type MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { withClient } from '../helpers/test-database'

/**
 * The API maps tables that Payload owns and migrates. If a CMS change renames or drops a column the API reads,
 * this fails in CI instead of in production.
 */
describe('MikroORM entities against the migrated database', () => {
  let orm: MikroORM
  let columns: Map<string, Set<string>>

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    const { rows } = await withClient(inject('databaseUrl'), (db) =>
      db.query<{ table_name: string; column_name: string }>("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"),
    )
    columns = new Map()
    for (const row of rows) {
      if (!columns.has(row.table_name)) columns.set(row.table_name, new Set())
      columns.get(row.table_name)!.add(row.column_name)
    }
  })
  afterAll(() => orm.close())

  it('finds every mapped table and column', () => {
    const missing: string[] = []
    for (const meta of Object.values(orm.getMetadata().getAll()).filter((entity) => !entity.abstract)) {
      const table = columns.get(meta.tableName)
      if (!table) {
        missing.push(`table ${meta.tableName}`)
        continue
      }
      // Columns live on this table for scalars and owning many-to-one sides; collections are the other table's.
      for (const property of meta.props.filter((prop) => prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE)) {
        for (const column of property.fieldNames ?? []) if (!table.has(column)) missing.push(`${meta.tableName}.${column} (${meta.className}.${property.name})`)
      }
    }
    expect(missing).toEqual([])
  })

  it('maps at least the tables the public API reads', () => {
    const mapped = Object.values(orm.getMetadata().getAll()).map((meta) => meta.tableName)
    expect(mapped).toEqual(expect.arrayContaining(['regions', 'regions_locales', 'counties', 'municipalities', 'coordinators', 'coordinators_phones', 'support_line']))
  })
})
