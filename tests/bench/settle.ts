import { readFileSync } from 'node:fs'
import pg from 'pg'
import { serverMemory } from './processes'

/**
 * After a run autocannon closes its connections, but the server goes on with the requests it had accepted (up to
 * one per connection, more in PostgreSQL's queue). The next run would pay for them, so it waits until the
 * server's process is idle (under 5 % of a core for 3 samples of 200 ms) and the bench database runs no query.
 * At most `maxMs`; returns how long it waited.
 */
export async function waitUntilIdle(pid: number | undefined, databaseUrl: string, maxMs = 300_000): Promise<number> {
  const started = Date.now()
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    let quiet = 0
    let last = cpuMs(pid)
    while (quiet < 3 && Date.now() - started < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      const now = cpuMs(pid)
      const { rows } = await client.query<{ active: string }>(
        "SELECT count(*) AS active FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()",
      )
      const busy = now - last > 10 || Number(rows[0]?.active ?? 0) > 0
      quiet = busy ? 0 : quiet + 1
      last = now
    }
  } finally {
    await client.end()
  }
  return Date.now() - started
}

/** CPU time (user + system) of the server process (see serverMemory) in ms; 0 when unknown. */
function cpuMs(pid: number | undefined): number {
  const server = serverMemory(pid)
  if (!server) return 0
  try {
    const stat = readFileSync(`/proc/${server.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}
