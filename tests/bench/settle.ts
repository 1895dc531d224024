import pg from 'pg'
import { serverCpuMs } from './processes'

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
    let last = serverCpuMs(pid)
    while (quiet < 3 && Date.now() - started < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      const now = serverCpuMs(pid)
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
