import { randomBytes } from 'node:crypto'
import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ResponseCache } from '../../api/src/cache/response-cache'
import { loadConfig } from '../../api/src/config'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { silentLog } from '../helpers/log-capture'
import { sql } from '../helpers/sql'

/**
 * CORS of the public API as a browser negotiates it (the browser itself: tests/e2e/browser-api.test.ts): the
 * preflight, the headers of every kind of answer, the allow-list, and CSRF prevention still refusing what a page
 * could send without a preflight.
 */
const SITE = 'https://www.kommun.example'
const QUERY = '{ regions { slug } }'
const EXPOSED = ['ETag', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'X-Cache', 'X-Request-Id']

type Api = { orm: MikroORM; server: RunningServer }
const started: Api[] = []
async function startApi(options: { env?: Record<string, string>; poolMax?: number; acquireTimeoutMs?: number; queriesPerMinute?: number } = {}): Promise<Api> {
  const config = loadConfig({ DATABASE_URL: inject('databaseUrl'), ...options.env })
  const orm = await createOrm({ databaseUrl: inject('databaseUrl'), poolMax: options.poolMax, acquireTimeoutMs: options.acquireTimeoutMs })
  const server = await createServer({
    orm,
    port: 0,
    host: '127.0.0.1',
    log: silentLog,
    corsOrigins: config.corsOrigins,
    queriesPerMinute: options.queriesPerMinute ?? config.queriesPerMinute,
    cache: new ResponseCache({ maxEntries: 100, maxBytes: 8 * 1024 * 1024 }),
  })
  const api = { orm, server }
  started.push(api)
  return api
}
afterAll(async () => {
  for (const { server, orm } of started) {
    await server.stop({ graceMs: 1_000 })
    await orm.close()
  }
})

const post = (api: Api, body: unknown, headers: Record<string, string> = {}) =>
  fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: SITE, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })
const preflight = (api: Api, origin: string, requestHeaders = 'content-type') =>
  fetch(api.server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': requestHeaders } })

function expectCors(response: Response, origin = '*'): void {
  expect(response.headers.get('access-control-allow-origin')).toBe(origin)
  expect(response.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual(EXPOSED)
  expect(response.headers.get('access-control-allow-credentials')).toBeNull()
}

describe('CORS for any origin (the default)', () => {
  let api: Api
  beforeAll(async () => {
    api = await startApi({ queriesPerMinute: 5 })
  })

  it('answers a preflight with 204 before CSRF prevention, naming methods, headers and how long to keep it', async () => {
    const response = await preflight(api, SITE, 'content-type, apollo-require-preflight, authorization, x-apollo-operation-name')
    expect(response.status).toBe(204)
    expect(await response.text()).toBe('')
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual(['GET', 'POST', 'OPTIONS'])
    const allowed = response.headers.get('access-control-allow-headers')!.split(/,\s*/)
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'authorization', 'accept-language', 'x-request-id']))
    expect(response.headers.get('access-control-max-age')).toBe('7200')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('vary')).toBeNull()
  })

  it('puts the CORS headers on executed answers, cached hits and 304s, beside the limit headers they expose', async () => {
    // Its own API: other test files publishing on a shared database empty the cache between two requests, so a hit
    // may take a retry, which the budget of 5 a minute above would not leave room for.
    const cached = await startApi({ queriesPerMinute: 50 })
    const miss = await post(cached, { query: QUERY })
    let hit = await post(cached, { query: QUERY })
    for (let retry = 0; retry < 5 && hit.headers.get('x-cache') !== 'HIT'; retry += 1) {
      expect(hit.headers.get('x-cache')).toBe('MISS')
      hit = await post(cached, { query: QUERY })
    }
    expect([miss.status, hit.status]).toEqual([200, 200])
    expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
    for (const response of [miss, hit]) {
      expectCors(response)
      expect(response.headers.get('etag')).toMatch(/^"/)
      expect(response.headers.get('ratelimit-policy')).toBe('"queries";q=50;w=60')
    }
    const unchanged = await post(cached, { query: QUERY }, { 'if-none-match': hit.headers.get('etag')! })
    expect(unchanged.status).toBe(304)
    expectCors(unchanged)
  })

  it('puts them on refusals too: 400, 413 and 429', async () => {
    const badJson = await post(api, '{"query":')
    expect(badJson.status).toBe(400)
    expectCors(badJson)
    const tooLarge = await post(api, { query: QUERY, variables: { padding: 'x'.repeat(70 * 1024) } })
    expect(tooLarge.status).toBe(413)
    expectCors(tooLarge)
    let limited: Response | undefined
    for (let attempt = 0; attempt < 10 && !limited; attempt += 1) {
      const response = await post(api, { query: QUERY })
      if (response.status === 429) limited = response
    }
    expect(limited, 'the query budget of 5 a minute was never spent').toBeDefined()
    expectCors(limited!)
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited!.headers.get('ratelimit')).toMatch(/^"queries";r=0;t=\d+$/)
  })

  it('keeps CSRF prevention: a simple cross-origin POST is refused, and a GET never runs a mutation', async () => {
    const simple = await post(api, { query: QUERY }, { 'content-type': 'text/plain' })
    expect(simple.status).toBe(400)
    expect(await simple.text()).toMatch(/CSRF/)
    // A mutation that would leave a row: none is there afterwards, so nothing ran.
    const email = `cors-get-${randomBytes(4).toString('hex')}@example.org`
    const mutation = encodeURIComponent(
      `mutation { subscribeToNewsletter(input: { email: "${email}", topics: [NEWS], consent: { given: true, textVersion: "2026-11" } }) { accepted } }`,
    )
    const get = await fetch(`${api.server.url}?query=${mutation}`, { headers: { origin: SITE, 'apollo-require-preflight': 'true' } })
    expect(get.status).toBe(405)
    expectCors(get)
    expect(await sql('SELECT id FROM newsletter_subscribers WHERE email = $1', [email])).toEqual([])
  })
})

describe('CORS on a database that is out of reach', () => {
  it('puts the CORS headers on a 503', async () => {
    const api = await startApi({ poolMax: 1, acquireTimeoutMs: 300 })
    const knex = api.orm.em.getKnex()
    // The pool's only connection is taken, so the query waits for one until the acquire timeout. A search: published
    // content itself is answered from the API's snapshot, without the database.
    const held = await knex.client.acquireConnection()
    try {
      const response = await post(api, { query: '{ search(query: "kiruna", first: 1) { rank } }' })
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('5')
      expectCors(response)
    } finally {
      await knex.client.releaseConnection(held)
    }
  })
})

describe('CORS with an allow-list (API_CORS_ORIGINS)', () => {
  let api: Api
  beforeAll(async () => {
    api = await startApi({ env: { API_CORS_ORIGINS: `${SITE}, https://app.nspm.example` } })
  })

  it('echoes an allowed origin and varies the answer by Origin, cached answers included', async () => {
    const allowed = await preflight(api, 'https://app.nspm.example')
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.nspm.example')
    expect(allowed.headers.get('vary')?.toLowerCase()).toBe('origin')
    await post(api, { query: QUERY })
    const hit = await post(api, { query: QUERY })
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expectCors(hit, SITE)
    expect(hit.headers.get('vary')?.toLowerCase()).toBe('origin, accept-language')
  })

  it('gives another origin no CORS headers, so its browser neither sends the request nor reads an answer', async () => {
    const refused = await preflight(api, 'https://evil.example')
    expect(refused.status).toBe(204)
    // The methods and headers are the same for everyone; without Allow-Origin the browser fails the preflight.
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
    const answered = await post(api, { query: QUERY }, { origin: 'https://evil.example' })
    expect(answered.headers.get('access-control-allow-origin')).toBeNull()
    expect(answered.headers.get('vary')?.toLowerCase()).toBe('origin, accept-language')
  })

  it('refuses an allow-list that names something other than origins', () => {
    for (const value of ['https://www.nspm.se/', 'www.nspm.se', 'https://www.nspm.se/page', 'ftp://files.nspm.se', ' , ']) {
      expect(() => loadConfig({ DATABASE_URL: inject('databaseUrl'), API_CORS_ORIGINS: value }), value).toThrow(/API_CORS_ORIGINS/)
    }
    expect(loadConfig({ DATABASE_URL: inject('databaseUrl') }).corsOrigins).toBe('*')
  })
})
