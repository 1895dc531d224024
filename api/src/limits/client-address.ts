import type { IncomingMessage } from 'node:http'
import ipaddr from 'ipaddr.js'
import proxyAddr from 'proxy-addr'

/**
 * Which proxies in front of the API may name the client (TRUST_PROXY): none (the socket's address is the client), a
 * hop count (that many proxies, whatever their addresses), or addresses, CIDR ranges and proxy-addr's names
 * `loopback`, `linklocal` and `uniquelocal`.
 */
export type TrustProxy = false | number | readonly string[]

/**
 * What TRUST_PROXY=true means: proxies on this host or on a private network, which is how docker-compose, Kubernetes
 * and most load balancers reach the API. A client on a private network is then trusted as a proxy too; list the
 * proxies' own addresses where that matters.
 */
export const PRIVATE_NETWORK_PROXIES: readonly string[] = ['loopback', 'linklocal', 'uniquelocal']

/**
 * TRUST_PROXY's text: `false`, `true` (PRIVATE_NETWORK_PROXIES), a hop count, or comma-separated entries. Read by the
 * API's config and by the CMS's HTTP server (runtime/cms-http.ts), so that both name the same client. Throws on an
 * entry proxy-addr cannot parse.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim()
  if (text === 'false') return false
  if (text === 'true') return PRIVATE_NETWORK_PROXIES
  if (/^\d+$/.test(text)) return Number(text)
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  compileTrust(entries)
  return entries
}

/** proxy-addr's trust function: whether the address `hop` steps from the API (0: the socket's peer) is a proxy. */
export type TrustFunction = (address: string, hop: number) => boolean

/** Throws on an entry proxy-addr cannot parse (config.ts reports it at start). */
export function compileTrust(trust: TrustProxy): TrustFunction {
  if (trust === false) return () => false
  if (typeof trust === 'number') return (_address, hop) => hop < trust
  return proxyAddr.compile([...trust])
}

/**
 * The client's address: the right-most X-Forwarded-For entry that is not a trusted proxy, as proxy-addr (Express's
 * `trust proxy`) computes it. Entries left of it were written by the client itself and may be forged, so they never
 * count; without a trusted proxy the header is ignored.
 */
export function clientAddress(request: IncomingMessage, trust: TrustFunction): string {
  // Without the header proxy-addr's answer is the socket's address; most requests (and every direct one) have none.
  if (request.headers['x-forwarded-for'] === undefined) return request.socket.remoteAddress ?? 'unknown'
  return proxyAddr(request, trust) ?? 'unknown'
}

/**
 * The part of a client address that limits count. IPv4 addresses count whole (an IPv4-mapped IPv6 address as its
 * IPv4 address); IPv6 addresses by their /64, the network one household or host gets and can pick addresses in
 * at will, so that rotating through it does not escape a limit.
 */
export function limitedAddress(address: string): string {
  // IPv4 as it comes, without parsing: this runs for every request, cached answers included.
  if (!address.includes(':') || !ipaddr.isValid(address)) return address
  const parsed = ipaddr.process(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`).toString()}/64`
}
