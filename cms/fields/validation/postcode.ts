import type { TextField } from 'payload'
import { t, type Bilingual } from '../i18n'
import { normalisePostcode, parsePostcode, type PostcodeProblem } from '../../../contracts/validation/postcode-number'
import { mapString, say, validateText } from './validate'

const MESSAGES: Record<PostcodeProblem, Bilingual> = {
  format: t('Postnumret ska vara fem siffror, t.ex. 411 04.', 'A postcode is five digits, e.g. 411 04.'),
  firstDigit: t('Svenska postnummer börjar med 1–9.', 'Swedish postcodes start with 1–9.'),
}

export const validatePostcode = validateText((value, req) => {
  const parsed = parsePostcode(value)
  return parsed.ok ? true : say(MESSAGES[parsed.problem], req)
})

/** A Swedish postcode field, stored as "123 45". */
export const postcodeField = (field: Pick<TextField, 'name' | 'label' | 'required' | 'admin'>): TextField => ({
  ...field,
  type: 'text',
  validate: validatePostcode,
  hooks: { beforeValidate: [mapString(normalisePostcode)] },
})
