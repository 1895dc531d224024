import { describe, expect, it } from 'vitest'
import { addMonths, isStale, monthsSince, staleCutoff, staleLabel } from '../../cms/coordinators/staleness'

/** The rule behind the list's marker and the dashboard panel: not verified for N months, or never. */
describe('stale coordinator details', () => {
  const now = new Date('2026-11-30T12:00:00Z')

  it('counts whole calendar months', () => {
    expect(monthsSince(new Date('2026-04-30T12:00:00Z'), now)).toBe(7)
    expect(monthsSince(new Date('2026-05-30T12:00:00Z'), now)).toBe(6)
    expect(monthsSince(new Date('2026-05-30T12:00:01Z'), now)).toBe(5)
    expect(monthsSince(new Date('2026-11-01T00:00:00Z'), now)).toBe(0)
    expect(monthsSince(new Date('2027-01-01T00:00:00Z'), now)).toBe(0)
    expect(monthsSince(new Date('2024-11-30T12:00:00Z'), now)).toBe(24)
  })

  it('clamps to the end of shorter months', () => {
    expect(addMonths(new Date('2026-08-31T10:00:00Z'), 6).toISOString()).toBe('2027-02-28T10:00:00.000Z')
    expect(addMonths(new Date('2026-03-31T10:00:00Z'), -1).toISOString()).toBe('2026-02-28T10:00:00.000Z')
    expect(monthsSince(new Date('2026-01-31T00:00:00Z'), new Date('2026-02-28T00:00:00Z'))).toBe(1)
  })

  it('is stale at N months or more, and always when never verified', () => {
    expect(staleCutoff(now, 6).toISOString()).toBe('2026-05-30T12:00:00.000Z')
    expect(isStale('2026-05-30T12:00:00.000Z', now, 6)).toBe(true)
    expect(isStale('2026-05-30T12:00:01.000Z', now, 6)).toBe(false)
    expect(isStale('2026-11-29T00:00:00.000Z', now, 6)).toBe(false)
    expect(isStale(null, now, 6)).toBe(true)
    expect(isStale(undefined, now, 6)).toBe(true)
    expect(isStale('not a date', now, 6)).toBe(true)
    expect(isStale('2026-09-30T12:00:00.000Z', now, 2)).toBe(true)
  })

  it('says how long in both admin languages', () => {
    expect(staleLabel('2026-04-15T00:00:00.000Z', now)).toEqual({ sv: 'Ej kontrollerad på 7 mån', en: 'Not verified for 7 months' })
    expect(staleLabel('2026-10-15T00:00:00.000Z', now).en).toBe('Not verified for 1 month')
    expect(staleLabel(null, now)).toEqual({ sv: 'Aldrig kontrollerad', en: 'Never verified' })
  })
})
