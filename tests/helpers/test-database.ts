import path from 'node:path'
import pg from 'pg'
import { openDatabase, type Database } from '../../runtime/database'
import { DATA_DIR } from '../../runtime/paths'

/**
 * The PostgreSQL server the suite runs on: the machine's server when DATABASE_URL is set, otherwise an
 * embedded one with its own data directory and port, so tests never touch the `npm start` database.
 */
export async function openTestServer(): Promise<Database> {
  return openDatabase({
    databaseUrl: process.env.DATABASE_URL,
    embeddedPort: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 54339),
    embeddedDataDir: path.join(DATA_DIR, 'test-postgres'),
    databaseName: 'postgres',
  })
}

/** A new, empty database on the same server; its URL differs from `serverUrl` only in the database name. */
export async function createFreshDatabase(serverUrl: string, prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`))
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function dropDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1)
  await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`))
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
