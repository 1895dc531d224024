import { Field, ObjectType } from 'type-graphql'

@ObjectType({ description: 'A phone number as written for people and as a dialable value for devices.' })
export class PhoneNumber {
  @Field(() => String, { description: 'As an editor wrote it, e.g. "020-390 000".' })
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
 * Swedish numbers to E.164: a leading 0 is the trunk prefix (0XX → +46XX), 00 the international prefix.
 * Numbers without either (112, 114 14) are national short numbers that have no E.164 form.
 */
export function toPhoneNumber(display: string, type: string | null = null, label: string | null = null): PhoneNumber {
  const trimmed = display.trim()
  const digits = trimmed.replace(/\D/g, '')
  let e164: string | null = null
  if (trimmed.startsWith('+')) e164 = `+${digits}`
  else if (digits.startsWith('00')) e164 = `+${digits.slice(2)}`
  else if (digits.startsWith('0')) e164 = `+46${digits.slice(1)}`
  return { display: trimmed, e164, telUri: `tel:${e164 ?? digits}`, type, label }
}
