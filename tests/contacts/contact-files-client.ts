import ICAL from 'ical.js'
import { inject } from 'vitest'
import { parse } from 'vcard4'

/** The suite's API process's contact files, fetched as a phone or calendar fetches them. */
export const apiBase = (): string => inject('apiUrl').replace(/\/graphql$/, '')

export type CardProperty = { property: string; parameters: Record<string, string>; value: unknown }

/**
 * A vCard parsed by vcard4, an RFC 6350 library of its own (the API writes cards with ical.js): it refuses a card
 * without BEGIN, VERSION:4.0 or END, or with a property or parameter the RFC does not allow there.
 */
export function parseVcard(text: string): CardProperty[] {
  return (parse(text) as { parsedVcard: CardProperty[] }).parsedVcard
}

export const values = (card: CardProperty[], name: string): unknown[] => card.filter((entry) => entry.property === name).map((entry) => entry.value)
export const single = (card: CardProperty[], name: string): unknown => {
  const found = values(card, name)
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`)
  return found[0]
}

/** The UTC offset in minutes that a VTIMEZONE in `calendar` gives a Stockholm wall-clock time (ical.js's own arithmetic). */
export function vtimezoneOffsetMinutes(calendar: string, wallClock: { year: number; month: number; day: number; hour: number }): number {
  const component = ICAL.Component.fromString(calendar)
  const timezone = new ICAL.Timezone(component.getFirstSubcomponent('vtimezone')!)
  const time = ICAL.Time.fromData({ ...wallClock, minute: 0, second: 0, isDate: false }, timezone)
  return timezone.utcOffset(time) / 60
}
