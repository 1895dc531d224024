import autocannon from 'autocannon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverMemory } from '../bench/processes'
import { postQuery } from '../helpers/api-keys'
import { sleep, waitFor } from '../faults/helpers'
import { startObservedApi, type ObservedApi } from './observed-api'

const READ = '{ regions(locale: SV) { id slug name counties { code name } coordinators { id personName phones { display e164 } } } }'
/** About 6 s at 16 connections here; a count rather than a duration, so that a busy machine sends the same burst. */
const LOAD_REQUESTS = 30_000

type Release = { rssBeforeMb: number; rssAfterMb: number; tookMs: number }

/**
 * Operators see the API's resident memory: after a burst of requests it must go back down once the API is quiet,
 * instead of staying at its peak (V8 alone keeps it there: see api/src/idle-memory.ts). The API runs with the
 * production flags (runtime/api-server.ts), under load from autocannon, then idle.
 */
describe('memory after a burst of requests', { timeout: 120_000 }, () => {
  let api: ObservedApi
  const releases = async (): Promise<Release[]> => (await api.logs()).filter((line) => line.msg === 'idle: memory released') as unknown as Release[]
  const residentMb = () => serverMemory(api.pid)?.rssMb ?? NaN

  beforeAll(async () => {
    api = await startObservedApi({ API_QUERIES_PER_MINUTE: '100000000', NODE_ENV: 'production' })
  })
  afterAll(() => api?.stop())

  it('is given back to the system once the API is idle, once per quiet period', async () => {
    // The first quiet moment returns what starting up left behind.
    await waitFor(async () => (await releases()).length === 1, 30_000, 'the release after start-up')

    const load = await autocannon({
      url: api.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: READ }),
      connections: 16,
      amount: LOAD_REQUESTS,
    })
    expect(load.non2xx).toBe(0)
    expect(load.errors).toBe(0)
    const afterLoadMb = residentMb()

    await waitFor(async () => (await releases()).length === 2, 30_000, 'the release after the load')
    const [afterStart, afterBurst] = await releases()
    // Measured on the seeded data (three runs): 157–160 → 124–127 MB after start-up, 159–160 → 138 MB after the burst.
    expect(afterBurst!.rssAfterMb).toBeLessThan(afterBurst!.rssBeforeMb - 12)
    expect(residentMb()).toBeLessThan(afterLoadMb - 12)
    // The burst leaves little resident beyond what the API holds at rest (its compiled code, mostly).
    expect(afterBurst!.rssAfterMb).toBeLessThanOrEqual(afterStart!.rssAfterMb + 24)

    // Still idle two checks later: nothing grew, so no further collection.
    await sleep(11_000)
    expect(await releases()).toHaveLength(2)
    // And the API answers as before.
    const answer = await postQuery(api.url, READ)
    expect(answer.status).toBe(200)
    expect(((await answer.json()) as { data?: { regions?: unknown[] } }).data?.regions?.length).toBeGreaterThan(0)
  })
})
