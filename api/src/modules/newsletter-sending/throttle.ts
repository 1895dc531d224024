/**
 * NEWSLETTER_SEND_RATE as slots: one message every `intervalMs` (0: unthrottled). The next free slot is kept in
 * the send's row, so replicas and restarts share it. A slot in the past is not credit: after a pause, a crash or
 * an idle poll the next message goes now and the rest follow at the rate, never in a burst.
 */
export type Throttle = { intervalMs: number }

/** Deliveries are claimed at most this far ahead of their slot, so that a claim serves several messages. */
const HORIZON_MS = 1_000

export const throttleOf = (messagesPerMinute: number): Throttle => ({ intervalMs: messagesPerMinute > 0 ? 60_000 / messagesPerMinute : 0 })

/** How many deliveries to take now (at most `lanes`) and the time of the first one's slot; or how long to wait. */
export function nextSlots(throttle: Throttle, row: { nowMs: number; nextSlotMs: number | null }, lanes: number): { count: number; firstMs: number } | { waitMs: number } {
  if (throttle.intervalMs === 0) return { count: lanes, firstMs: row.nowMs }
  const firstMs = Math.max(row.nextSlotMs ?? row.nowMs, row.nowMs)
  if (firstMs > row.nowMs + HORIZON_MS) return { waitMs: Math.ceil(firstMs - row.nowMs - HORIZON_MS) }
  return { count: Math.min(lanes, Math.floor((row.nowMs + HORIZON_MS - firstMs) / throttle.intervalMs) + 1), firstMs }
}
