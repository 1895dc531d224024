import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * Signing secrets in the Standard Webhooks format (`whsec_` + base64 of 24–64 random bytes; ours are 32), and how
 * they are kept at rest.
 *
 * HMAC needs the key itself, so a secret cannot be stored as a hash the way passwords and API keys are. It is
 * sealed instead with AES-256-GCM under WEBHOOK_SECRETS_KEY, a key that only the CMS and the API processes hold
 * (environment, never the database): a database dump, a backup, a read replica or an SQL injection in some read
 * path then yields ciphertext that signs nothing. The endpoint's id is the additional authenticated data, so a
 * sealed secret copied onto another endpoint's row does not open. Whoever holds both the key and the database can
 * sign; that is the API worker's job and nobody else's.
 */
const SECRET_PREFIX = 'whsec_'
const SECRET_BYTES = 32
const SEALED_VERSION = 'v1'

export function generateSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64')
}

/** The HMAC key of a `whsec_` secret: its decoded bytes, which must be 24 to 64 of them. */
export function signingKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('a signing secret starts with whsec_')
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
  if (key.length < 24 || key.length > 64) throw new Error('a signing secret holds 24 to 64 bytes')
  return key
}

/** WEBHOOK_SECRETS_KEY: 32 bytes, written as base64 (`openssl rand -base64 32`) or hex (`openssl rand -hex 32`). */
export function parseSecretsKey(value: string): Buffer | null {
  const trimmed = value.trim()
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64')
  return key.length === 32 ? key : null
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url parts): sealed for one endpoint. */
export function sealSecret(secret: string, key: Buffer, endpointId: number): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(`webhook-endpoint:${endpointId}`))
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [SEALED_VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.')
}

/** Throws when the key is not the one it was sealed with, or the value was altered or belongs to another endpoint. */
export function openSecret(sealed: string, key: Buffer, endpointId: number): string {
  const [version, iv, tag, data] = sealed.split('.')
  if (version !== SEALED_VERSION || !iv || !tag || data === undefined) throw new Error('not a sealed webhook secret')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
  decipher.setAAD(Buffer.from(`webhook-endpoint:${endpointId}`))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}
