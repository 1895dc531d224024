import { IncomingMessage } from 'node:http'
import { Socket } from 'node:net'
import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ResponseCache } from '../../api/src/cache/response-cache'
import { purgeKeyUsage } from '../../api/src/keys/key-usage'
import { startPartnerKeys, type PartnerKeys } from '../../api/src/keys/partner-keys'
import { anonymousCaller } from '../../api/src/limits/caller'
import { anonymousPolicies } from '../../api/src/limits/policy'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { bearer, createKey, eventually, postQuery } from '../helpers/api-keys'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { silentLog } from '../helpers/log-capture'

type ErrorReply = { data?: unknown; errors: { message: string; extensions: { code: string } }[] }

/**
 * Partner keys on a real API server in this process, with an anonymous budget of 3 queries a minute so that
 * spending it takes four requests, and keys made by an administrator through the real CMS.
 */
describe('partner keys on the API', () => {
  let orm: MikroORM
  let keys: PartnerKeys
  let server: RunningServer
  let admin: CmsClient
  const created: number[] = []

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    // Usage is written when a test says so (flush), not on a timer.
    keys = startPartnerKeys({ orm, databaseUrl: inject('databaseUrl'), log: silentLog, flushIntervalMs: 3_600_000 })
    server = await createServer({
      orm,
      port: 0,
      host: '127.0.0.1',
      log: silentLog,
      trustProxy: true,
      queriesPerMinute: 3,
      resolveCaller: keys.resolveCaller,
      cache: new ResponseCache({ maxEntries: 20, maxBytes: 4 * 1024 * 1024 }),
    })
    admin = (await createStaffUser(await CmsClient.asAdmin(), ['admin'])).client
  })
  afterAll(async () => {
    for (const id of created) await admin.request('DELETE', `/api/api-keys/${id}`)
    await server?.stop()
    await keys?.close()
    await orm?.close()
  })

  const newKey = async (quota: Parameters<typeof createKey>[1] = {}) => {
    const key = await createKey(admin, quota)
    created.push(key.id)
    return key
  }
  const from = (address: string, headers: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...headers })

  it('gives a key its own, higher budget: with the anonymous one spent from an address, the key still works from it', async () => {
    const { key } = await newKey({ queriesPerMinute: 50 })
    const anonymous = []
    for (let index = 0; index < 4; index += 1) anonymous.push(await postQuery(server.url, '{ regions { slug } }', from('203.0.113.60')))
    expect(anonymous.map((answer) => answer.status)).toEqual([200, 200, 200, 429])

    const keyed = []
    for (let index = 0; index < 5; index += 1) keyed.push(await postQuery(server.url, '{ regions { slug } }', from('203.0.113.60', bearer(key))))
    expect(keyed.map((answer) => answer.status)).toEqual(Array(5).fill(200))
    // A cached answer, under the key's own policy.
    expect(keyed.map((answer) => answer.headers.get('x-cache'))).toEqual(Array(5).fill('HIT'))
    expect(keyed.map((answer) => answer.headers.get('ratelimit-policy'))).toEqual(Array(5).fill('"queries";q=50;w=60'))
    expect(keyed.map((answer) => Number(/r=(\d+)/.exec(answer.headers.get('ratelimit') ?? '')?.[1]))).toEqual([49, 48, 47, 46, 45])
    // The address's anonymous budget is still spent: the key did not refill or use it.
    expect((await postQuery(server.url, '{ regions { slug } }', from('203.0.113.60'))).status).toBe(429)
  })

  it("states the key's policies: raised order and subscription limits only for a server that submits for many", async () => {
    const plain = await newKey({ queriesPerMinute: 700 })
    const relay = await newKey({ queriesPerMinute: 9000, submitsOnBehalf: true, ordersPerHour: 300, subscriptionsPerHour: 450 })
    const resolve = (key: string) => {
      const request = new IncomingMessage(new Socket())
      request.headers = bearer(key)
      return keys.resolveCaller(request, anonymousCaller('203.0.113.61', anonymousPolicies(600)))
    }
    expect(await resolve(plain.key)).toMatchObject({
      id: `key:${plain.id}`,
      policies: {
        queries: { name: 'queries', quota: 700, windowSeconds: 60 },
        orders: { name: 'orders', quota: 10, windowSeconds: 3600 },
        subscriptions: { name: 'subscriptions', quota: 20, windowSeconds: 3600 },
      },
    })
    expect(await resolve(relay.key)).toMatchObject({
      id: `key:${relay.id}`,
      policies: {
        queries: { quota: 9000 },
        orders: { name: 'orders', quota: 300, windowSeconds: 3600 },
        subscriptions: { name: 'subscriptions', quota: 450, windowSeconds: 3600 },
      },
    })
  })

  it('refuses unknown, malformed, revoked and deleted keys with 401, also where the answer is cached', async () => {
    const revoked = await newKey()
    const deleted = await newKey()
    // The query's answer is in the cache, served to an anonymous client before GraphQL runs.
    expect((await postQuery(server.url, '{ counties { code } }', from('203.0.113.62'))).headers.get('x-cache')).toBe('MISS')
    expect((await postQuery(server.url, '{ counties { code } }', from('203.0.113.63'))).headers.get('x-cache')).toBe('HIT')
    for (const { key } of [revoked, deleted]) expect((await postQuery(server.url, '{ counties { code } }', from('203.0.113.64', bearer(key)))).status).toBe(200)

    expect((await admin.request('POST', `/api/api-keys/${revoked.id}/revoke`)).status).toBe(200)
    expect((await admin.request('DELETE', `/api/api-keys/${deleted.id}`)).status).toBe(200)
    const refusedWithin = async (key: string) =>
      eventually(async () => (await postQuery(server.url, '{ counties { code } }', bearer(key))).status === 401, 5_000, 'the key refused')
    console.log(`[keys] refused after revocation within ${await refusedWithin(revoked.key)} ms, after deletion within ${await refusedWithin(deleted.key)} ms`)

    const unknown = `nspm_${'ab'.repeat(6)}_${'0'.repeat(64)}`
    const invalid = [`Bearer ${unknown}`, 'Bearer nspm_short', `Bearer ${revoked.key}`, `Bearer ${deleted.key}`, `bearer  ${revoked.key.toUpperCase()}`, 'Bearer', '']
    for (const authorization of invalid) {
      const answer = await postQuery(server.url, '{ counties { code } }', from('203.0.113.65', { authorization, origin: 'https://partner.example.org' }))
      expect(answer.status, authorization).toBe(401)
      expect(answer.headers.get('www-authenticate'), authorization).toMatch(
        authorization.startsWith('Bearer nspm') || authorization.startsWith('bearer  ') ? /^Bearer realm="NSPM API", error="invalid_token"$/ : /^Bearer realm="NSPM API"/,
      )
      expect(answer.headers.get('x-cache')).toBeNull()
      expect(answer.headers.get('ratelimit')).toBeNull()
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(answer.headers.get('access-control-allow-origin')).toBe('*')
      const body = (await answer.json()) as ErrorReply
      expect(body.data).toBeUndefined()
      expect(body.errors).toEqual([
        { message: expect.stringMatching(/API key|Authorization header/), extensions: { code: 'API_KEY_INVALID', requestId: answer.headers.get('x-request-id') } },
      ])
      expect(body.errors[0]!.message).not.toContain('nspm_ab')
    }
    // Another scheme: refused too, and RFC 6750 names no error for it.
    const basic = await postQuery(server.url, '{ counties { code } }', { authorization: 'Basic dXNlcjpwYXNz' })
    expect(basic.status).toBe(401)
    expect(basic.headers.get('www-authenticate')).toBe('Bearer realm="NSPM API"')
    // A GET query (as browsers and CDNs cache them) is checked the same way.
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ counties { code } }')}`, { headers: { 'apollo-require-preflight': 'true', ...bearer(revoked.key) } })
    expect(get.status).toBe(401)
  })

  it('counts requests per key and day, cached answers included, and 429s and attempts after revocation apart', async () => {
    const { id, key } = await newKey({ queriesPerMinute: 2 })
    const statuses = []
    for (let index = 0; index < 3; index += 1) statuses.push((await postQuery(server.url, '{ regions { slug } }', bearer(key))).status)
    expect(statuses).toEqual([200, 200, 429])
    const limited = await postQuery(server.url, '{ regions { slug } }', bearer(key))
    expect(((await limited.json()) as ErrorReply).errors[0]!.extensions.code).toBe('RATE_LIMITED')
    await keys.usage.flush()
    const today = new Date().toISOString().slice(0, 10)
    const usage = () =>
      sql<{ day: string; requests: string; limited: string; refused: string; last_used_at: Date | null }>(
        'SELECT day::text AS day, requests, limited, refused, last_used_at FROM nspm_api.api_key_usage WHERE key_id = $1',
        [id],
      )
    expect(await usage()).toEqual([{ day: today, requests: '4', limited: '2', refused: '0', last_used_at: expect.any(Date) }])

    expect((await admin.request('POST', `/api/api-keys/${id}/revoke`)).status).toBe(200)
    // The revocation reaches the API by NOTIFY: a request that arrives before it is still the key's (200 or 429).
    let beforeRevocationArrived = 0
    await eventually(
      async () => {
        const refused = (await postQuery(server.url, '{ regions { slug } }', bearer(key))).status === 401
        if (!refused) beforeRevocationArrived += 1
        return refused
      },
      5_000,
      'the key refused',
    )
    await keys.usage.flush()
    const [after] = await usage()
    expect(Number(after?.refused)).toBeGreaterThanOrEqual(1)
    expect(after?.requests).toBe(String(4 + beforeRevocationArrived))
  })

  it('keeps usage for the retention period, and none of deleted keys', async () => {
    const { id } = await newKey()
    const orphan = 2_000_000_000 - id
    await sql(
      `INSERT INTO nspm_api.api_key_usage (key_id, day, requests) VALUES
         ($1, (now() AT TIME ZONE 'UTC')::date - 401, 7), ($1, (now() AT TIME ZONE 'UTC')::date - 399, 3), ($2, (now() AT TIME ZONE 'UTC')::date, 1)`,
      [id, orphan],
    )
    expect(await purgeKeyUsage(orm.em.fork(), 400)).toBeGreaterThanOrEqual(2)
    expect(await sql('SELECT key_id, requests FROM nspm_api.api_key_usage WHERE key_id IN ($1, $2)', [id, orphan])).toEqual([{ key_id: id, requests: '3' }])
  })
})
