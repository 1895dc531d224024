import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { emailProblem } from '../../contracts/validation/email-address'
import { validateEmail } from '../../cms/fields/validation/email'
import { validatePhone } from '../../cms/fields/validation/phone'
import { displayPhone, e164Of, normalisePhone, parsePhone } from '../../contracts/validation/phone-number'
import { parsePostcode } from '../../contracts/validation/postcode-number'
import { validatePostcode } from '../../cms/fields/validation/postcode'
import { validateCountyCode } from '../../cms/fields/validation/scb-codes'
import { areaCodeOf, THREE_DIGIT_GEOGRAPHIC } from '../../contracts/validation/swedish-area-codes'

/** Just what the validators read from Payload's request: the admin language and Payload's own translations. */
const request = (language: 'sv' | 'en') => ({ i18n: { language }, t: (key: string) => `${language}:${key}` }) as unknown as PayloadRequest
const sv = { req: request('sv') }
const en = { req: request('en') }

describe('Swedish phone numbers', () => {
  it.each([
    ['031-365 00 00', '+46313650000', '031-365 00 00'],
    ['08-123 456 78', '+46812345678', '08-123 456 78'],
    ['08 12 34 56', '+468123456', '08-12 34 56'],
    ['0470-123 45', '+4647012345', '0470-123 45'],
    ['0470 12 34 56', '+46470123456', '0470-12 34 56'],
    ['070-123 45 67', '+46701234567', '070-123 45 67'],
    ['0701234567', '+46701234567', '070-123 45 67'],
    ['020-390 000', '+4620390000', '020-390 000'],
    ['0771-567 567', '+46771567567', '0771-567 567'],
    ['010-123 45 67', '+46101234567', '010-123 45 67'],
    ['090-12 34 56', '+4690123456', '090-12 34 56'],
    ['0900-123 45 67', '+469001234567', '0900-123 45 67'],
    ['040-34 10 00', '+4640341000', '040-34 10 00'],
    ['+46 (0)31 365 00 00', '+46313650000', '031-365 00 00'],
    ['+46 31 365 00 00', '+46313650000', '031-365 00 00'],
    ['0046 31 365 00 00', '+46313650000', '031-365 00 00'],
    ['(031) 365 00 00', '+46313650000', '031-365 00 00'],
    ['112', '112', '112'],
    ['114 14', '11414', '114 14'],
    ['1177', '1177', '1177'],
    ['116 000', '116000', '116 000'],
    ['+47 22 00 00 00', '+4722000000', '+4722000000'],
  ])('%s is stored as %s and shown as %s', (written, stored, shown) => {
    expect(parsePhone(written)).toEqual({ ok: true, stored })
    expect(displayPhone(stored)).toBe(shown)
    // Normalising is idempotent: the stored form and the shown form both read back to the stored form.
    expect(normalisePhone(stored)).toBe(stored)
    expect(normalisePhone(shown)).toBe(stored)
  })

  it.each([
    ['031-365 00 00 ankn. 12', 'characters'],
    ['abc', 'characters'],
    ['365 00 00', 'noAreaCode'],
    ['0124-456 78', 'areaCode'],
    ['070-123 45', 'length'],
    ['031-12', 'length'],
    ['0470-123 456 78', 'length'],
    ['+0 123 456', 'international'],
    ['+1234567890123456', 'international'],
  ])('%s is refused (%s)', (written, problem) => {
    expect(parsePhone(written)).toMatchObject({ ok: false, problem })
  })

  it('knows the area codes of the numbering plan', () => {
    expect(['8', '31', '470', '920', '90', '10', '20', '771'].map((code) => areaCodeOf(`${code}1234567`))).toEqual(['8', '31', '470', '920', '90', '10', '20', '771'])
    expect(THREE_DIGIT_GEOGRAPHIC).toHaveLength(243)
    expect(areaCodeOf('1241234567')).toBeNull()
  })

  it('gives E.164 for numbers with one and none for short numbers', () => {
    expect(e164Of('+46313650000')).toBe('+46313650000')
    expect(e164Of('11414')).toBeNull()
  })

  it('leaves rows in an unknown form as they are when showing them', () => {
    expect(displayPhone(' ring växeln ')).toBe('ring växeln')
  })

  it('says what is wrong in the editor’s language, Swedish by default', async () => {
    expect(await validatePhone('365 00 00', sv)).toMatch(/^Skriv numret med riktnummer/)
    expect(await validatePhone('365 00 00', en)).toMatch(/^Write the number with its area code/)
    expect(await validatePhone('070-123 45', sv)).toBe('Numret har fel antal siffror efter riktnumret 070.')
    expect(await validatePhone('070-123 45', en)).toBe('The number has the wrong number of digits after the area code 070.')
    expect(await validatePhone('031-365 00 00', sv)).toBe(true)
    expect(await validatePhone('', { ...sv, required: true })).toBe('sv:validation:required')
    expect(await validatePhone('', en)).toBe(true)
  })
})

describe('email addresses', () => {
  it.each([
    ['regionkoordinator@goteborg.se', null],
    ['nspm@jamstalldhetsmyndigheten.se', null],
    ['förnamn.efternamn@kommun.se', null],
    ['a b@kommun.se', 'spaces'],
    ['kommun.se', 'at'],
    ['a@b@kommun.se', 'at'],
    ['@kommun.se', 'at'],
    ['namn@kommun', 'domain'],
    ['namn@kommun.s', 'domain'],
    ['namn@.se', 'domain'],
    ['namn,x@kommun.se', 'characters'],
    [`${'a'.repeat(60)}@${'b'.repeat(191)}.se`, 'length'],
    [`${'a'.repeat(65)}@kommun.se`, 'at'],
  ])('%s: %s', (address, problem) => {
    expect(emailProblem(address)).toBe(problem)
  })

  it('says what is wrong in the editor’s language', async () => {
    expect(await validateEmail('namn@kommun', sv)).toBe('Domänen efter @ ska innehålla en punkt, t.ex. kommun.se.')
    expect(await validateEmail('namn@kommun', en)).toBe('The domain after the @ must contain a dot, e.g. example.se.')
    expect(await validateEmail(' namn@kommun.se ', en)).toBe(true)
  })
})

describe('postcodes', () => {
  it.each([
    ['41104', '411 04'],
    ['411 04', '411 04'],
    [' 981 99 ', '981 99'],
  ])('%s is stored as %s', (written, stored) => {
    expect(parsePostcode(written)).toEqual({ ok: true, stored })
  })

  it('refuses other than five digits and a leading 0, in the editor’s language', async () => {
    expect(parsePostcode('4110')).toEqual({ ok: false, problem: 'format' })
    expect(parsePostcode('SE-411 04')).toEqual({ ok: false, problem: 'format' })
    expect(await validatePostcode('01104', sv)).toBe('Svenska postnummer börjar med 1–9.')
    expect(await validatePostcode('01104', en)).toBe('Swedish postcodes start with 1–9.')
  })
})

describe('SCB county codes', () => {
  it('accepts the 21 codes and nothing else, in the editor’s language', async () => {
    expect(await validateCountyCode('14', sv)).toBe(true)
    expect(await validateCountyCode('01', sv)).toBe(true)
    expect(await validateCountyCode('02', sv)).toMatch(/^Länskoden ska vara en av SCB:s 21 länskoder/)
    expect(await validateCountyCode('140', en)).toMatch(/^The county code must be one of Statistics Sweden's 21 county codes/)
  })
})
