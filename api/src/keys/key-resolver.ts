import type { IncomingMessage } from 'node:http'
import { API_KEY_PATTERN, hashApiKey } from '../../../cms/api-keys/key'
import type { CallerResolver } from '../limits/caller'
import { InvalidApiKeyError } from './invalid-key-error'
import type { KeyStore } from './key-store'
import type { KeyUsage } from './key-usage'

/** The Bearer token of an Authorization header (RFC 6750 §2.1: the scheme in any case, then one token). */
const BEARER = /^Bearer +(\S+) *$/i

/**
 * Partner keys as a CallerResolver: without an Authorization header the caller is anonymous; with one, it must be
 * `Bearer <an active key>`, which gives the key's caller (its own id and policies). Anything else is refused with
 * API_KEY_INVALID (HTTP 401), never answered anonymously: a partner whose key stopped working must find out, not
 * silently fall back to an anonymous budget. A malformed token is refused without a lookup; a revoked key's
 * attempts are counted for it, so the admin shows a partner that still uses one.
 */
export function keyResolver(keys: KeyStore, usage: KeyUsage): CallerResolver {
  return async (request: IncomingMessage, anonymous) => {
    const header = request.headers.authorization
    if (header === undefined) return anonymous
    const token = BEARER.exec(header)?.[1]
    if (token === undefined) throw new InvalidApiKeyError('scheme')
    if (!API_KEY_PATTERN.test(token)) throw new InvalidApiKeyError('token')
    const key = await keys.lookup(hashApiKey(token))
    if (key.state === 'active') {
      usage.count(key.keyId, 'requests')
      return key.caller
    }
    if (key.state === 'revoked') usage.count(key.keyId, 'refused')
    throw new InvalidApiKeyError('token')
  }
}
