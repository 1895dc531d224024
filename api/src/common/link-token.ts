import { createHash, randomBytes } from 'node:crypto'

/**
 * The secret in an emailed link (newsletter, coordinator checks): 256 random bits, base64url. Only its SHA-256 is
 * stored, so a database leak yields no working links, and it is created when the email is rendered, so the raw
 * token never rests in the outbox either.
 */
export const newLinkToken = (): string => randomBytes(32).toString('base64url')

export const linkTokenHash = (token: string): Buffer => createHash('sha256').update(token).digest()

/** Whether a string can be a token at all: anything else is refused before it reaches SQL. */
export const isLinkTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{20,100}$/.test(token)
