import { describe, expect, inject, it } from 'vitest'

/** What every answer of the public API carries: nosniff and no framing everywhere, no-store on what must not be kept. */
const graphql = inject('apiUrl')
const base = new URL(graphql).origin

async function answer(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers }> {
  const response = await fetch(`${base}${path}`, init)
  await response.arrayBuffer()
  return { status: response.status, headers: response.headers }
}

const post = (body: string): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body })

describe("the API's security headers", () => {
  it.each([
    ['a query', '/graphql', post('{"query":"{ __typename }"}'), 200, null],
    ['a GraphQL syntax error', '/graphql', post('{"query":"{"}'), 400, 'no-store'],
    ['malformed JSON', '/graphql', post('{'), 400, 'no-store'],
    ['a body over the limit', '/graphql', post(`{"query":"${'x'.repeat(70 * 1024)}"}`), 413, 'no-store'],
    ['an unknown route', '/no-such-route', {}, 404, 'no-store'],
    ['a preflight', '/graphql', { method: 'OPTIONS', headers: { origin: 'https://www.example.se', 'access-control-request-method': 'POST' } }, 204, 'no-store'],
    ['the liveness check', '/health/live', {}, 200, 'no-store'],
    ['a newsletter page with a token', '/newsletter/confirm?token=not-a-token', {}, 200, 'no-store'],
    ['the newsletter archive', '/newsletter/issues', {}, 200, 'max-age=60, public'],
    ['an unknown archived issue', '/newsletter/issues/no-such-issue', {}, 404, 'no-store'],
  ])('nosniff and no framing on %s', async (_what, path, init, status, cacheControl) => {
    const { status: actual, headers } = await answer(path, init)
    expect(actual).toBe(status)
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('x-frame-options')).toBe('DENY')
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(headers.get('referrer-policy')).toBe('no-referrer')
    if (cacheControl) expect(headers.get('cache-control')).toBe(cacheControl)
  })

  it('lets a JSON answer load nothing, and keeps a cacheable query cacheable', async () => {
    const { headers } = await answer('/graphql', post('{"query":"{ __typename }"}'))
    expect(headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(headers.get('cache-control')).toMatch(/max-age=\d+, public/)
  })
})
