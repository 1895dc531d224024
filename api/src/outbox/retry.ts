/**
 * When a failed outbox row (an email, a webhook delivery) is tried next: exponential (`baseMs` doubling up to
 * `maxMs`) or a fixed schedule (the n-th failure waits `scheduleMs[n-1]`, the last step repeating), plus up to 10 %
 * jitter, so that rows that failed together (a relay or a partner down) do not all come back in the same second.
 */
export type Backoff = { baseMs: number; maxMs: number } | { scheduleMs: readonly number[] }

export function retryDelayMs(attempts: number, backoff: Backoff, random: () => number = Math.random): number {
  const failures = Math.max(1, attempts)
  const delay =
    'scheduleMs' in backoff ? (backoff.scheduleMs[Math.min(failures, backoff.scheduleMs.length) - 1] ?? 0) : Math.min(backoff.baseMs * 2 ** (failures - 1), backoff.maxMs)
  return Math.round(delay * (1 + random() * 0.1))
}
