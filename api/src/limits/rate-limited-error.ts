import { ApiError } from '../common/errors'
import type { LimitOutcome } from './policy'

/**
 * RATE_LIMITED: the request is over one of the caller's policies. `retryAfter` is the seconds until the policy has
 * room again (not the whole window); `retryAfterSeconds` is the same number under the name clients read before
 * (deprecated, see CHANGELOG.md). The response is HTTP 429 with Retry-After and the RateLimit headers.
 */
export class RateLimitedError extends ApiError {
  constructor(outcome: LimitOutcome) {
    const { name, quota, windowSeconds } = outcome.policy
    super('RATE_LIMITED', `Too many requests: the "${name}" limit allows ${quota} every ${windowSeconds} seconds. Retry after ${outcome.resetSeconds} seconds.`, {
      policy: name,
      retryAfter: outcome.resetSeconds,
      retryAfterSeconds: outcome.resetSeconds,
    })
  }
}
