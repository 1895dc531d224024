import type { JComponent } from './jcal'

/**
 * Europe/Stockholm as an iCalendar VTIMEZONE (RFC 5545 3.6.5): CET, and CEST from the last Sunday of March to the
 * last Sunday of October (the EU rule since 1996). A calendar that names TZID=Europe/Stockholm must define it;
 * only this rule is needed because the file describes the current and the next year.
 */
export const STOCKHOLM_TZID = 'Europe/Stockholm'

export const STOCKHOLM_VTIMEZONE: JComponent = [
  'vtimezone',
  [['tzid', {}, 'text', STOCKHOLM_TZID]],
  [
    [
      'daylight',
      [
        ['tzoffsetfrom', {}, 'utc-offset', '+01:00'],
        ['tzoffsetto', {}, 'utc-offset', '+02:00'],
        ['tzname', {}, 'text', 'CEST'],
        ['dtstart', {}, 'date-time', '1996-03-31T02:00:00'],
        ['rrule', {}, 'recur', { freq: 'YEARLY', bymonth: 3, byday: '-1SU' }],
      ],
      [],
    ],
    [
      'standard',
      [
        ['tzoffsetfrom', {}, 'utc-offset', '+02:00'],
        ['tzoffsetto', {}, 'utc-offset', '+01:00'],
        ['tzname', {}, 'text', 'CET'],
        ['dtstart', {}, 'date-time', '1996-10-27T03:00:00'],
        ['rrule', {}, 'recur', { freq: 'YEARLY', bymonth: 10, byday: '-1SU' }],
      ],
      [],
    ],
  ],
]
