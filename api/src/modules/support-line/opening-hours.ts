/**
 * "Is the national support line open now, and when does it next open?"
 * Pure: every answer depends only on the arguments (and static holiday data).
 * Wall-clock reasoning happens in Europe/Stockholm; instants in and out are UTC Dates.
 */
import type Holidays from 'date-holidays'
import type { HolidaysTypes } from 'date-holidays'
import { lazyRequire } from '../../common/lazy-require'
import { addDays, isoWeekdayIndex, stockholmDate, stockholmToUtc } from './stockholm-time'
import { WEEKDAYS, type Weekday } from '../../../../contracts/select-values/support-line'
export type OpeningHoursRule = { days: Weekday[]; opens: string /* 'HH:MM' */; closes: string /* 'HH:MM' */ }
export type OpeningState = {
  isOpenNow: boolean
  /** The next instant the line opens (UTC Date), or null when no rule ever opens it. When open now: the next opening after the current period closes. */
  nextOpensAt: Date | null
  /** When open now: the instant the current period closes; otherwise null. */
  closesAt: Date | null
  /** The Swedish name of today's public holiday or holiday eve that keeps the line closed, if any (e.g. 'Midsommarafton', 'Juldagen'). */
  closedForHoliday: string | null
}

/** A year and a day: enough for any weekly pattern, even one blocked by a run of holidays. */
const SEARCH_DAYS = 366

/**
 * Eves that close Swedish offices although they are not public holidays by law
 * ("de facto" holidays). date-holidays 3.37 lists them as type 'bank' (2026:
 * midsommarafton 06-19, julafton 12-24, nyårsafton 12-31), so neither "type public"
 * nor "every bank day" expresses the rule; we name them explicitly. Matching by name
 * rather than by rule string, because the rule ('friday after 06-19') is an
 * implementation detail of the data set. Half-day eves (type 'optional', e.g.
 * trettondagsafton) and observances (skärtorsdagen, påskafton) stay open.
 */
const CLOSING_EVES: ReadonlySet<string> = new Set(['midsommarafton', 'julafton', 'nyårsafton'])

// Holiday data for every country: a third of a second to load, needed only once the support line is asked about.
const holidaysClass = lazyRequire<typeof Holidays>('date-holidays')
let swedishCalendar: Holidays | null = null
/** Closing holidays per year, keyed by local date; the data never changes for a given year. */
const closingHolidaysByYear = new Map<number, Map<string, string>>()

function closesTheLine(holiday: HolidaysTypes.Holiday): boolean {
  return holiday.type === 'public' || CLOSING_EVES.has(holiday.name.toLocaleLowerCase('sv'))
}

/** date-holidays writes Swedish names in lower case ('juldagen'); as a label it starts upper case. */
function asLabel(name: string): string {
  return name.charAt(0).toLocaleUpperCase('sv') + name.slice(1)
}

function closingHolidaysIn(year: number): Map<string, string> {
  const cached = closingHolidaysByYear.get(year)
  if (cached) return cached
  swedishCalendar ??= new (holidaysClass())('SE')
  const byDate = new Map<string, string>()
  for (const holiday of swedishCalendar.getHolidays(year, 'sv')) {
    // holiday.date is 'YYYY-MM-DD hh:mm:ss' in the country's own (Stockholm) time.
    const date = holiday.date.slice(0, 10)
    if (closesTheLine(holiday) && !byDate.has(date)) byDate.set(date, asLabel(holiday.name))
  }
  closingHolidaysByYear.set(year, byDate)
  return byDate
}

/**
 * The holidays and eves that close the line in this year and the next (Stockholm's calendar at `now`) and fall on
 * one of `days`: [local date 'YYYY-MM-DD', name] in date order. The window the published schedules describe
 * (HSDS schedules, the iCalendar's exceptions).
 */
export function closingHolidaysOn(days: readonly string[], now: Date): [date: string, name: string][] {
  const year = Number(stockholmDate(now).slice(0, 4))
  return [year, year + 1].flatMap((each) => [...closingHolidaysIn(each)].sort(([a], [b]) => (a < b ? -1 : 1))).filter(([date]) => days.includes(WEEKDAYS[isoWeekdayIndex(date)]!))
}

/** Swedish public holidays and the eves that close offices ("de facto" holidays: Midsommarafton, Julafton, Nyårsafton), for a local date 'YYYY-MM-DD'. */
export function swedishHoliday(localDate: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(localDate)) throw new RangeError(`Expected 'YYYY-MM-DD', got '${localDate}'`)
  return closingHolidaysIn(Number(localDate.slice(0, 4))).get(localDate) ?? null
}

/** 'HH:MM' (24 h, '24:00' allowed as a closing time) to minutes after local midnight. */
function minutesOf(time: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time)
  if (!match || (match[1] === '24' && match[2] !== '00')) throw new RangeError(`Expected 'HH:MM', got '${time}'`)
  return Number(match[1]) * 60 + Number(match[2])
}

type Period = { start: Date; end: Date }

function rulesOn(localDate: string, rules: OpeningHoursRule[]): OpeningHoursRule[] {
  const weekday = WEEKDAYS[isoWeekdayIndex(localDate)]
  return rules.filter((rule) => rule.days.includes(weekday))
}

/** The holiday that cancels this date's opening hours, or null if the date opens as usual. */
function holidayClosure(localDate: string, rules: OpeningHoursRule[], closedOnPublicHolidays: boolean): string | null {
  // A Sunday holiday (Påskdagen, Pingstdagen) closes nothing the weekday rules do not already close.
  if (!closedOnPublicHolidays || rulesOn(localDate, rules).length === 0) return null
  return swedishHoliday(localDate)
}

/** Opening periods starting on a local date, sorted by start. A closing time at or before
 * the opening time runs past midnight into the next day (so '00:00'-'00:00' is all day). */
function periodsOn(localDate: string, rules: OpeningHoursRule[], closedOnPublicHolidays: boolean): Period[] {
  if (holidayClosure(localDate, rules, closedOnPublicHolidays) !== null) return []
  return rulesOn(localDate, rules)
    .map((rule) => {
      const opens = minutesOf(rule.opens)
      const closes = minutesOf(rule.closes)
      const end = closes > opens ? closes : closes + 24 * 60
      return { start: stockholmToUtc(localDate, opens), end: stockholmToUtc(localDate, end) }
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime())
}

export function openingState(rules: OpeningHoursRule[], closedOnPublicHolidays: boolean, now: Date): OpeningState {
  const today = stockholmDate(now)
  const closed = (nextOpensAt: Date | null): OpeningState => ({
    isOpenNow: false,
    nextOpensAt,
    closesAt: null,
    closedForHoliday: holidayClosure(today, rules, closedOnPublicHolidays),
  })
  const open = (closesAt: Date | null, nextOpensAt: Date | null): OpeningState => ({ isOpenNow: true, nextOpensAt, closesAt, closedForHoliday: null })

  // Periods arrive in start order. While open, overlapping or back-to-back periods
  // extend the current one, so closesAt is when the line really goes quiet.
  let openUntil: Date | null = null
  // From yesterday: a period that started before midnight may still be running.
  for (let offset = -1; offset <= SEARCH_DAYS; offset++) {
    for (const period of periodsOn(addDays(today, offset), rules, closedOnPublicHolidays)) {
      if (openUntil === null) {
        if (period.end <= now) continue // closes is exclusive: at closing time it is closed
        if (period.start > now) return closed(period.start)
        openUntil = period.end
      } else if (period.start > openUntil) {
        return open(openUntil, period.start)
      } else if (period.end > openUntil) {
        openUntil = period.end
      }
    }
  }
  if (openUntil === null) return closed(null)
  // Still open at the end of the search window (e.g. round the clock): no known closing.
  return open(null, null)
}
