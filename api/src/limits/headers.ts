import type { ServerResponse } from 'node:http'
import type { LimitPolicy } from './policy'
import type { RequestLimits } from './request-limits'

/**
 * The limit headers of a response, after draft-ietf-httpapi-ratelimit-headers-11 (May 2026): `RateLimit-Policy`
 * and `RateLimit` are Structured Field Lists (RFC 9651) of one item per policy the request was counted against,
 * the item a String naming the policy:
 *
 *   RateLimit-Policy: "queries";q=600;w=60, "orders";q=10;w=3600   quota q per window w seconds
 *   RateLimit: "queries";r=599;t=1, "orders";r=9;t=3600             r left, no more than r within the next t seconds
 *
 * A refused request also gets `Retry-After` (seconds) and the status 429. Written here only: resolvers record
 * outcomes on `RequestLimits`, and the HTTP layer calls this for every answer it sends (cached ones included).
 */
export function writeLimitHeaders(response: ServerResponse, limits: RequestLimits): void {
  const outcomes = limits.outcomes
  if (outcomes.length === 0) return
  let policies = ''
  let states = ''
  let retryAfter = 0
  for (const { policy, allowed, remaining, resetSeconds } of outcomes) {
    const { item, field } = policyField(policy)
    policies += policies ? `, ${field}` : field
    states += `${states ? ', ' : ''}${item};r=${remaining};t=${resetSeconds}`
    if (!allowed) retryAfter = Math.max(retryAfter, resetSeconds)
  }
  response.setHeader('ratelimit-policy', policies)
  response.setHeader('ratelimit', states)
  if (retryAfter > 0) response.setHeader('retry-after', String(retryAfter))
}

/** A policy's item and RateLimit-Policy entry, built once: this runs for every cached answer too. */
const fields = new WeakMap<LimitPolicy, { item: string; field: string }>()
function policyField(policy: LimitPolicy): { item: string; field: string } {
  let known = fields.get(policy)
  if (!known) {
    const item = sfString(policy.name)
    known = { item, field: `${item};q=${policy.quota};w=${policy.windowSeconds}` }
    fields.set(policy, known)
  }
  return known
}

/** 429 when a policy refused the request; a database that is out of reach (503) still says so. */
export function limitedStatus(status: number, limits: RequestLimits): number {
  return limits.refused && status !== 503 ? 429 : status
}

/** An sf-string: quoted, with backslash and double quote escaped (policy names are printable ASCII). */
const sfString = (value: string): string => `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`
