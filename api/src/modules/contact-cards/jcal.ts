import ICAL from 'ical.js'

/** Who wrote a card or calendar (RFC 6350 PRODID, RFC 5545 PRODID). */
export const PRODID = '-//NSPM//Kontakter 1.0//SV'

/**
 * vCard and iCalendar objects in their JSON forms (jCard, RFC 7095; jCal, RFC 7265), written out as text by ical.js,
 * which escapes, folds and formats typed values the way RFC 6350 and RFC 5545 want.
 */
export type JProperty = [name: string, parameters: Record<string, string | string[]>, type: string, ...values: unknown[]]
export type JComponent = [name: string, properties: JProperty[], components: JComponent[]]

/** The text form; ical.js ends every line, the last one too, in CRLF as both RFCs require (the tests check it). */
export const contentLines = (component: JComponent): string => ICAL.stringify(component)

/** An instant as jCard's timestamp and jCal's UTC date-time take it: no fraction of a second. */
export const utcStamp = (instant: Date): string => `${instant.toISOString().slice(0, 19)}Z`
