import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from '../helpers/sql'
import { post, sampleValue, scrape, seriesValue, startObservedApi, type ObservedApi } from './observed-api'

/** /metrics as Prometheus scrapes it: on API_METRICS_PORT only, in the text format, moving with the traffic. */
describe('API metrics', () => {
  let api: ObservedApi
  const queued: number[] = []
  beforeAll(async () => {
    api = await startObservedApi()
  })
  afterAll(async () => {
    await api?.stop()
    if (queued.length) await sql('DELETE FROM nspm_api.outbox WHERE id = ANY($1::bigint[])', [queued])
  })

  it('serves the text format on the metrics port and nothing on the public one', async () => {
    const publicPort = await fetch(api.url.replace('/graphql', '/metrics'))
    expect(publicPort.status).toBe(404)
    expect(await publicPort.text()).not.toContain('nspm_api')
    const response = await fetch(api.metricsUrl)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const scraped = await scrape(api.metricsUrl)
    const names = scraped.families.map((family) => family.name)
    for (const name of [
      'nspm_api_requests_total',
      'nspm_api_request_duration_seconds',
      'nspm_api_response_cache_requests_total',
      'nspm_api_rate_limit_refusals_total',
      'nspm_api_db_pool_connections_used',
      'nspm_api_db_pool_connections_free',
      'nspm_api_db_pool_pending_acquires',
      'nspm_api_db_pool_acquire_seconds',
      'nspm_api_outbox_pending',
      'nspm_api_outbox_oldest_pending_age_seconds',
      'process_cpu_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(names).toContain(name)
    }
    expect(scraped.families.find((family) => family.name === 'nspm_api_request_duration_seconds')?.type).toBe('HISTOGRAM')
    expect(sampleValue(scraped, 'nspm_api_db_pool_connections_max', { pool: 'primary' })).toBe(10)
  })

  it('counts requests by operation and outcome, their latency, and cache hits and misses', async () => {
    const query = { query: `query MetricsProbe${Date.now()} { regions { slug } }` }
    const operation = query.query.split(' ')[1]!
    const before = await scrape(api.metricsUrl)
    expect((await post(api.url, query, { 'x-forwarded-for': '203.0.113.10' })).headers.get('x-cache')).toBe('MISS')
    expect((await post(api.url, query, { 'x-forwarded-for': '203.0.113.10' })).headers.get('x-cache')).toBe('HIT')
    const after = await scrape(api.metricsUrl)
    expect(sampleValue(after, 'nspm_api_requests_total', { operation, outcome: 'ok' })).toBe(2)
    expect(sampleValue(after, 'nspm_api_response_cache_requests_total', { result: 'hit' }) - sampleValue(before, 'nspm_api_response_cache_requests_total', { result: 'hit' })).toBe(
      1,
    )
    expect(
      sampleValue(after, 'nspm_api_response_cache_requests_total', { result: 'miss' }) - sampleValue(before, 'nspm_api_response_cache_requests_total', { result: 'miss' }),
    ).toBe(1)
    expect(seriesValue(after, `nspm_api_request_duration_seconds_count{operation="${operation}"}`)).toBe(2)
    expect(seriesValue(after, `nspm_api_request_duration_seconds_bucket{le="+Inf",operation="${operation}"}`)).toBe(2)
    expect(seriesValue(after, `nspm_api_request_duration_seconds_sum{operation="${operation}"}`)).toBeGreaterThan(0)
    // The miss ran SQL: the pool lent a connection, and its wait was measured.
    expect(seriesValue(after, 'nspm_api_db_pool_acquire_seconds_count{pool="primary"}')).toBeGreaterThan(
      seriesValue(before, 'nspm_api_db_pool_acquire_seconds_count{pool="primary"}') ?? 0,
    )
  })

  it('counts refusals by the policy that refused', async () => {
    const before = sampleValue(await scrape(api.metricsUrl), 'nspm_api_rate_limit_refusals_total', { policy: 'queries' })
    // The query budget here is 3 a minute per client.
    const statuses: number[] = []
    for (let index = 0; index < 4; index += 1) statuses.push((await post(api.url, { query: '{ regions { slug } }' }, { 'x-forwarded-for': '203.0.113.20' })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const after = await scrape(api.metricsUrl)
    expect(sampleValue(after, 'nspm_api_rate_limit_refusals_total', { policy: 'queries' }) - before).toBe(1)
    expect(sampleValue(after, 'nspm_api_requests_total', { operation: '(anonymous)', outcome: 'rate_limited' })).toBeGreaterThanOrEqual(1)
  })

  it('reports the outbox depth and the age of the oldest waiting email', async () => {
    // A kind no worker renders, so that nothing sends it while the test looks; an hour old.
    const [row] = await sql<{ id: string }>(
      "INSERT INTO nspm_api.outbox (kind, recipient, payload, created_at) VALUES ('metrics-test', 'nobody@example.org', '{}', now() - interval '1 hour') RETURNING id",
    )
    queued.push(Number(row!.id))
    const scraped = await scrape(api.metricsUrl)
    expect(sampleValue(scraped, 'nspm_api_outbox_pending')).toBeGreaterThanOrEqual(1)
    expect(sampleValue(scraped, 'nspm_api_outbox_oldest_pending_age_seconds')).toBeGreaterThanOrEqual(3600)
  })
})
