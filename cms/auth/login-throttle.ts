import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { AuthenticationError, type CollectionAfterLoginHook, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'
import { cmsEnv } from '../env'
import { clientAddressOf } from './client-address'
import { accountPart, LOGIN_FAILURES_TABLE, LOGIN_KEY_PREFIX, loginKey } from './login-keys'

/** Five attempts per account and client within ten minutes; the sixth locks that pair for ten minutes. */
const LOGIN_ATTEMPTS = 5
const LOCK_SECONDS = 10 * 60

let limiter: RateLimiterPostgres | undefined
/** One limiter per process, on Payload's own connection pool; the table comes from a migration. */
function limiterFor(req: PayloadRequest): RateLimiterPostgres {
  limiter ??= new RateLimiterPostgres({
    storeClient: req.payload.db.pool,
    storeType: 'pool',
    tableName: LOGIN_FAILURES_TABLE,
    tableCreated: true,
    keyPrefix: LOGIN_KEY_PREFIX,
    points: LOGIN_ATTEMPTS,
    duration: LOCK_SECONDS,
    blockDuration: LOCK_SECONDS,
  })
  return limiter
}

const emailOf = (data: unknown): string | null => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' && email.trim() ? email : null
}

// What Payload spends checking a password (its current pbkdf2 parameters): a refusal without a password check costs
// the same, so that timing tells no more than the answer does.
const hashLikePayload = promisify(pbkdf2)
const spendAPasswordCheck = (password: unknown) => hashLikePayload(typeof password === 'string' ? password : '', randomBytes(32).toString('hex'), 600_000, 32, 'sha256')

/**
 * Counts every login attempt against its account and client before Payload looks at it (REST, the admin's form and
 * GraphQL's loginUser all run this operation); a success clears the count (forgetAttempts). Once the pair is locked,
 * and for an account that does not exist, the answer is Payload's own wrong-password error after the same work, so
 * a locked account looks like a wrong password, and an unknown one like a known one. Other clients are unaffected:
 * whoever guesses from one address cannot lock the owner out at another.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  const email = emailOf(args.data)
  if (!email) return args
  const password = (args.data as { password?: unknown }).password
  const locked = await limiterFor(req)
    .consume(loginKey(cmsEnv.secret, email, clientAddressOf(req)))
    .then(() => false)
    .catch((refusal: unknown) => {
      if (refusal instanceof RateLimiterRes) return true
      throw refusal
    })
  if (locked) {
    await spendAPasswordCheck(password)
    throw new AuthenticationError(req.t)
  }
  const known = await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email.trim().toLowerCase() } } })
  // Payload answers an unknown account without hashing anything: hash here, then let Payload refuse as usual.
  if (!known) await spendAPasswordCheck(password)
  return args
}

/** A successful login clears its pair's count: only failures in a row lock. */
export const forgetAttempts: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = (user as { email?: unknown }).email
  if (typeof email === 'string') await limiterFor(req).delete(loginKey(cmsEnv.secret, email, clientAddressOf(req)))
}

/** Which account's locks an operation lifts: the one an administrator unlocks, or whose owner reset the password. */
function unlockedEmail(operation: string, args: unknown, result: unknown): string | null {
  if (operation === 'unlock') return emailOf((args as { data?: unknown }).data)
  if (operation === 'resetPassword') return emailOf((result as { user?: unknown } | null)?.user)
  return null
}

/**
 * An administrator's unlock (POST /api/users/unlock, admins only) and a password reset (the owner proved the mailbox)
 * lift the account's locks at every client.
 */
export const liftLocks: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  const email = unlockedEmail(operation, args, result)
  if (email) await req.payload.db.pool.query(`DELETE FROM ${LOGIN_FAILURES_TABLE} WHERE key LIKE $1`, [`${LOGIN_KEY_PREFIX}:${accountPart(cmsEnv.secret, email)}:%`])
  return result
}
