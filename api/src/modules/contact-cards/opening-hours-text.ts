import { WEEKDAYS, type Weekday } from '../../../../contracts/select-values/support-line'
import { Locale } from '../../common/locale'
import type { OpeningHoursView } from '../support-line/support-line.types'

const MONDAY = Date.UTC(2024, 0, 1)

/** "mån" / "Mon": the short weekday name the language writes (from 2024-01-01, a Monday). */
function weekdayName(day: Weekday, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale === Locale.SV ? 'sv-SE' : 'en-GB', { weekday: 'short', timeZone: 'UTC' })
  return format.format(new Date(MONDAY + WEEKDAYS.indexOf(day) * 86_400_000))
}

/** Weekdays as people write them: runs of three or more as a range ("mån–fre"), the rest listed ("mån, ons"). */
function daysText(days: readonly string[], locale: Locale): string {
  const indexes = WEEKDAYS.flatMap((day, index) => (days.includes(day) ? [index] : []))
  const runs: number[][] = []
  for (const index of indexes) {
    const run = runs.at(-1)
    if (run && run.at(-1) === index - 1) run.push(index)
    else runs.push([index])
  }
  const name = (index: number): string => weekdayName(WEEKDAYS[index]!, locale)
  return runs.map((run) => (run.length >= 3 ? `${name(run[0]!)}–${name(run.at(-1)!)}` : run.map(name).join(', '))).join(', ')
}

/** The weekly hours in one line, e.g. "mån–fre 08:00–16:00". */
export const openingHoursText = (rules: readonly OpeningHoursView[], locale: Locale): string =>
  rules.map((rule) => `${daysText(rule.days, locale)} ${rule.opens}–${rule.closes}`).join('; ')
