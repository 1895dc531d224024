import { Field, ObjectType } from 'type-graphql'
// Shared with the CMS, which stores numbers in this form: one rule for storing and showing a number.
import { displayPhone } from '../../../contracts/validation/phone-number'

@ObjectType({ description: 'A phone number as written for people and as a dialable value for devices.' })
export class PhoneNumber {
  @Field(() => String, {
    description: 'Formatted the Swedish way from the stored number, e.g. "020-390 000", "031-365 00 00", "114 14"; foreign numbers in E.164.',
  })
  display!: string

  @Field(() => String, { nullable: true, description: 'E.164, e.g. "+4620390000"; null for Swedish short numbers such as 112 or 114 14.' })
  e164!: string | null

  @Field(() => String, { description: 'A `tel:` URI that dials the number from a Swedish phone, e.g. "tel:+4620390000" or "tel:11414".' })
  telUri!: string

  @Field(() => String, { nullable: true, description: 'Kind of number: office, mobile, switchboard or sms.' })
  type!: string | null

  @Field(() => String, { nullable: true, description: 'A note such as "Vardagar 8–16", in the requested language.' })
  label!: string | null
}

/**
 * The CMS stores E.164 ("+46313650000") and short numbers as digits ("11414"). E.164 and the tel: URI are read
 * leniently (a leading 0 is the trunk prefix, 00 the international one) so that a row in another form still
 * dials; tests/bench/json-agg-sql.ts mirrors this in SQL.
 */
export function toPhoneNumber(stored: string, type: string | null = null, label: string | null = null): PhoneNumber {
  const trimmed = stored.trim()
  const digits = trimmed.replace(/\D/g, '')
  let e164: string | null = null
  if (trimmed.startsWith('+')) e164 = `+${digits}`
  else if (digits.startsWith('00')) e164 = `+${digits.slice(2)}`
  else if (digits.startsWith('0')) e164 = `+46${digits.slice(1)}`
  return { display: displayPhone(trimmed), e164, telUri: `tel:${e164 ?? digits}`, type, label }
}

/** Our kinds of number in RFC 6350's words, which HSDS's phone `type` uses too; an unknown or missing kind is voice. */
const RFC6350_PHONE_TYPE: Readonly<Record<string, 'voice' | 'cell' | 'text'>> = { office: 'voice', switchboard: 'voice', mobile: 'cell', sms: 'text' }
export const rfc6350PhoneType = (type: string | null): 'voice' | 'cell' | 'text' => (type ? RFC6350_PHONE_TYPE[type] : undefined) ?? 'voice'

/**
 * A `tel:` URI that is valid outside Sweden too (RFC 3966), for files a device keeps: E.164 where there is one, and a
 * short number with Sweden as its context (`tel:11414;phone-context=+46`), since a local number must name one.
 */
export const globalTelUri = (phone: PhoneNumber): string => (phone.e164 ? `tel:${phone.e164}` : `${phone.telUri};phone-context=+46`)
