/** Editors think in Swedish time; the API stores instants. Conversions for the admin's datetime-local inputs. */
const ZONE = 'Europe/Stockholm'

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Stockholm's wall-clock time at an instant, as milliseconds of a UTC date with the same digits. */
function wallClock(instant: number): number {
  const value = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]))
  return Date.UTC(Number(value.year), Number(value.month) - 1, Number(value.day), Number(value.hour), Number(value.minute), Number(value.second))
}

/**
 * "2026-12-10T09:00" read as Stockholm time → the instant (ISO, UTC). Null for anything else. A time that does not
 * exist (the hour skipped in March) becomes the same digits an hour later, as clocks show it.
 */
export function stockholmToInstant(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local)
  if (!match) return null
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number]
  const digits = Date.UTC(year, month - 1, day, hour, minute)
  // Two rounds: the offset at the first guess, then at the corrected instant (they differ only around a change).
  let instant = digits - (wallClock(digits) - digits)
  instant = digits - (wallClock(instant) - instant)
  return new Date(instant).toISOString()
}

/** An instant as the value of a datetime-local input in Stockholm time ("2026-12-10T09:00"). */
export function instantToStockholm(instant: Date): string {
  return new Date(wallClock(instant.getTime())).toISOString().slice(0, 16)
}
