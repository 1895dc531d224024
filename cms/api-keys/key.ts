import { hash, randomBytes } from 'node:crypto'

/**
 * A partner API key is `nspm_<public id>_<secret>`: 12 hex digits that name the key without granting anything (the
 * admin, the logs and a partner's support request can say "nspm_3f9a1c07e2b4"), then 256 random bits as 64 hex
 * digits. The fixed prefix and shape let secret scanners (GitHub's custom patterns, gitleaks) find a leaked key with
 * API_KEY_SCAN_PATTERN, and hex survives copying, double-click selection, URLs and shells unchanged.
 *
 * Stored as SHA-256 only, never in plaintext. Why not bcrypt or argon2: they slow down guessing a low-entropy
 * password, and a 256-bit random key cannot be guessed whatever the hash costs; a slow, salted hash would only
 * cost every request tens of milliseconds of CPU and rule out finding a key by its hash (an index). Unsalted for
 * the same reason: salts defeat precomputed tables, which cannot cover 2^256 keys.
 */
const API_KEY_PREFIX = 'nspm_'
const PUBLIC_ID_BYTES = 6
const SECRET_BYTES = 32

/** A whole key; the group is its public id. */
export const API_KEY_PATTERN = /^nspm_([0-9a-f]{12})_[0-9a-f]{64}$/
/** For secret scanners: the same shape, unanchored. */
export const API_KEY_SCAN_PATTERN = 'nspm_[0-9a-f]{12}_[0-9a-f]{64}'

export type IssuedKey = { key: string; publicId: string; hash: string }

export function generateApiKey(): IssuedKey {
  const publicId = randomBytes(PUBLIC_ID_BYTES).toString('hex')
  const key = `${API_KEY_PREFIX}${publicId}_${randomBytes(SECRET_BYTES).toString('hex')}`
  return { key, publicId, hash: hashApiKey(key) }
}

/** The stored form: SHA-256 of the whole key, as 64 hex digits (one-shot `hash`: a third of createHash's cost per request). */
export const hashApiKey = (key: string): string => hash('sha256', key, 'hex')

/** How a key is named where it must not be shown: its prefix and public id. */
export const keyName = (publicId: string): string => `${API_KEY_PREFIX}${publicId}`
