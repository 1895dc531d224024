/**
 * Europe/Stockholm wall-clock helpers built on Intl only (no timezone library).
 * Local dates are plain 'YYYY-MM-DD' strings so that date arithmetic never
 * depends on the host's time zone.
 */

const STOCKHOLM_TIME_ZONE = 'Europe/Stockholm'

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

// One shared formatter: constructing Intl formatters is comparatively slow.
// hourCycle 'h23' avoids the '24' hour some engines emit for midnight with hour12: false.
const partsFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: STOCKHOLM_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number }

function localParts(instant: Date): LocalParts {
  const parts = partsFormatter.formatToParts(instant)
  const value = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value)
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  }
}

/** Stockholm's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(epochMs: number): number {
  const p = localParts(new Date(epochMs))
  const wallClockAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  // Intl drops milliseconds, so compare against the instant truncated to whole seconds.
  return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** The Stockholm calendar date ('YYYY-MM-DD') of an instant. */
export function stockholmDate(instant: Date): string {
  const p = localParts(instant)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`
}

function parseLocalDate(localDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate)
  if (!match) throw new RangeError(`Expected a local date 'YYYY-MM-DD', got '${localDate}'`)
  return [Number(match[1]), Number(match[2]), Number(match[3])]
}

/** Calendar arithmetic on local dates; done in UTC so DST can never shift the day. */
export function addDays(localDate: string, days: number): string {
  const [y, m, d] = parseLocalDate(localDate)
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10)
}

/** ISO weekday index of a local date: 0 = Monday ... 6 = Sunday. */
export function isoWeekdayIndex(localDate: string): number {
  const [y, m, d] = parseLocalDate(localDate)
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7
}

/**
 * The UTC instant of a Stockholm wall-clock time (minutes after local midnight;
 * 1440 means the following midnight). DST is resolved like Temporal's 'compatible'
 * mode: a repeated autumn time maps to its earlier occurrence, and a time in the
 * spring-forward gap is pushed forward by the gap's length (02:30 becomes 03:30).
 */
export function stockholmToUtc(localDate: string, minutesAfterMidnight: number): Date {
  const [y, m, d] = parseLocalDate(localDate)
  const wallClockAsUtc = Date.UTC(y, m - 1, d) + minutesAfterMidnight * MINUTE_MS
  // Offsets a day either side are safely outside any transition near this time.
  const offsetBefore = offsetAt(wallClockAsUtc - DAY_MS)
  const offsetAfter = offsetAt(wallClockAsUtc + DAY_MS)
  const candidates = [wallClockAsUtc - offsetBefore, wallClockAsUtc - offsetAfter]
  // A candidate is real if Stockholm's offset at that instant is the one we assumed.
  const valid = candidates.filter((t) => wallClockAsUtc - offsetAt(t) === t)
  if (valid.length > 0) return new Date(Math.min(...valid))
  // Spring-forward gap: the pre-change offset lands the same distance past the jump.
  return new Date(wallClockAsUtc - offsetBefore)
}
