/**
 * Attack: every pooled connection is stuck (an outside session holds ACCESS EXCLUSIVE on `content_changes`, so the
 * change feed's reads wait on the lock while holding their connections) and more requests keep arriving.
 * Expected: the extra requests fail fast with SERVICE_UNAVAILABLE (HTTP 503, Retry-After, a generic message
 * without the driver's text) after the pool's acquire timeout instead of queueing for a minute; the newsletter
 * pages answer a 503 page; published content, read from the snapshot, is still served; once the lock goes the
 * stuck requests complete and the same query succeeds again.
 */
import type { MikroORM } from '@mikro-orm/postgresql'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { dropDatabase } from '../helpers/test-database'
import { faultDatabase, postGraphql, waitFor } from './helpers'
import { captureLog } from '../helpers/log-capture'

const ACQUIRE_TIMEOUT_MS = 1_500
// The change feed reads SQL on every request; published content comes from the snapshot and needs no connection.
const QUERY = '{ changes(first: 5) { nodes { id } } }'
type Publications = { changes: { nodes: { id: string }[] } }
const SNAPSHOT_QUERY = '{ publications(orderable: true) { nodes { id } } }'

describe('pool exhaustion', () => {
  let databaseUrl: string
  let orm: MikroORM
  let server: RunningServer
  let base: string
  const { log, lines: logged } = captureLog()

  beforeAll(async () => {
    databaseUrl = await faultDatabase(inject('serverUrl'), 'nspm_faults_pool')
    orm = await createOrm({ databaseUrl, poolMax: 2, acquireTimeoutMs: ACQUIRE_TIMEOUT_MS })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log })
    base = `http://127.0.0.1:${server.port}`
  }, 240_000)

  afterAll(async () => {
    await server?.stop({ graceMs: 1_000 })
    await orm?.close()
    if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl)
  })

  it('answers SERVICE_UNAVAILABLE (503, Retry-After, no driver text) within the acquire timeout while every connection is stuck, then serves again', async () => {
    const before = await postGraphql<Publications>(server.url, QUERY)
    expect(before.status).toBe(200)
    expect(before.data?.changes.nodes.length).toBeGreaterThan(0)

    const locker = new pg.Client({ connectionString: databaseUrl })
    await locker.connect()
    try {
      await locker.query('BEGIN')
      await locker.query('LOCK TABLE content_changes IN ACCESS EXCLUSIVE MODE')
      // Requests take both pooled connections, which then wait on the lock.
      const stuck = [postGraphql<Publications>(server.url, QUERY), postGraphql<Publications>(server.url, QUERY)]
      const waiting = async () => {
        // Inside the locker's transaction pg_stat_activity is a snapshot taken at its first read: clear it each time,
        // or a first look taken before the requests arrived is all this check would ever see.
        await locker.query('SELECT pg_stat_clear_snapshot()')
        const { rows } = await locker.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
        return (rows[0]?.n ?? 0) >= 2
      }
      await waitFor(waiting, 10_000, 'both pooled connections waiting on the lock')

      const started = Date.now()
      const extra = await Promise.all([1, 2, 3].map(() => postGraphql<Publications>(server.url, QUERY)))
      const elapsed = Date.now() - started
      console.log(`[faults] pool exhaustion: 3 extra requests answered SERVICE_UNAVAILABLE after ${elapsed} ms (acquire timeout ${ACQUIRE_TIMEOUT_MS} ms)`)
      for (const reply of extra) {
        expect(reply.status).toBe(503)
        expect(reply.retryAfter).toBe('5')
        expect(reply.errors?.[0]).toMatchObject({ message: 'The service is temporarily unavailable. Try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } })
        expect(JSON.stringify(reply)).not.toMatch(/knex|pool|acquir|timeout|at \w+ \(/i)
      }
      expect(elapsed).toBeGreaterThanOrEqual(ACQUIRE_TIMEOUT_MS - 100)
      expect(elapsed).toBeLessThan(ACQUIRE_TIMEOUT_MS + 3_000)
      // Published content is answered meanwhile: the snapshot needs no connection.
      const published = await postGraphql<{ publications: { nodes: { id: string }[] } }>(server.url, SNAPSHOT_QUERY)
      expect(published.status).toBe(200)
      expect(published.data?.publications.nodes.length).toBeGreaterThan(0)

      // The newsletter pages say the same in HTML; liveness stays green, readiness red while nothing can be checked.
      const page = await fetch(`${base}/newsletter/preferences?token=${'a'.repeat(43)}`)
      expect(page.status).toBe(503)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(page.headers.get('retry-after')).toBe('5')
      expect(await page.text()).not.toMatch(/knex|pool/i)
      expect((await fetch(`${base}/health/live`)).status).toBe(200)
      expect((await fetch(`${base}/health/ready`)).status).toBe(503)

      await locker.query('COMMIT')
      // A request may run two statements at once (nodes and totalCount): the one whose statements held the
      // connections completes; another that was still waiting for a connection may have timed out meanwhile.
      const settled = await Promise.all(stuck)
      for (const reply of settled) expect([200, 503]).toContain(reply.status)
      const completed = settled.filter((reply) => reply.status === 200)
      expect(completed.length).toBeGreaterThanOrEqual(1)
      for (const reply of completed) expect(reply.data?.changes.nodes).toEqual(before.data?.changes.nodes)
    } finally {
      await locker.end()
    }

    const recoveredIn = await waitFor(async () => (await postGraphql(server.url, QUERY)).status === 200, 5_000, 'the same query succeeding again')
    expect(recoveredIn).toBeLessThan(1_000)
    expect((await fetch(`${base}/health/ready`)).status).toBe(200)
    // Logged as a warning by class, never with the driver's message.
    const warnings = logged.filter((line) => line.includes('database unavailable'))
    expect(warnings.length).toBeGreaterThanOrEqual(3)
    expect(warnings.join('\n')).not.toMatch(/Timeout acquiring|pool is probably full/)
  }, 90_000)
})
