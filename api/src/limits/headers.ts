import type { ServerResponse } from 'node:http'
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
  response.setHeader('ratelimit-policy', outcomes.map(({ policy }) => `${sfString(policy.name)};q=${policy.quota};w=${policy.windowSeconds}`).join(', '))
  response.setHeader('ratelimit', outcomes.map(({ policy, remaining, resetSeconds }) => `${sfString(policy.name)};r=${remaining};t=${resetSeconds}`).join(', '))
  const refused = outcomes.filter((outcome) => !outcome.allowed)
  if (refused.length > 0) response.setHeader('retry-after', String(Math.max(...refused.map((outcome) => outcome.resetSeconds))))
}

/** 429 when a policy refused the request; a database that is out of reach (503) still says so. */
export function limitedStatus(status: number, limits: RequestLimits): number {
  return limits.refused && status !== 503 ? 429 : status
}

/** An sf-string: quoted, with backslash and double quote escaped (policy names are printable ASCII). */
const sfString = (value: string): string => `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`
