import { describe, expect, it } from 'vitest'
import { API_MIGRATIONS } from '../../api/src/migrations'
import { API_MIGRATION_NAMES } from '../../api/src/migrations/names'

// Start-up skips loading the migrator when every name in names.ts is in the history table: a migration missing
// from that list would never be applied by a running API.
describe('API migrations', () => {
  it('are named in names.ts exactly as in the list of classes, in order', () => {
    expect(API_MIGRATIONS.map((migration) => migration.name)).toEqual([...API_MIGRATION_NAMES])
  })
})
