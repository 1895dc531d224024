import type { TextField } from 'payload'
import { t, type Bilingual } from '../i18n'
import { displayPhone, normalisePhone, parsePhone, type PhoneProblem } from './phone-number'
import { mapString, say, validateText } from './validate'

const MESSAGES: Record<PhoneProblem, Bilingual> = {
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

/** The validation message for a phone number in the editor's language, or true. */
export const validatePhone = validateText((value, req) => {
  const parsed = parsePhone(value)
  if (parsed.ok) return true
  return say(MESSAGES[parsed.problem], req).replace('{areaCode}', parsed.areaCode ?? '')
})

/** Stored normalised (the form's display text goes back to E.164 on save), read formatted (admin, Payload's REST). */
export const phoneHooks: NonNullable<TextField['hooks']> = {
  beforeValidate: [mapString(normalisePhone)],
  afterRead: [mapString(displayPhone)],
}

/** A phone text field: validated, normalised on save, formatted when read. */
export const phoneField = (field: Pick<TextField, 'name' | 'label' | 'required' | 'admin'>): TextField => ({
  ...field,
  type: 'text',
  validate: validatePhone,
  hooks: phoneHooks,
})
