import type { Where } from 'payload'
import { t, type Bilingual } from '../fields/i18n'

/**
 * When a coordinator's contact details count as stale: nobody confirmed them for `months` calendar months, or
 * nobody ever did. Pure (no environment, no clock) so the list cell, the dashboard panel and the unit test
 * share one rule; callers pass `cmsEnv.verifyAfterMonths` and the current time.
 */

/** The same moment `months` calendar months earlier (or later); a day missing in the target month clamps to its last day. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds())
  return target
}

/** Whole calendar months from `since` to `now` (0 for a future date). */
export function monthsSince(since: Date, now: Date): number {
  let months = (now.getUTCFullYear() - since.getUTCFullYear()) * 12 + (now.getUTCMonth() - since.getUTCMonth())
  while (months > 0 && addMonths(since, months) > now) months--
  return Math.max(0, months)
}

/** Verified at or before this moment means stale. */
export const staleCutoff = (now: Date, months: number): Date => addMonths(now, -months)

export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : null
  return date === null || Number.isNaN(date.getTime()) ? null : date
}

export function isStale(lastVerifiedAt: unknown, now: Date, months: number): boolean {
  const date = toDate(lastVerifiedAt)
  return date === null || date <= staleCutoff(now, months)
}

/** The same rule as a Payload query, for the dashboard panel and the list link. */
export const staleWhere = (now: Date, months: number): Where => ({
  or: [{ lastVerifiedAt: { exists: false } }, { lastVerifiedAt: { less_than_equal: staleCutoff(now, months).toISOString() } }],
})

/** "Ej kontrollerad på 7 mån" / "Not verified for 7 months"; never verified has its own words. */
export function staleLabel(lastVerifiedAt: unknown, now: Date): Bilingual {
  const date = toDate(lastVerifiedAt)
  if (date === null) return t('Aldrig kontrollerad', 'Never verified')
  const months = monthsSince(date, now)
  return t(`Ej kontrollerad på ${months} mån`, `Not verified for ${months} month${months === 1 ? '' : 's'}`)
}
