import { LRUCache } from 'lru-cache'
import type { LimitOutcome, LimitPolicy } from './policy'

/** Callers remembered at once; an evicted caller starts with a full budget again, which errs on the lenient side. */
const MAX_CALLERS = 50_000

/**
 * The per-caller query budget, in this process's memory: GCRA (the generic cell rate algorithm, a token bucket
 * kept as one "theoretical arrival time" per caller), so a check is a map lookup and some arithmetic.
 *
 * Why in memory and per replica: cached answers are served at about 14,000 requests a second before GraphQL runs;
 * a shared counter in PostgreSQL would add a write to every read and cap that at the database's write rate. The
 * budget is there to keep one client from taking a replica's capacity, not to meter use, so each replica keeps
 * its own (behind N replicas a client may get up to N times the quota). Why GCRA and not the sliding log used in
 * PostgreSQL: its state is one number whatever the quota, and a partner key's quota may be in the thousands. It
 * lets the quota through at once and refills it evenly over the window, so `resetSeconds` is the time until the
 * next unit is back, which is exactly when a refused request can succeed.
 */
export class QueryBudget {
  /** Per bucket: the time (ms) at which its budget would be whole again; changed in place, so one lookup a request. */
  private readonly full = new LRUCache<string, { at: number }>({ max: MAX_CALLERS })

  constructor(private readonly now: () => number = Date.now) {}

  take(bucket: string, policy: LimitPolicy): LimitOutcome {
    const now = this.now()
    const window = policy.windowSeconds * 1000
    const interval = window / policy.quota
    let state = this.full.get(bucket)
    if (!state) this.full.set(bucket, (state = { at: now }))
    const debt = Math.max(state.at, now) - now + interval
    if (debt > window + EPSILON) return { policy, allowed: false, remaining: 0, resetSeconds: seconds(debt - window) }
    state.at = now + debt
    const remaining = Math.floor((window - debt) / interval + EPSILON)
    // The next unit is back once the debt has shrunk to what `remaining + 1` units leave room for.
    return { policy, allowed: true, remaining, resetSeconds: seconds(debt - (window - (remaining + 1) * interval)) }
  }
}

/** Quotas that do not divide the window leave rounding errors in the intervals; they must not cost a unit. */
const EPSILON = 1e-6
const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000))
