import { inject } from 'vitest'
import { withClient } from './test-database'

/** One query on the suite's database (set up by global-setup.ts), its rows typed by the caller. */
export const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> =>
  withClient(inject('databaseUrl'), async (db) => (await db.query<T>(text, values)).rows)
