import { lookup } from 'node:dns/promises'
import ipaddr from 'ipaddr.js'

/**
 * Where webhooks may be sent (SSRF): only to global unicast addresses, so that nobody who can register an endpoint
 * can make the platform POST into its own network. The same rule runs when an endpoint is saved (cms) and at every
 * delivery on the addresses the host resolves to then (api), because DNS may answer differently later.
 *
 * - Always refused: unspecified, broadcast, multicast, link-local (169.254/16 and fe80::/10, where cloud metadata
 *   services answer), documentation, benchmarking and the other special-purpose ranges, and addresses embedding an
 *   IPv4 address (NAT64, 6to4, Teredo), whose IPv4 part could be anything.
 * - Refused unless the endpoint allows private network addresses (an administrator's explicit choice, for a
 *   partner inside the government network or a test receiver): loopback, RFC 1918, IPv6 unique local, CGNAT.
 * IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are judged as the IPv4 address they are.
 */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat'])

export type AddressVerdict = { allowed: true } | { allowed: false; range: string }

export function judgeAddress(address: string, allowPrivate: boolean): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, range: 'invalid' }
  const range = ipaddr.process(address).range()
  if (range === 'unicast' || (allowPrivate && PRIVATE_RANGES.has(range))) return { allowed: true }
  return { allowed: false, range }
}

/** A URL's host as an IP address (without IPv6 brackets), or null for a name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null
}

export type ResolvedAddress = { address: string; family: 4 | 6 }
export type HostVerdict =
  { allowed: true; addresses: ResolvedAddress[] } | { allowed: false; reason: 'refused'; address: string; range: string } | { allowed: false; reason: 'unresolved'; code: string }

/**
 * Every address the host resolves to must pass: a name with one public and one private address is refused, since
 * which of them a connection uses is not ours to choose. The addresses returned are the ones to connect to.
 */
export async function judgeHost(hostname: string, allowPrivate: boolean, timeoutMs: number): Promise<HostVerdict> {
  const literal = ipLiteral(hostname)
  let addresses: { address: string; family: number }[]
  if (literal) {
    addresses = [{ address: literal, family: literal.includes(':') ? 6 : 4 }]
  } else {
    try {
      addresses = await withTimeout(lookup(hostname, { all: true, verbatim: true }), timeoutMs)
    } catch (error) {
      const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'ETIMEOUT'
      return { allowed: false, reason: 'unresolved', code }
    }
    if (addresses.length === 0) return { allowed: false, reason: 'unresolved', code: 'ENODATA' }
  }
  for (const { address } of addresses) {
    const verdict = judgeAddress(address, allowPrivate)
    if (!verdict.allowed) return { allowed: false, reason: 'refused', address, range: verdict.range }
  }
  return { allowed: true, addresses: addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 })) }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('DNS lookup timed out'), { code: 'ETIMEOUT' })), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
