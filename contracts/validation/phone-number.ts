import { t, type Bilingual } from '../bilingual'
import { areaCodeOf, SERVICE_CODES, subscriberLengths } from './swedish-area-codes'

/**
 * Phone numbers are stored normalised and shown formatted:
 * - Swedish numbers with an area code as E.164, "+46313650000", shown "031-365 00 00";
 * - other countries' numbers as E.164, "+4722000000", shown as stored (their grouping is their own convention);
 * - national short numbers (112, 114 14, 1177, 116 000) as their digits, "11414", shown "114 14".
 * Pure code with no imports beyond the numbering plan and the bilingual messages: the CMS and the public API share it.
 */

export type PhoneProblem = 'characters' | 'noAreaCode' | 'areaCode' | 'length' | 'international'
export type ParsedPhone = { ok: true; stored: string } | { ok: false; problem: PhoneProblem; areaCode?: string }

// Digits with the separators people write: spaces, hyphens and dashes, parentheses, slashes and dots.
const WRITTEN = /^\+?[0-9\s\-\u2010-\u2013()/.]+$/
const SHORT_NUMBER = /^1\d{2,5}$/

/** Subscriber-number grouping by length (Swedish convention: groups of two from the right, three first when odd). */
export const GROUPS: Readonly<Record<number, readonly number[]>> = { 4: [2, 2], 5: [3, 2], 6: [2, 2, 2], 7: [3, 2, 2], 8: [3, 3, 2] }
/** Service numbers (020, 077x, 0900) of six digits: "020-390 000". */
export const SERVICE_GROUPS: Readonly<Record<number, readonly number[]>> = { ...GROUPS, 6: [3, 3] }
/** Short numbers: "112", "1177", "114 14", "116 000". */
export const SHORT_GROUPS: Readonly<Record<number, readonly number[]>> = { 5: [3, 2], 6: [3, 3] }

function swedish(nationalNumber: string): ParsedPhone {
  const code = areaCodeOf(nationalNumber)
  if (!code) return { ok: false, problem: 'areaCode' }
  const [min, max] = subscriberLengths(code)
  const length = nationalNumber.length - code.length
  if (length < min || length > max) return { ok: false, problem: 'length', areaCode: `0${code}` }
  return { ok: true, stored: `+46${nationalNumber}` }
}

/** Reads a number as an editor or orderer writes it ("031-365 00 00", "+46 (0)31 365 00 00", "0046…", "114 14"). */
export function parsePhone(input: string): ParsedPhone {
  // "+46 (0)31 …": the (0) is the trunk prefix that international dialling drops.
  const text = input.trim().replace(/\(0\)/g, '')
  if (!WRITTEN.test(text) || text.indexOf('+', 1) !== -1) return { ok: false, problem: 'characters' }
  const digits = text.replace(/\D/g, '')
  const international = text.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null
  if (international !== null) {
    if (international.startsWith('46')) return swedish(international.slice(2).replace(/^0/, ''))
    // E.164: at most 15 digits; country codes never start with 0.
    if (international.startsWith('0') || international.length < 7 || international.length > 15) return { ok: false, problem: 'international' }
    return { ok: true, stored: `+${international}` }
  }
  if (digits.startsWith('0')) return swedish(digits.slice(1))
  if (SHORT_NUMBER.test(digits)) return { ok: true, stored: digits }
  return { ok: false, problem: 'noAreaCode' }
}

/** The stored form, or the input unchanged (trimmed) when it is not a valid number, for validation to report. */
export function normalisePhone(input: string): string {
  const parsed = parsePhone(input)
  return parsed.ok ? parsed.stored : input.trim()
}

function groupDigits(digits: string, groups: Readonly<Record<number, readonly number[]>>): string {
  const sizes = groups[digits.length]
  if (!sizes) return digits
  let at = 0
  return sizes.map((size) => digits.slice(at, (at += size))).join(' ')
}

/**
 * The display form of a stored number. Rows in another form (written before numbers were normalised) are shown as
 * they are; tests/bench/json-agg-sql.ts computes exactly this in SQL, keep the two in step.
 */
export function displayPhone(stored: string): string {
  const value = stored.trim()
  if (/^\+46\d+$/.test(value)) {
    const nationalNumber = value.slice(3)
    const code = areaCodeOf(nationalNumber)
    if (!code) return `0${nationalNumber}`
    const groups = SERVICE_CODES.includes(code) ? SERVICE_GROUPS : GROUPS
    return `0${code}-${groupDigits(nationalNumber.slice(code.length), groups)}`
  }
  if (/^\d+$/.test(value)) return groupDigits(value, SHORT_GROUPS)
  return value
}

/** E.164 of a stored number; null for short numbers, which have none. */
export function e164Of(stored: string): string | null {
  const parsed = parsePhone(stored)
  return parsed.ok && parsed.stored.startsWith('+') ? parsed.stored : null
}

/** The problems of a phone number in both languages; `{areaCode}` is filled in. Also the API's forms' words. */
export const PHONE_MESSAGES: Record<PhoneProblem, Bilingual> = {
  characters: t(
    'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och ett inledande +.',
    'A phone number may contain only digits, spaces, hyphens and a leading +.',
  ),
  noAreaCode: t(
    'Skriv numret med riktnummer, t.ex. 031-365 00 00, eller ett kortnummer som 112 eller 114 14.',
    'Write the number with its area code, e.g. 031-365 00 00, or a short number such as 112 or 114 14.',
  ),
  areaCode: t(
    'Okänt riktnummer. Kontrollera numret; utländska nummer skrivs med landsnummer, t.ex. +47 22 00 00 00.',
    'Unknown Swedish area code. Check the number; write foreign numbers with their country code, e.g. +47 22 00 00 00.',
  ),
  length: t('Numret har fel antal siffror efter riktnumret {areaCode}.', 'The number has the wrong number of digits after the area code {areaCode}.'),
  international: t(
    'Ett utländskt nummer skrivs + landsnummer och nummer, högst 15 siffror, t.ex. +47 22 00 00 00.',
    'Write a foreign number as + country code and number, at most 15 digits, e.g. +47 22 00 00 00.',
  ),
}
