import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { DATA_DIR } from '../../runtime/paths'
import { post, startObservedApi, type ObservedApi } from './observed-api'

const REGIONS = { query: 'query RegionNames { regions { slug } }' }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/** The API's log as an operator reads it: JSON lines, one access line per request, a request id, no personal data. */
describe('API logs', () => {
  let api: ObservedApi
  beforeAll(async () => {
    api = await startObservedApi()
  })
  afterAll(() => api?.stop())

  const accessLine = async (requestId: string) => (await api.logs()).find((line) => line.msg === 'request' && line.requestId === requestId)

  it('writes every line as JSON with time, level and msg', async () => {
    expect((await fetch(api.url.replace('/graphql', '/health/live'))).status).toBe(200)
    const lines = await api.logs()
    // Every line of the process, not only those that look like JSON.
    expect(lines).toHaveLength(api.output.length)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) {
      expect(Math.abs(Number(line.time) - Date.now())).toBeLessThan(600_000)
      expect(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).toContain(line.level)
      expect(typeof line.msg).toBe('string')
    }
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'API listening', name: 'api' }))
  })

  it('logs one access line per request, with the id its X-Request-Id header carried', async () => {
    const first = await post(api.url, REGIONS, { 'x-forwarded-for': '198.51.100.1' })
    const second = await post(api.url, REGIONS, { 'x-forwarded-for': '198.51.100.1' })
    expect([first.status, second.status]).toEqual([200, 200])
    expect(second.headers.get('x-cache')).toBe('HIT')
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')]
    for (const id of ids) expect(id).toMatch(UUID)
    expect(ids[0]).not.toBe(ids[1])
    const lines = (await api.logs()).filter((line) => line.msg === 'request' && ids.includes(String(line.requestId)))
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', operation: 'RegionNames', status: 200, requestId: ids[0] })
    expect(lines[1]).toMatchObject({ operation: 'RegionNames', status: 200, cache: 'hit', requestId: ids[1] })
    for (const line of lines) expect(line.durationMs).toBeTypeOf('number')
  })

  it('keeps a sane X-Request-Id and replaces one that is not', async () => {
    const given = `trace-${randomBytes(6).toString('hex')}:1.2`
    const kept = await post(api.url, REGIONS, { 'x-request-id': given, 'x-forwarded-for': '198.51.100.2' })
    expect(kept.headers.get('x-request-id')).toBe(given)
    expect(await accessLine(given)).toMatchObject({ status: 200 })

    for (const bad of ['has space', 'x'.repeat(129), 'quote"and{brace}', '../etc/passwd?x=1']) {
      const replaced = await fetch(api.url.replace('/graphql', '/health/live'), { headers: { 'x-request-id': bad } })
      expect(replaced.headers.get('x-request-id')).toMatch(UUID)
      expect(api.output.join('\n')).not.toContain(bad)
    }
  })

  it('answers X-Request-Id on preflights, refusals and errors, and puts it in every error', async () => {
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-request-id' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('x-request-id')).toMatch(UUID)
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-request-id')
    const invalid = await post(api.url, { query: '{ regions { nope } }' }, { 'x-request-id': 'client-error-1', 'x-forwarded-for': '198.51.100.3' })
    expect(invalid.status).toBe(400)
    expect(invalid.headers.get('access-control-expose-headers')).toContain('X-Request-Id')
    const body = (await invalid.json()) as { errors: { extensions: Record<string, unknown> }[] }
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'client-error-1' })
    expect(await accessLine('client-error-1')).toMatchObject({ status: 400, outcome: 'client_error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] })
    // Lines are written in order: with the later request's line there, the preflight's would be too. It is counted only.
    expect(await accessLine(preflight.headers.get('x-request-id')!)).toBeUndefined()
    // Bad JSON is answered by the server before Apollo: the same id in the header and the error.
    const malformed = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })
    const malformedBody = (await malformed.json()) as { errors: { extensions: Record<string, unknown> }[] }
    expect(malformedBody.errors[0]?.extensions).toEqual({ code: 'BAD_REQUEST', requestId: malformed.headers.get('x-request-id') })
  })

  it('writes no address, variable or query text of a subscription anywhere in the log', async () => {
    const local = `obs.${randomBytes(5).toString('hex')}`
    const email = `${local}@example.org`
    const source = `consent-${randomBytes(4).toString('hex')}`
    const input = { email, topics: ['NEWS'], locale: 'SV', consent: { given: true, textVersion: 'v1', source } }
    const answered = await post(
      api.url,
      { query: 'mutation Subscribe($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted } }', variables: { input } },
      { 'x-forwarded-for': '198.51.100.4' },
    )
    expect(answered.status).toBe(200)
    const id = answered.headers.get('x-request-id')!
    // The same address as a literal in the query text, and as a bad value that graphql-js would quote.
    await post(
      api.url,
      { query: `mutation { subscribeToNewsletter(input: { email: "${email}", topics: [NEWS], consent: { given: true, textVersion: "v1", source: "${source}" } }) { accepted } }` },
      { 'x-forwarded-for': '198.51.100.4' },
    )
    await post(
      api.url,
      { query: 'mutation Subscribe($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted } }', variables: { input: { ...input, topics: [email] } } },
      { 'x-forwarded-for': '198.51.100.4' },
    )
    expect(await accessLine(id)).toMatchObject({ operation: 'Subscribe', status: 200 })
    const everything = api.output.join('\n')
    for (const secret of [email, local, source, '198.51.100.4', 'variables', 'subscribeToNewsletter(']) expect(everything).not.toContain(secret)
  })
})

/** The CMS started by the suite (global-setup.ts writes its output to .data/test-logs/cms.log). */
describe('CMS logs', () => {
  it("writes Payload's lines as JSON with time and level", async () => {
    const file = path.join(DATA_DIR, 'test-logs', 'cms.log')
    const payloadLines = async () => (await readFile(file, 'utf8')).split('\n').filter((line) => line.startsWith('{'))
    const before = (await payloadLines()).length
    // Payload logs a request for a missing document (its NotFound error).
    expect((await fetch(`${inject('cmsUrl')}/api/regions/987654321`)).status).toBe(404)
    await expect.poll(async () => (await payloadLines()).length, { timeout: 5_000 }).toBeGreaterThan(before)
    for (const line of await payloadLines()) {
      const entry = JSON.parse(line) as Record<string, unknown>
      expect(entry).toMatchObject({ name: 'cms' })
      expect(Math.abs(Number(entry.time) - Date.now())).toBeLessThan(3_600_000)
      expect(typeof entry.level).toBe('string')
    }
  })
})
