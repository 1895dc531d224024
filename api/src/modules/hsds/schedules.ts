import type { Locale } from '../../common/locale'
import { closingHolidaysOn } from '../support-line/opening-hours'
import type { SupportLineView } from '../support-line/support-line.types'
import { HSDS_COPY } from './hsds.copy'
import { hsdsId } from './hsds-ids'
import type { HsdsSchedule } from './hsds.types'

/** 'mon' → 'MO': RFC 5545's two-letter weekdays, as HSDS's byday and an iCalendar RRULE take them. */
export const rfc5545Weekday = (day: string): string => day.slice(0, 2).toUpperCase()

/**
 * The support line's opening hours as HSDS schedules: one weekly RRULE per rule of the CMS, and, when the line
 * closes on holidays, one schedule per closing holiday of this year and the next that falls on an opening day,
 * valid that day only and with no opening time (HSDS has no exception dates; a dated schedule without opens_at is
 * how its reference data writes "closed").
 */
export function supportLineSchedules(view: SupportLineView, serviceId: string, locale: Locale, now: Date): HsdsSchedule[] {
  const weekly: HsdsSchedule[] = view.openingHours.map((rule, index) => ({
    id: hsdsId('schedule', `support-line:${index}`),
    service_id: serviceId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: rule.days.map(rfc5545Weekday).join(','),
    opens_at: rule.opens,
    closes_at: rule.closes,
    description: HSDS_COPY.regularHours[locale],
  }))
  if (!view.closedOnPublicHolidays) return weekly
  const holidays = closingHolidaysOn([...new Set(view.openingHours.flatMap((rule) => rule.days))], now)
  return [
    ...weekly,
    ...holidays.map(([date, name]): HsdsSchedule => ({
      id: hsdsId('schedule', `support-line:closed:${date}`),
      service_id: serviceId,
      valid_from: date,
      valid_to: date,
      description: HSDS_COPY.closedForHoliday(name)[locale],
    })),
  ]
}
