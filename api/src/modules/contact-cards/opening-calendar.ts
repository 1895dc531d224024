import { WEEKDAYS } from '../../../../contracts/select-values/support-line'
import type { Locale } from '../../common/locale'
import { hsdsId } from '../hsds/hsds-ids'
import { absoluteUrl } from '../hsds/organizations'
import { rfc5545Weekday } from '../hsds/schedules'
import { closingHolidaysOn } from '../support-line/opening-hours'
import { addDays, isoWeekdayIndex, stockholmDate, stockholmToUtc } from '../support-line/stockholm-time'
import type { OpeningHoursView, SupportLineView } from '../support-line/support-line.types'
import { CONTACT_CARDS_COPY as COPY } from './contact-cards.copy'
import { contentLines, PRODID, utcStamp, type JComponent, type JProperty } from './jcal'
import { STOCKHOLM_TZID, STOCKHOLM_VTIMEZONE } from './stockholm-timezone'

const weekdayOf = (date: string): string => WEEKDAYS[isoWeekdayIndex(date)]!
const local = (date: string, time: string): string => `${date}T${time}:00`

export type CalendarParts = { supportLine: SupportLineView; updatedAt: Date; now: Date; source: string; locale: Locale }

/**
 * The support line's opening hours as an RFC 5545 calendar to subscribe to: one weekly event per rule of the CMS
 * in Swedish time, from the first of January of this year to the end of the next, with each closing holiday (and
 * holiday eve) of those two years on one of the rule's days as an EXDATE. The recurrence ends where the known
 * exceptions end, so that no client shows the line open on a holiday it was not told about; the calendar asks to
 * be fetched daily (REFRESH-INTERVAL), and from each new year on it reaches a year further.
 */
export function supportLineCalendar({ supportLine, updatedAt, now, source, locale }: CalendarParts): string {
  const year = Number(stockholmDate(now).slice(0, 4))
  const until = utcStamp(new Date(stockholmToUtc(`${year + 1}-12-31`, 24 * 60).getTime() - 1_000))
  const description = [
    COPY.call(supportLine.phone.display)[locale],
    supportLine.openingHoursConfirmed ? null : COPY.hoursUnconfirmed[locale],
    ...supportLine.urgentNumbers.map((entry) => (entry.phone ? `${entry.label}: ${entry.phone.display}` : entry.label)),
  ].filter(Boolean)
  const website = absoluteUrl(supportLine.website)

  const event = (rule: OpeningHoursView, index: number): JComponent[] => {
    let start = `${year}-01-01`
    if (rule.days.length === 0) return []
    while (!rule.days.includes(weekdayOf(start))) start = addDays(start, 1)
    // A period that closes at or before it opens runs past midnight.
    const end = rule.closes > rule.opens ? start : addDays(start, 1)
    const exceptions = supportLine.closedOnPublicHolidays ? closingHolidaysOn(rule.days, now).map(([date]) => local(date, rule.opens)) : []
    const properties: JProperty[] = [
      ['uid', {}, 'text', hsdsId('schedule', `support-line:${index}`)],
      ['dtstamp', {}, 'date-time', utcStamp(updatedAt)],
      ['last-modified', {}, 'date-time', utcStamp(updatedAt)],
      ['dtstart', { tzid: STOCKHOLM_TZID }, 'date-time', local(start, rule.opens)],
      ['dtend', { tzid: STOCKHOLM_TZID }, 'date-time', local(end, rule.closes)],
      ['rrule', {}, 'recur', { freq: 'WEEKLY', wkst: 'MO', byday: rule.days.map(rfc5545Weekday), until }],
      ...(exceptions.length > 0 ? [['exdate', { tzid: STOCKHOLM_TZID }, 'date-time', ...exceptions] as JProperty] : []),
      ['summary', {}, 'text', COPY.openEvent(supportLine.name)[locale]],
      ['description', {}, 'text', description.join('\n')],
      ...(website ? [['url', {}, 'uri', website] as JProperty] : []),
      ['class', {}, 'text', 'PUBLIC'],
      // Opening hours are information, not the subscriber's own appointments: they never make anyone look busy.
      ['transp', {}, 'text', 'TRANSPARENT'],
    ]
    return [['vevent', properties, []]]
  }

  const calendar: JComponent = [
    'vcalendar',
    [
      ['version', {}, 'text', '2.0'],
      ['prodid', {}, 'text', PRODID],
      ['calscale', {}, 'text', 'GREGORIAN'],
      // RFC 7986's names, and the X-WR- ones that calendar apps still read instead.
      ['name', {}, 'text', COPY.calendarName(supportLine.name)[locale]],
      ['x-wr-calname', {}, 'text', COPY.calendarName(supportLine.name)[locale]],
      ['description', {}, 'text', COPY.calendarDescription(supportLine.name)[locale]],
      ['x-wr-caldesc', {}, 'text', COPY.calendarDescription(supportLine.name)[locale]],
      ['x-wr-timezone', {}, 'text', STOCKHOLM_TZID],
      ['source', {}, 'uri', source],
      ['refresh-interval', {}, 'duration', 'P1D'],
      ['x-published-ttl', {}, 'text', 'P1D'],
    ],
    [STOCKHOLM_VTIMEZONE, ...supportLine.openingHours.flatMap(event)],
  ]
  return contentLines(calendar)
}
