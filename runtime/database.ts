import path from 'node:path'
import pg from 'pg'
import { StartupError } from './errors'
import { DATA_DIR } from './paths'
import { localSecrets } from './secrets'

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> }

type Options = {
  /** An explicit server; without it the embedded one starts. */
  databaseUrl?: string
  databaseName?: string
  embeddedPort?: number
  embeddedDataDir?: string
  log?: (line: string) => void
}

export const DEFAULT_EMBEDDED_PORT = 54329

/** DATABASE_URL when given, otherwise an embedded PostgreSQL under .data/; either way checked reachable. */
export async function openDatabase(options: Options = {}): Promise<Database> {
  if (options.databaseUrl) {
    await assertReachable(options.databaseUrl)
    return { url: options.databaseUrl, embedded: false, stop: async () => {} }
  }
  // Loaded only here: the image has no embedded PostgreSQL binaries (a deployment always names its server).
  const { ensureDatabase, embeddedUrl, startEmbeddedPostgres } = await import('./embedded-postgres')
  const server = await startEmbeddedPostgres({
    dataDir: options.embeddedDataDir ?? path.join(DATA_DIR, 'postgres'),
    port: options.embeddedPort ?? DEFAULT_EMBEDDED_PORT,
    password: localSecrets().embeddedPostgresPassword,
    log: options.log,
  })
  const name = options.databaseName ?? 'nspm'
  await ensureDatabase(server, name)
  return { url: embeddedUrl(server, name), embedded: true, stop: server.stop }
}

/** Connects once with a short timeout so that a wrong URL fails in seconds, with the host but never the password. */
async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    const reason = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error)
    throw new StartupError(
      `Cannot reach the PostgreSQL database at ${describe(url)} (${reason}).`,
      'Check DATABASE_URL and that the server is running, or unset DATABASE_URL to use the embedded database.',
    )
  } finally {
    await client.end().catch(() => {})
  }
}

/** host:port/database, for messages: credentials stay out of logs. */
export function describe(url: string): string {
  try {
    const parsed = new URL(url)
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`
  } catch {
    return '(an unparsable DATABASE_URL)'
  }
}
