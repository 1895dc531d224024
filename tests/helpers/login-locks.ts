import { inject } from 'vitest'
import { accountPart, LOGIN_FAILURES_TABLE, LOGIN_KEY_PREFIX } from '../../cms/auth/login-keys'
import { sql } from './sql'

/** The rows of the CMS's login-failure counters (cms/auth/login-keys.ts) for one account, at every client. */
const accountKeys = (email: string) => `${LOGIN_KEY_PREFIX}:${accountPart(inject('payloadSecret'), email)}:%`

export const locksOf = (email: string) => sql<{ points: number; expire: string }>(`SELECT points, expire FROM ${LOGIN_FAILURES_TABLE} WHERE key LIKE $1`, [accountKeys(email)])

/** Ten minutes pass for the account's locks: they expire now instead of waiting for them. */
export const expireLocksOf = (email: string) => sql(`UPDATE ${LOGIN_FAILURES_TABLE} SET expire = 0 WHERE key LIKE $1`, [accountKeys(email)])
