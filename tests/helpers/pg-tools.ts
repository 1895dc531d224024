import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { ensureDebianPackage } from './debian-package'
import { withClient } from './test-database'

const run = promisify(execFile)

export type CommandResult = { stdout: string; stderr: string }

/** Runs one of PostgreSQL's client programs as the README's procedure does; rejects with its stderr. */
export async function pgTool(program: 'pg_dump' | 'pg_restore' | 'psql', args: string[]): Promise<CommandResult> {
  try {
    return await run(program, args, { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    const { stderr } = error as { stderr?: string }
    throw new Error(`${program} ${args.filter((arg) => !arg.includes('://')).join(' ')} failed: ${stderr ?? String(error)}`)
  }
}

/**
 * The machine's pg_dump and pg_restore (Debian's postgresql-client), whose major version must match the server's:
 * an older pg_dump refuses a newer server. Installed here when absent and this is root on Debian.
 */
export async function ensurePgClient(databaseUrl: string): Promise<void> {
  for (const binary of ['/usr/bin/pg_dump', '/usr/bin/pg_restore']) {
    ensureDebianPackage({ name: 'postgresql-client-15', binary, neededBy: 'The backup test (tests/operations)' })
  }
  const server = await withClient(databaseUrl, async (db) => (await db.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0]!.server_version_num)
  const client = (await pgTool('pg_dump', ['--version'])).stdout
  const serverMajor = Math.floor(Number(server) / 10_000)
  const clientMajor = Number(/\(PostgreSQL\) (\d+)/.exec(client)?.[1])
  if (clientMajor !== serverMajor) throw new Error(`pg_dump ${clientMajor} does not match the server's PostgreSQL ${serverMajor}: install postgresql-client-${serverMajor}`)
}
