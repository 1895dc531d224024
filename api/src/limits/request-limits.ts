import type { Caller } from './caller'
import type { LimitOutcome, LimitPolicy } from './policy'
import type { QueryBudget } from './query-budget'
import { RateLimitedError } from './rate-limited-error'

/**
 * One request's limits: who the caller is, and every policy outcome the request produced. Services count through
 * it (`bucket`, `enforce`); the HTTP layer turns `outcomes` into the status and headers (headers.ts), so no
 * resolver writes a header.
 */
export class RequestLimits {
  private readonly recorded: LimitOutcome[] = []

  constructor(
    readonly caller: Caller,
    private readonly budget?: QueryBudget,
  ) {}

  /** The counter's name: one per policy and caller, e.g. `orders:ip:203.0.113.7`. */
  bucket(policy: LimitPolicy): string {
    return `${policy.name}:${this.caller.id}`
  }

  get outcomes(): readonly LimitOutcome[] {
    return this.recorded
  }

  /** The first refused outcome: the request is answered 429. */
  get refused(): LimitOutcome | undefined {
    return this.recorded.find((outcome) => !outcome.allowed)
  }

  /** Records an outcome for the headers; throws RATE_LIMITED if it was refused. */
  enforce(outcome: LimitOutcome): void {
    this.recorded.push(outcome)
    if (!outcome.allowed) throw new RateLimitedError(outcome)
  }

  /**
   * Counts one query against the caller's query budget, once per request (a cached answer and an executed query
   * alike); throws RATE_LIMITED when it is spent. Nothing happens when the caller has no query policy.
   */
  takeQuery(): void {
    const policy = this.caller.policies.queries
    if (!policy || !this.budget || this.recorded.some((outcome) => outcome.policy === policy)) return
    this.enforce(this.budget.take(this.bucket(policy), policy))
  }
}
