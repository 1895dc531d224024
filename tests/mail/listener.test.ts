import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { listenForNotifications } from '../../api/src/mail/listener'
import { waitFor } from './helpers'
import { captureLog } from '../helpers/log-capture'

/** The worker's wake-up line: a channel of its own here, so that terminating its session disturbs no other test. */
describe('outbox notification listener', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  it('comes back after its connection is killed and hears notifications again', async () => {
    const databaseUrl = inject('databaseUrl')
    const channel = `test_outbox_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    cleanups.push(() => admin.end())
    let notified = 0
    const { log, lines } = captureLog()
    const listener = listenForNotifications({ connectionString: databaseUrl, channel, onNotify: () => (notified += 1), log })
    cleanups.push(() => listener.close())

    const listenerPid = async () => {
      const { rows } = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE query = $1', [`LISTEN "${channel}"`])
      return rows[0]?.pid
    }
    // One catch-up call once LISTEN is in place, then one per notification.
    await waitFor(() => notified === 1, 5_000)
    await admin.query('SELECT pg_notify($1, $2)', [channel, ''])
    await waitFor(() => notified === 2, 2_000)

    const pid = await listenerPid()
    expect(pid).toBeTypeOf('number')
    await admin.query('SELECT pg_terminate_backend($1)', [pid])
    await waitFor(() => lines.length === 1, 2_000)
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'warn', msg: 'LISTEN connection lost', channel, retryInMs: 1_000 })
    // Reconnected: a new session, a catch-up call, and notifications arrive again.
    await waitFor(async () => notified === 3 && (await listenerPid()) !== undefined, 5_000)
    expect(await listenerPid()).not.toBe(pid)
    await admin.query('SELECT pg_notify($1, $2)', [channel, ''])
    await waitFor(() => notified === 4, 2_000)
  }, 15_000)
})
