import { describe, expect, it } from 'vitest'
import { openingState, swedishHoliday, type OpeningHoursRule } from '../../api/src/modules/support-line/opening-hours'
import { stockholmDate, stockholmToUtc } from '../../api/src/modules/support-line/stockholm-time'

// Instants are written in UTC. Stockholm is UTC+1 in winter (CET) and UTC+2 in summer (CEST);
// in 2026 summer time runs from Sunday 29 March to Sunday 25 October.
const weekdays: OpeningHoursRule[] = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '16:00' }]
const at = (iso: string): Date => new Date(iso)
const stateAt = (iso: string, closedOnPublicHolidays = true) => openingState(weekdays, closedOnPublicHolidays, at(iso))

describe('openingState on ordinary days', () => {
  it('is open on a weekday at 10:00 and closes at 16:00 the same day', () => {
    // Wednesday 2026-12-02 10:00 CET
    expect(stateAt('2026-12-02T09:00:00Z')).toEqual({
      isOpenNow: true,
      closesAt: at('2026-12-02T15:00:00Z'),
      nextOpensAt: at('2026-12-03T07:00:00Z'),
      closedForHoliday: null,
    })
  })

  it('is closed on a weekday evening and opens at 08:00 the next weekday', () => {
    // Wednesday 2026-12-02 20:00 CET
    expect(stateAt('2026-12-02T19:00:00Z')).toEqual({
      isOpenNow: false,
      closesAt: null,
      nextOpensAt: at('2026-12-03T07:00:00Z'),
      closedForHoliday: null,
    })
  })

  it('is closed on a Saturday and opens on Monday at 08:00', () => {
    // Saturday 2026-12-05 12:00 CET
    const state = stateAt('2026-12-05T11:00:00Z')
    expect(state.isOpenNow).toBe(false)
    expect(state.nextOpensAt).toEqual(at('2026-12-07T07:00:00Z'))
  })

  it('treats the closing time as exclusive and the opening time as inclusive', () => {
    expect(stateAt('2026-12-02T15:00:00Z')).toMatchObject({ isOpenNow: false, nextOpensAt: at('2026-12-03T07:00:00Z') })
    expect(stateAt('2026-12-02T14:59:59Z').isOpenNow).toBe(true)
    expect(stateAt('2026-12-02T06:59:00Z')).toMatchObject({ isOpenNow: false, nextOpensAt: at('2026-12-02T07:00:00Z') })
    expect(stateAt('2026-12-02T07:00:00Z').isOpenNow).toBe(true)
  })
})

describe('openingState on Swedish holidays', () => {
  it('is closed on Midsommarafton and opens again on Monday', () => {
    // Friday 2026-06-19 10:00 CEST; Midsommardagen is the Saturday
    expect(stateAt('2026-06-19T08:00:00Z')).toEqual({
      isOpenNow: false,
      closesAt: null,
      nextOpensAt: at('2026-06-22T06:00:00Z'),
      closedForHoliday: 'Midsommarafton',
    })
  })

  it('is closed over Christmas and opens on Monday 28 December', () => {
    // Thursday 24 and Friday 25 December 2026; Annandag jul (26th) is a Saturday
    expect(stateAt('2026-12-24T09:00:00Z')).toMatchObject({
      isOpenNow: false,
      closedForHoliday: 'Julafton',
      nextOpensAt: at('2026-12-28T07:00:00Z'),
    })
    expect(stateAt('2026-12-25T09:00:00Z')).toMatchObject({
      isOpenNow: false,
      closedForHoliday: 'Juldagen',
      nextOpensAt: at('2026-12-28T07:00:00Z'),
    })
  })

  it('reports the holiday all day, not only during opening hours', () => {
    expect(stateAt('2026-12-24T19:00:00Z').closedForHoliday).toBe('Julafton')
  })

  it('skips Nyårsafton and Nyårsdagen across the year boundary', () => {
    // Thursday 2026-12-31 10:00 CET; Friday 2027-01-01 is Nyårsdagen
    expect(stateAt('2026-12-31T09:00:00Z')).toMatchObject({
      isOpenNow: false,
      closedForHoliday: 'Nyårsafton',
      nextOpensAt: at('2027-01-04T07:00:00Z'),
    })
  })

  it('closes for Långfredagen and Annandag påsk but not for Skärtorsdagen', () => {
    // Easter 2026: Thursday 2 April is an observance only, Friday 3 and Monday 6 April are public holidays
    expect(stateAt('2026-04-02T08:00:00Z').isOpenNow).toBe(true)
    expect(stateAt('2026-04-03T08:00:00Z')).toMatchObject({
      isOpenNow: false,
      closedForHoliday: 'Långfredagen',
      nextOpensAt: at('2026-04-07T06:00:00Z'),
    })
  })

  it('does not blame a Sunday holiday for a closure the weekday rules already make', () => {
    // Påskdagen, Sunday 2026-04-05
    expect(stateAt('2026-04-05T10:00:00Z')).toMatchObject({ isOpenNow: false, closedForHoliday: null })
  })

  it('opens on holidays when closedOnPublicHolidays is false', () => {
    // Juldagen, Friday 2026-12-25 10:00 CET
    expect(stateAt('2026-12-25T09:00:00Z', false)).toEqual({
      isOpenNow: true,
      closesAt: at('2026-12-25T15:00:00Z'),
      nextOpensAt: at('2026-12-28T07:00:00Z'),
      closedForHoliday: null,
    })
  })
})

describe('openingState across daylight saving changes', () => {
  it('uses UTC+2 on the Monday after the spring change', () => {
    // Monday 2026-03-30 08:30 CEST
    expect(stateAt('2026-03-30T06:30:00Z')).toEqual({
      isOpenNow: true,
      closesAt: at('2026-03-30T14:00:00Z'),
      nextOpensAt: at('2026-03-31T06:00:00Z'),
      closedForHoliday: null,
    })
  })

  it('finds Monday 08:00 CEST from a Friday evening in CET', () => {
    // Friday 2026-03-27 18:00 CET
    expect(stateAt('2026-03-27T17:00:00Z').nextOpensAt).toEqual(at('2026-03-30T06:00:00Z'))
  })

  it('finds Monday 08:00 CET from a Friday evening in CEST', () => {
    // Friday 2026-10-23 18:00 CEST
    expect(stateAt('2026-10-23T16:00:00Z')).toMatchObject({ isOpenNow: false, nextOpensAt: at('2026-10-26T07:00:00Z') })
  })
})

describe('openingState with other rule shapes', () => {
  it('is closed with no next opening when there are no rules', () => {
    expect(openingState([], true, at('2026-12-02T09:00:00Z'))).toEqual({
      isOpenNow: false,
      nextOpensAt: null,
      closesAt: null,
      closedForHoliday: null,
    })
  })

  it('joins back-to-back periods so closesAt is the real closing time', () => {
    const split: OpeningHoursRule[] = [
      { days: ['mon'], opens: '08:00', closes: '12:00' },
      { days: ['mon'], opens: '12:00', closes: '16:00' },
    ]
    // Monday 2026-11-30 11:00 CET
    expect(openingState(split, true, at('2026-11-30T10:00:00Z'))).toMatchObject({
      isOpenNow: true,
      closesAt: at('2026-11-30T15:00:00Z'),
      nextOpensAt: at('2026-12-07T07:00:00Z'),
    })
  })

  it('runs a period whose closing time is before its opening time past midnight', () => {
    const nights: OpeningHoursRule[] = [{ days: ['mon'], opens: '22:00', closes: '02:00' }]
    // Tuesday 2026-12-01 01:30 CET, inside Monday night's period
    expect(openingState(nights, true, at('2026-12-01T00:30:00Z'))).toMatchObject({
      isOpenNow: true,
      closesAt: at('2026-12-01T01:00:00Z'),
      nextOpensAt: at('2026-12-07T21:00:00Z'),
    })
  })

  it('rejects malformed times', () => {
    const bad: OpeningHoursRule[] = [{ days: ['mon'], opens: '8:00', closes: '16:00' }]
    expect(() => openingState(bad, true, at('2026-11-30T10:00:00Z'))).toThrow(RangeError)
  })
})

describe('swedishHoliday', () => {
  it('names public holidays and the eves that close offices', () => {
    expect(swedishHoliday('2026-01-06')).toBe('Trettondedag jul')
    expect(swedishHoliday('2026-06-19')).toBe('Midsommarafton')
    expect(swedishHoliday('2026-12-24')).toBe('Julafton')
    expect(swedishHoliday('2026-12-31')).toBe('Nyårsafton')
    expect(swedishHoliday('2026-12-26')).toBe('Annandag jul')
  })

  it('names holidays that fall on a Sunday', () => {
    expect(swedishHoliday('2026-04-05')).toBe('Påskdagen')
    expect(swedishHoliday('2026-05-24')).toBe('Pingstdagen')
  })

  it('returns null for ordinary days, observances and half-day eves', () => {
    expect(swedishHoliday('2026-12-02')).toBeNull()
    expect(swedishHoliday('2026-04-02')).toBeNull() // Skärtorsdagen
    expect(swedishHoliday('2026-01-05')).toBeNull() // Trettondagsafton
  })
})

describe('Stockholm time conversion', () => {
  it('maps local dates across midnight and the year boundary', () => {
    expect(stockholmDate(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(stockholmDate(at('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
  })

  it('pushes a time in the spring-forward gap forward by the gap', () => {
    // 2026-03-29 02:30 does not exist; clocks jump from 02:00 CET to 03:00 CEST
    expect(stockholmToUtc('2026-03-29', 150)).toEqual(at('2026-03-29T01:30:00Z'))
    expect(stockholmToUtc('2026-03-29', 180)).toEqual(at('2026-03-29T01:00:00Z'))
  })

  it('takes the earlier of a repeated autumn time', () => {
    // 2026-10-25 02:30 happens twice: first in CEST (00:30Z), then in CET (01:30Z)
    expect(stockholmToUtc('2026-10-25', 150)).toEqual(at('2026-10-25T00:30:00Z'))
    expect(stockholmToUtc('2026-10-25', 180)).toEqual(at('2026-10-25T02:00:00Z'))
  })
})
