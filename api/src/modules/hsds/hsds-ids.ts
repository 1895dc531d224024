import { createHash } from 'node:crypto'

/**
 * The namespace of NSPM's HSDS ids, drawn once at random. Never change it: every id a partner has stored is derived
 * from it.
 */
const NSPM_HSDS_NAMESPACE = '81b42875-f58b-48de-af3a-ed78e414ed1b'

const namespaceBytes = Buffer.from(NSPM_HSDS_NAMESPACE.replaceAll('-', ''), 'hex')

/**
 * HSDS wants UUIDs; our documents have integer ids per type. A name-based UUID (version 5, RFC 9562) of "type:id"
 * is the same on every replica and every day, and the same document keeps its id across loads, so partners can
 * match records without a table of issued ids.
 */
export function hsdsId(type: string, id: string | number): string {
  const hash = createHash('sha1').update(namespaceBytes).update(`${type}:${id}`).digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
