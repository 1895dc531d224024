import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { ResponseCache } from '../../api/src/cache/response-cache'
import { createOrm } from '../../api/src/orm'
import { QueryBudget } from '../../api/src/limits/query-budget'
import { createServer, type RunningServer } from '../../api/src/server'
import { silentLog } from '../helpers/log-capture'

const QUERIES = { name: 'queries', quota: 3, windowSeconds: 60 }

describe('the query budget (GCRA)', () => {
  it('lets the quota through at once, then one more every window / quota, and says when', () => {
    let now = 1_000_000
    const budget = new QueryBudget(() => now)
    const taken = [1, 2, 3, 4].map(() => budget.take('queries:ip:a', QUERIES))
    expect(taken.map(({ allowed, remaining }) => [allowed, remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ])
    // The next unit is back 20 s (60 s / 3) after the first was taken.
    expect(taken[3]!.resetSeconds).toBe(20)
    expect(budget.take('queries:ip:b', QUERIES).allowed).toBe(true)
    now += 19_000
    expect(budget.take('queries:ip:a', QUERIES)).toMatchObject({ allowed: false, resetSeconds: 1 })
    now += 1_000
    expect(budget.take('queries:ip:a', QUERIES)).toMatchObject({ allowed: true, remaining: 0 })
    // A minute of quiet fills it again.
    now += 60_000
    expect(budget.take('queries:ip:a', QUERIES)).toMatchObject({ allowed: true, remaining: 2 })
  })

  it('does not lose a unit to rounding when the quota does not divide the window', () => {
    const budget = new QueryBudget(() => 0)
    const outcomes = Array.from({ length: 8 }, () => budget.take('queries:ip:c', { name: 'queries', quota: 7, windowSeconds: 60 }))
    expect(outcomes.map((outcome) => outcome.allowed)).toEqual([...Array(7).fill(true), false])
  })
})

describe('the query budget of a running API', () => {
  let orm: MikroORM
  let server: RunningServer
  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({
      orm,
      port: 0,
      host: '127.0.0.1',
      log: silentLog,
      trustProxy: true,
      queriesPerMinute: 3,
      cache: new ResponseCache({ maxEntries: 10, maxBytes: 1024 * 1024 }),
    })
  })
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })

  const post = (client: string, query: string) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ query }) })

  it('counts cached and executed queries alike, refuses with 429 and says when to retry', async () => {
    const answers = []
    for (let index = 0; index < 4; index += 1) answers.push(await post('203.0.113.20', '{ regions { slug } }'))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429])
    expect(answers.map((answer) => answer.headers.get('x-cache'))).toEqual(['MISS', 'HIT', 'HIT', null])
    expect(answers.map((answer) => answer.headers.get('ratelimit-policy'))).toEqual(Array(4).fill('"queries";q=3;w=60'))
    // r left; t: a unit comes back every 20 s (60 s / 3), less the time the requests took on a busy machine.
    const limits = answers.map((answer) =>
      /^"queries";r=(\d+);t=(\d+)$/
        .exec(answer.headers.get('ratelimit') ?? '')!
        .slice(1)
        .map(Number),
    )
    expect(limits.map(([remaining]) => remaining)).toEqual([2, 1, 0, 0])
    for (const [, reset] of limits) {
      expect(reset).toBeGreaterThanOrEqual(15)
      expect(reset).toBeLessThanOrEqual(20)
    }
    const refused = answers[3]!
    const retryAfter = limits[3]![1]!
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter))
    expect(refused.headers.get('cache-control')).toBe('no-store')
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/"queries" limit allows 3 every 60 seconds/),
          extensions: { code: 'RATE_LIMITED', policy: 'queries', retryAfter, retryAfterSeconds: retryAfter, requestId: refused.headers.get('x-request-id') },
        },
      ],
    })
    // A query that is not cached is refused the same way (by Apollo's plugin, answered 429 by the HTTP layer).
    const uncached = await post('203.0.113.20', '{ counties { code } }')
    expect(uncached.status).toBe(429)
    expect(((await uncached.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED')
  })

  it('keeps one budget per client, and leaves mutations to their own limits', async () => {
    expect((await post('203.0.113.21', '{ regions { slug } }')).status).toBe(200)
    const mutation = await post('203.0.113.20', 'mutation { confirmNewsletterSubscription(token: "x") { status } }')
    expect(mutation.status).toBe(200)
    expect(mutation.headers.get('ratelimit')).toBeNull()
    expect(((await mutation.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT')
  })
})
