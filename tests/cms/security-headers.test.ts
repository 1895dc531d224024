import { describe, expect, inject, it } from 'vitest'

/** What every answer of the CMS carries, whatever produced it: the admin's pages, Payload's REST, errors, static files. */
const cms = inject('cmsUrl')

async function headersOf(path: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${cms}${path}`, { redirect: 'manual', ...init })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

function expectSecurityHeaders(headers: Headers, label: string): void {
  const csp = headers.get('content-security-policy') ?? ''
  expect(csp, label).toContain("frame-ancestors 'none'")
  expect(csp, label).toContain("default-src 'self'")
  expect(csp, label).toContain("object-src 'none'")
  expect(headers.get('x-frame-options'), label).toBe('DENY')
  expect(headers.get('x-content-type-options'), label).toBe('nosniff')
  // The password-reset page has its token in the URL: no other site may see it in a Referer.
  expect(headers.get('referrer-policy'), label).toBe('same-origin')
}

describe("the CMS's security headers", () => {
  it('are on the admin pages, the password-reset page with its token, and the static files they load', async () => {
    const login = await headersOf('/admin/login')
    expect(login.status).toBe(200)
    expectSecurityHeaders(login.headers, '/admin/login')
    expectSecurityHeaders((await headersOf('/admin/reset/0123456789abcdef')).headers, '/admin/reset/<token>')
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(login.text)?.[1]
    expect(script).toBeDefined()
    const asset = await headersOf(script!)
    expect(asset.status).toBe(200)
    expectSecurityHeaders(asset.headers, script!)
  })

  it.each([
    ['REST JSON', '/api/regions?limit=1', 'GET', 200],
    ['a refusal', '/api/users', 'GET', 403],
    ['an unknown route', '/api/no-such-collection', 'GET', 404],
    ['an unknown page', '/no-such-page', 'GET', 404],
    ['a preflight', '/api/users/me', 'OPTIONS', 200],
    ['GraphQL', '/api/graphql', 'POST', 200],
  ])('are on %s (%s)', async (_what, path, method, status) => {
    const init: RequestInit = method === 'POST' ? { method, headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } : { method }
    const answer = await headersOf(path, method === 'OPTIONS' ? { method, headers: { origin: new URL(cms).origin, 'access-control-request-method': 'GET' } } : init)
    expect(answer.status).toBe(status)
    expectSecurityHeaders(answer.headers, path)
  })
})
