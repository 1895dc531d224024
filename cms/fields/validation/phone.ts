import type { TextField } from 'payload'
import { PHONE_MESSAGES, displayPhone, normalisePhone, parsePhone } from '../../../contracts/validation/phone-number'
import { mapString, say, validateText } from './validate'

/** The validation message for a phone number in the editor's language, or true. */
export const validatePhone = validateText((value, req) => {
  const parsed = parsePhone(value)
  if (parsed.ok) return true
  return say(PHONE_MESSAGES[parsed.problem], req).replace('{areaCode}', parsed.areaCode ?? '')
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
