import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../api/src/config'
import { clientAddress, compileTrust, limitedAddress } from '../../api/src/limits/client-address'

/**
 * Which address limits count, for each TRUST_PROXY setting: a real HTTP server on loopback (the proxy in front of
 * the API is this test, at 127.0.0.1) answers the client address it computed from the socket and X-Forwarded-For.
 */
const servers: Server[] = []
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))))

async function clientAs(trustProxy: string): Promise<(forwardedFor?: string) => Promise<string>> {
  const trust = compileTrust(loadConfig({ DATABASE_URL: 'postgres://localhost/x', TRUST_PROXY: trustProxy }).trustProxy)
  const server = createServer((request, response) => response.end(clientAddress(request, trust)))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return async (forwardedFor) => (await fetch(url, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} })).text()
}

describe('the client address behind proxies (proxy-addr)', () => {
  it("is the socket's address when no proxy is trusted (TRUST_PROXY=false), whatever X-Forwarded-For says", async () => {
    const seen = await clientAs('false')
    expect(await seen()).toBe('127.0.0.1')
    expect(await seen('203.0.113.9')).toBe('127.0.0.1')
  })

  it('is the right-most address that is not a proxy on this host or a private network (TRUST_PROXY=true)', async () => {
    const seen = await clientAs('true')
    expect(await seen()).toBe('127.0.0.1')
    expect(await seen('203.0.113.9')).toBe('203.0.113.9')
    // A client that writes its own first entry: the proxy appends what it saw, and that is the client.
    expect(await seen('198.51.100.1, 203.0.113.9')).toBe('203.0.113.9')
    // Behind two proxies (an internal load balancer at 10.0.0.5 in front of this one).
    expect(await seen('198.51.100.1, 203.0.113.9, 10.0.0.5')).toBe('203.0.113.9')
    // Garbage in the client's own part does not matter either.
    expect(await seen('not an address, 203.0.113.9')).toBe('203.0.113.9')
  })

  it('counts hops when TRUST_PROXY is a number', async () => {
    const one = await clientAs('1')
    expect(await one('198.51.100.1, 203.0.113.9')).toBe('203.0.113.9')
    const two = await clientAs('2')
    expect(await two('198.51.100.1, 203.0.113.9')).toBe('198.51.100.1')
  })

  it('trusts exactly the listed addresses and ranges', async () => {
    const seen = await clientAs('loopback, 10.0.0.0/8')
    expect(await seen('203.0.113.9, 10.0.0.5')).toBe('203.0.113.9')
    // 192.168.1.1 is not on the list: it is the client, and what it claims to forward is ignored.
    expect(await seen('203.0.113.9, 192.168.1.1')).toBe('192.168.1.1')
  })

  it('counts an IPv6 client by its /64, so rotating addresses within it does not escape a limit', () => {
    expect(limitedAddress('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(limitedAddress('2001:db8:1:2:a:b:c:d')).toBe('2001:db8:1:2::/64')
    expect(limitedAddress('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64')
    expect(limitedAddress('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(limitedAddress('203.0.113.9')).toBe('203.0.113.9')
  })

  it('refuses a TRUST_PROXY that proxy-addr cannot read', () => {
    for (const value of ['yes', 'loopback, 300.1.1.1', '10.0.0.0/99']) {
      expect(() => loadConfig({ DATABASE_URL: 'postgres://localhost/x', TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY/)
    }
  })
})
