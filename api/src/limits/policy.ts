/**
 * A quota policy, as the RateLimit-Policy header states it: at most `quota` units in any `windowSeconds`. The name
 * is what clients see in the headers and in `extensions.policy`.
 */
export type LimitPolicy = { readonly name: string; readonly quota: number; readonly windowSeconds: number }

/**
 * The limits one caller works under. `queries` is optional: without it (API_QUERIES_PER_MINUTE=0) queries are not
 * counted at all. Partner keys bring their own, higher policies through the same shape (see caller.ts).
 */
export type LimitPolicies = {
  readonly queries?: LimitPolicy
  readonly orders: LimitPolicy
  readonly subscriptions: LimitPolicy
}

/** What a client is told about one policy after a request: the draft's `r` and `t` (see headers.ts). */
export type LimitOutcome = {
  readonly policy: LimitPolicy
  readonly allowed: boolean
  /** Units left in the window after this request. */
  readonly remaining: number
  /** Seconds until a counted unit leaves the window: when refused, the time until a retry can succeed. */
  readonly resetSeconds: number
}

/** Material orders ship paper: generous for an office behind one NAT, tight enough to stop a script. */
export const ANONYMOUS_ORDERS: LimitPolicy = { name: 'orders', quota: 10, windowSeconds: 3600 }
/** Every accepted subscription may send an email. */
export const ANONYMOUS_SUBSCRIPTIONS: LimitPolicy = { name: 'subscriptions', quota: 20, windowSeconds: 3600 }

/**
 * The pages behind a coordinator check's link (GET and POST alike): a coordinator needs a handful of requests; this
 * stops a script guessing tokens or filling the proposals table from one address.
 */
export const COORDINATOR_CHECK_PAGES: LimitPolicy = { name: 'coordinator-check', quota: 30, windowSeconds: 600 }

/**
 * Queries per minute for a client without a key (API_QUERIES_PER_MINUTE), per replica: a page load is a handful of
 * queries and browsers keep answers for a minute, so this leaves room for an office of people behind one address
 * and stops a script that walks the API as fast as it can.
 */
export const DEFAULT_QUERIES_PER_MINUTE = 600

/** The limits of a client without a key; `queriesPerMinute` 0 leaves queries uncounted. */
export function anonymousPolicies(queriesPerMinute: number): LimitPolicies {
  return {
    queries: queriesPerMinute > 0 ? { name: 'queries', quota: queriesPerMinute, windowSeconds: 60 } : undefined,
    orders: ANONYMOUS_ORDERS,
    subscriptions: ANONYMOUS_SUBSCRIPTIONS,
  }
}
