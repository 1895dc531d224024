import { createHash } from 'node:crypto'
import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startResponseCaching, type ResponseCaching } from '../../api/src/cache/invalidation'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { silentLog } from '../helpers/log-capture'

/**
 * The response cache of two API replicas on one database, as deployed behind a load balancer: public queries come
 * from memory with validators a CDN understands, personal and mutating requests never do, and a change an editor
 * publishes in the CMS reaches every replica within a second.
 */
type Replica = { server: RunningServer; caching: ResponseCaching }

const REGION_PAGE = '{ region(slug: "syd") { name coordinators { id title email } counties { code name } } }'

describe('response caching across replicas', () => {
  let orm: MikroORM
  const replicas: Replica[] = []

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    for (let index = 0; index < 2; index++) {
      const caching = startResponseCaching({ databaseUrl: inject('databaseUrl'), maxMegabytes: 8, log: silentLog })
      const server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, cache: caching.cache })
      replicas.push({ server, caching })
    }
    // Each listener clears its cache once connected; wait for that so it cannot clear a test's entries later.
    await until(() => replicas.every((replica) => replica.caching.cache.version > 0), 10_000)
  })
  afterAll(async () => {
    for (const replica of replicas) {
      await replica.server.stop()
      await replica.caching.close()
    }
    await orm.close()
  })

  const post = (replica: Pick<Replica, 'server'>, body: unknown, headers: Record<string, string> = {}) =>
    fetch(replica.server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

  /**
   * Other test files publish on the same database while this one runs, and every replica drops its cache on each
   * such change: a sequence of requests that expects a HIT counts only when no invalidation fell inside it, else it
   * is tried again (`attempt` lets it use a query of its own each time, so an earlier attempt's entry is no HIT).
   */
  async function undisturbed<T>(replica: Replica, sequence: (attempt: number) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const version = replica.caching.cache.version
      const result = await sequence(attempt)
      if (replica.caching.cache.version === version || attempt === 10) return result
    }
  }

  it('answers the second identical query from memory, byte for byte, with Cache-Control, ETag and Vary', async () => {
    const [replica] = replicas
    const [first, second] = await undisturbed(replica!, async (attempt) => {
      const query = REGION_PAGE.replace('{ region(', `{ attempt${attempt}: region(`)
      return [await post(replica!, { query }), await post(replica!, { query: `# the same document, differently spaced\n${query.replaceAll(' ', '   ')}` })] as const
    })
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.text()).toBe(await first.text())
    expect(second.headers.get('cache-control')).toBe('max-age=60, public')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('vary')).toBe('accept-language')
  })

  it('answers 304 to a client that already has the bytes', async () => {
    const [replica] = replicas
    const etag = (await post(replica!, { query: REGION_PAGE })).headers.get('etag')!
    const revalidated = await post(replica!, { query: REGION_PAGE }, { 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect((await post(replica!, { query: REGION_PAGE }, { 'if-none-match': '"something-else"' })).status).toBe(200)
  })

  it('keeps the languages apart', async () => {
    const [replica] = replicas
    const query = '{ concepts { term } }'
    const swedish = await (await post(replica!, { query }, { 'accept-language': 'sv' })).text()
    const english = await post(replica!, { query }, { 'accept-language': 'en' })
    expect(english.headers.get('x-cache')).toBe('MISS')
    expect(await english.text()).not.toBe(swedish)
  })

  it('serves GET queries and persisted queries (APQ), so a CDN can cache them', async () => {
    const [replica] = replicas
    const query = '{ counties { code name } }'
    const hash = createHash('sha256').update(query).digest('hex')
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } })
    const preflighted = { 'apollo-require-preflight': 'true' }
    const unknown = await fetch(`${replica!.server.url}?extensions=${encodeURIComponent(extensions)}`, { headers: preflighted })
    expect((await unknown.json()).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    expect(unknown.headers.get('x-cache')).toBeNull()
    await post(replica!, { query, extensions: JSON.parse(extensions) })
    const byHash = () => fetch(`${replica!.server.url}?extensions=${encodeURIComponent(extensions)}`, { headers: preflighted })
    const [first, again] = await undisturbed(replica!, async () => [await byHash(), await byHash()] as const)
    expect(first.status).toBe(200)
    expect((await first.json()).data.counties).toHaveLength(21)
    expect(again.headers.get('x-cache')).toBe('HIT')
    const get = await fetch(`${replica!.server.url}?query=${encodeURIComponent(query)}`, { headers: preflighted })
    expect(get.headers.get('cache-control')).toBe('max-age=60, public')
    // A GET that Apollo's CSRF prevention refuses is refused, not answered from the cache.
    expect((await fetch(`${replica!.server.url}?query=${encodeURIComponent(query)}`)).status).toBe(400)
  })

  it('never stores mutations, errors or personal data', async () => {
    const [replica] = replicas
    const input = { email: `cache-${Date.now()}@example.org`, topics: ['NEWS'], consent: { given: true, textVersion: '2026-11' } }
    const subscribe = { query: 'mutation ($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted } }', variables: { input } }
    for (let attempt = 0; attempt < 2; attempt++) {
      const answer = await post(replica!, subscribe, { 'x-forwarded-for': '10.77.0.1' })
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(answer.headers.get('x-cache')).toBeNull()
    }
    const personal = { query: '{ newsletterSubscription(token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") { status } }' }
    for (let attempt = 0; attempt < 2; attempt++) expect((await post(replica!, personal)).headers.get('cache-control')).toBe('no-store')
    const missing = { query: '{ region(slug: "finns-inte") { name } }' }
    for (let attempt = 0; attempt < 2; attempt++) expect((await post(replica!, missing)).headers.get('x-cache')).toBeNull()
  })

  it('keeps "open now" until the support line next opens or closes, to the second, and no longer than the cap', async () => {
    // A server of its own whose clock the test sets: 42.5 s before a change the answer may be kept 42 s, not 60.
    let instant = new Date()
    const server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, clock: () => instant })
    type State = { isOpenNow: boolean; closesAt: string | null; nextOpensAt: string | null }
    const ask = async (at?: Date) => {
      const answer = await post({ server }, { query: `{ supportLine${at ? `(at: "${at.toISOString()}")` : ''} { isOpenNow closesAt nextOpensAt } }` })
      const { supportLine } = (await answer.json()).data as { supportLine: State }
      return { state: supportLine, cacheControl: answer.headers.get('cache-control') }
    }
    const nextChange = (state: State) => new Date((state.isOpenNow ? state.closesAt : state.nextOpensAt)!)
    try {
      // A Tuesday morning far from any holiday; then the change after it, so that both "open" and "closed" are seen.
      const first = nextChange((await ask(new Date('2026-03-10T09:00:00Z'))).state)
      const second = nextChange((await ask(first)).state)
      const seen = new Set<boolean>()
      for (const change of [first, second]) {
        instant = new Date(change.getTime() - 42_500)
        const soon = await ask()
        seen.add(soon.state.isOpenNow)
        expect(nextChange(soon.state)).toEqual(change)
        expect(soon.cacheControl).toBe('max-age=42, public')
        // An hour before the change the usual cap applies.
        instant = new Date(change.getTime() - 3_600_000)
        expect((await ask()).cacheControl).toBe('max-age=60, public')
      }
      expect([...seen].sort()).toEqual([false, true])
    } finally {
      await server.stop()
    }
  })

  it('drops cached answers on every replica within a second of a publish in the CMS', async () => {
    const editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
    const region = (await (await post(replicas[0]!, { query: REGION_PAGE })).json()).data.region as { coordinators: { id: string; title: string }[] }
    const id = region.coordinators[0]!.id
    for (const replica of replicas) {
      const cached = await undisturbed(replica, async () => {
        await post(replica, { query: REGION_PAGE })
        return post(replica, { query: REGION_PAGE })
      })
      expect(cached.headers.get('x-cache')).toBe('HIT')
    }
    const title = `Regionkoordinator ${Date.now()}`
    const published = await editor.request('PATCH', `/api/coordinators/${id}`, { title, _status: 'published' })
    expect(published.status).toBe(200)
    const publishedAt = Date.now()
    const delays = await Promise.all(
      replicas.map(async (replica) => {
        await until(async () => (await (await post(replica, { query: REGION_PAGE })).text()).includes(title), 5_000)
        return Date.now() - publishedAt
      }),
    )
    console.log(`[cache] a publish reached the replicas' caches after ${delays.join(' and ')} ms`)
    for (const delay of delays) expect(delay).toBeLessThan(1_000)
  })

  it("drops cached answers, the change feed's too, when content changes by SQL alone (a data migration, the seed)", async () => {
    // No CMS hook runs here: only the change log's trigger notices, and its NOTIFY must reach the caches.
    const [organisation] = await sql<{ slug: string }>(`SELECT slug FROM organisations WHERE _status = 'published' ORDER BY id LIMIT 1`)
    const content = { query: `{ organisation(slug: "${organisation!.slug}") { updatedAt } }` }
    const head = { query: '{ changes(first: 0) { pageInfo { endCursor } } }' }
    for (const replica of replicas) {
      for (const body of [content, head]) {
        const cached = await undisturbed(replica, async () => {
          await post(replica, body)
          return post(replica, body)
        })
        expect(cached.headers.get('x-cache')).toBe('HIT')
      }
    }
    const [changed] = await sql<{ updated_at: Date }>('UPDATE organisations SET updated_at = now() WHERE slug = $1 RETURNING updated_at', [organisation!.slug])
    const [logged] = await sql<{ id: string }>(`SELECT max(id)::text AS id FROM content_changes WHERE type = 'Organisation'`)
    const changedAt = Date.now()
    const delays = await Promise.all(
      replicas.map(async (replica) => {
        await until(async () => (await (await post(replica, content)).text()).includes(changed!.updated_at.toISOString()), 5_000)
        const feed = (await (await post(replica, head)).json()) as { data: { changes: { pageInfo: { endCursor: string } } } }
        const headId = Number(/\[(\d+),/.exec(Buffer.from(feed.data.changes.pageInfo.endCursor, 'base64url').toString())?.[1])
        expect(headId).toBeGreaterThanOrEqual(Number(logged!.id))
        return Date.now() - changedAt
      }),
    )
    console.log(`[cache] an SQL change reached the replicas' caches after ${delays.join(' and ')} ms`)
    for (const delay of delays) expect(delay).toBeLessThan(1_000)
  })
})

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
