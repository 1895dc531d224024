import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { PhoneNumber } from '../../common/phone'
import type { Locale } from '../../common/locale'
import { enumOf } from '../../common/select-enum'
import { EMERGENCY_APPLIES } from '../../../../contracts/select-values/facts'

@ObjectType('OpeningHours', { description: 'Hours on the given weekdays, in Swedish time (Europe/Stockholm).' })
export class OpeningHoursView {
  @Field(() => [String], { description: 'Weekdays as three-letter codes: mon, tue, wed, thu, fri, sat, sun.' })
  days!: string[]

  @Field(() => String, { description: 'Opening time, "HH:MM".' })
  opens!: string

  @Field(() => String, { description: 'Closing time, "HH:MM" (exclusive).' })
  closes!: string
}

export const EmergencyNumberApplies = enumOf(EMERGENCY_APPLIES)
export type EmergencyNumberApplies = (typeof EmergencyNumberApplies)[keyof typeof EmergencyNumberApplies]

registerEnumType(EmergencyNumberApplies, {
  name: 'EmergencyNumberApplies',
  description: "When a number applies, whatever the support line's opening hours.",
  valuesConfig: {
    ALWAYS: { description: 'At any time, also while the support line is open: urgent cases and immediate danger never wait for it.' },
    LINE_CLOSED: { description: 'Only as an alternative while the support line is closed.' },
  },
})

@ObjectType('EmergencyNumber', {
  description:
    'A number to call: in urgent cases (the police 114 14 or social services on call) and in immediate danger (112) at any time, or an alternative while the support line is closed.',
})
export class EmergencyNumberView {
  @Field(() => String, { description: 'emergency (112), police (114 14) or social-services-on-call.' })
  kind!: string

  @Field(() => EmergencyNumberApplies, { description: 'ALWAYS for urgent numbers (112, 114 14, social services on call); LINE_CLOSED for alternatives while the line is closed.' })
  appliesWhen!: EmergencyNumberApplies

  @Field(() => String, { description: 'Name, in the requested language.' })
  label!: string

  @Field(() => PhoneNumber, { nullable: true, description: 'The number; null where it depends on the municipality (social services on call).' })
  phone!: PhoneNumber | null

  @Field(() => String, { nullable: true, description: 'When to call, in the requested language.' })
  whenToCall!: string | null
}

@ObjectType('SupportLine', {
  description: "NSPM's national support line for professionals: its hours, the numbers that always apply in urgent cases, and the alternatives when it is closed.",
})
export class SupportLineView {
  @Field(() => String, { description: 'Name, e.g. "Nationell stödtelefon".' })
  name!: string

  @Field(() => PhoneNumber, { description: "The support line's number, 020-390 000." })
  phone!: PhoneNumber

  @Field(() => String, { nullable: true, description: 'Who can call and what help they get.' })
  description!: string | null

  @Field(() => [OpeningHoursView], {
    description:
      'Opening hours as structured data. The brochure says only "office hours on weekdays": unless `openingHoursConfirmed` is true, these times are an assumption still to be confirmed by an editor.',
  })
  openingHours!: OpeningHoursView[]

  @Field(() => Boolean, { description: 'True once an editor has confirmed the exact opening hours; false while they are the seeded assumption (08:00–16:00).' })
  openingHoursConfirmed!: boolean

  @Field(() => Boolean, { description: 'True when the line is closed on Swedish public holidays and holiday eves.' })
  closedOnPublicHolidays!: boolean

  @Field(() => Boolean, { description: 'Whether the line is open at the evaluated instant (now, unless `at` was given).' })
  isOpenNow!: boolean

  @Field(() => DateTimeISO, { nullable: true, description: 'The next instant the line opens; when open, the opening after the current period.' })
  nextOpensAt!: Date | null

  @Field(() => DateTimeISO, { nullable: true, description: 'When open: the instant the current period ends.' })
  closesAt!: Date | null

  @Field(() => String, { nullable: true, description: 'The Swedish name of the holiday that keeps the line closed today, e.g. "Midsommarafton".' })
  closedForHoliday!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The alternatives while the line is closed (email, the regional coordinator), in the requested language. Urgent cases: see `urgentNumbers`.',
  })
  whenClosed!: string | null

  @Field(() => [EmergencyNumberView], {
    description: "Every number, each with when it applies: the urgent ones (ALWAYS) followed by the line-closed alternatives, in the editors' order.",
  })
  emergencyNumbers!: EmergencyNumberView[]

  @Field(() => [EmergencyNumberView], {
    description: 'The numbers that apply at any time, whether the line is open or not: the police 114 14 or social services on call in urgent cases, 112 in immediate danger.',
  })
  urgentNumbers!: EmergencyNumberView[]

  @Field(() => [EmergencyNumberView], { description: 'Numbers that are alternatives only while the line is closed (none in the brochure; see `whenClosed`).' })
  whenClosedNumbers!: EmergencyNumberView[]

  @Field(() => String, { description: "NSPM's email address." })
  email!: string

  @Field(() => String, { description: "NSPM's website." })
  website!: string

  /** The language the view was answered in, for the addresses of its files in that language. */
  locale!: Locale
}
