import { createHmac } from 'node:crypto'

/** Payload's login-failure counters: the table (cms/migrations) and the prefix of every key in it. */
export const LOGIN_FAILURES_TABLE = 'login_failures'
export const LOGIN_KEY_PREFIX = 'login'

// Keyed hashes: the table names neither the staff member's address nor the client's, yet the same pair always
// gives the same key, and every key of one account starts alike (an administrator's unlock lifts them all).
const digest = (secret: string, kind: string, value: string): string => createHmac('sha256', secret).update(`${kind}\0${value}`).digest('hex').slice(0, 32)

/** The part of a key that names the account: lower-cased and trimmed, as Payload compares emails at login. */
export const accountPart = (secret: string, email: string): string => digest(secret, 'account', email.trim().toLowerCase())

/** The key (without rate-limiter-flexible's prefix) of one account tried from one client. */
export const loginKey = (secret: string, email: string, client: string): string => `${accountPart(secret, email)}:${digest(secret, 'client', client)}`
