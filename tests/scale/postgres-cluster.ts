import { execFile } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * PostgreSQL clusters of the machine's own binaries (Debian's postgresql-15: initdb, pg_ctl, pg_basebackup), for
 * tests that need what the embedded server cannot give: a primary with a streaming replica. Loopback only, trust
 * authentication (nothing but this machine can connect), data in a temporary directory removed by `remove`.
 * PostgreSQL refuses to run as root, so under root every command runs as the `postgres` system user (runuser).
 */
export type Cluster = {
  port: number
  dataDir: string
  url: (database: string) => string
  start: () => Promise<void>
  /** `fast`: sessions are terminated and the server stops cleanly (what an operator's restart does). */
  stop: (mode?: 'fast' | 'immediate') => Promise<void>
}

const isRoot = process.getuid?.() === 0

/** The newest /usr/lib/postgresql/<version>/bin with initdb, or PG_BIN. */
function postgresBinaries(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const base = '/usr/lib/postgresql'
  const versions = existsSync(base) ? readdirSync(base).filter((version) => existsSync(path.join(base, version, 'bin', 'initdb'))) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (!newest)
    throw new Error('PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) are missing: install them with `apt-get install -y postgresql`, or set PG_BIN to their directory.')
  return path.join(base, newest, 'bin')
}

async function pg(binary: string, args: string[]): Promise<string> {
  const file = path.join(postgresBinaries(), binary)
  const { stdout } = isRoot ? await run('runuser', ['-u', 'postgres', '--', file, ...args]) : await run(file, args)
  return stdout
}

/** A directory of its own that the `postgres` user owns (and can reach: /tmp is world-traversable). */
export function clusterRoot(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  if (isRoot) {
    const { uid, gid } = postgresUser()
    chownSync(dir, uid, gid)
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

function cluster(dataDir: string, port: number): Cluster {
  // The socket goes in the data directory: /var/run/postgresql may belong to the machine's own server.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c max_connections=200 -c fsync=off`
  return {
    port,
    dataDir,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: async () => {
      const log = path.join(dataDir, 'server.log')
      try {
        await pg('pg_ctl', ['start', '-w', '-t', '60', '-D', dataDir, '-l', log, '-o', options])
      } catch (error) {
        const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '(no log)'
        throw new Error(`PostgreSQL in ${dataDir} did not start on port ${port}: ${(error as Error).message}\n${tail}`)
      }
    },
    stop: async (mode = 'fast') => void (await pg('pg_ctl', ['stop', '-w', '-t', '60', '-D', dataDir, '-m', mode]).catch(() => '')),
  }
}

/** A new primary cluster (initdb), started. Streaming replication needs nothing more: PostgreSQL 15's defaults allow it. */
export async function startPrimary(root: string, port: number): Promise<Cluster> {
  const dataDir = path.join(root, 'primary')
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'])
  const primary = cluster(dataDir, port)
  await primary.start()
  return primary
}

/** A hot standby of `primary` made with `pg_basebackup -R` (it writes primary_conninfo and standby.signal), started. */
export async function startReplica(root: string, primary: Cluster, port: number): Promise<Cluster> {
  const dataDir = path.join(root, 'replica')
  await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync'])
  const replica = cluster(dataDir, port)
  await replica.start()
  return replica
}

/** The `postgres` system user's uid and gid, from /etc/passwd. */
function postgresUser(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'))
  if (!line) throw new Error('There is no "postgres" system user to run PostgreSQL as: install Debian\'s postgresql package (`apt-get install -y postgresql`).')
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}
