import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType } from 'type-graphql'
import { PhoneNumber } from '../../common/phone'

@ObjectType('OpeningHours', { description: 'Hours on the given weekdays, in Swedish time (Europe/Stockholm).' })
export class OpeningHoursView {
  @Field(() => [String], { description: 'Weekdays as three-letter codes: mon, tue, wed, thu, fri, sat, sun.' })
  days!: string[]

  @Field(() => String, { description: 'Opening time, "HH:MM".' })
  opens!: string

  @Field(() => String, { description: 'Closing time, "HH:MM" (exclusive).' })
  closes!: string
}

@ObjectType('EmergencyNumber', { description: 'Where to turn in an emergency or outside the support line\'s hours.' })
export class EmergencyNumberView {
  @Field(() => String, { description: 'emergency (112), police (114 14) or social-services-on-call.' })
  kind!: string

  @Field(() => String, { description: 'Name, in the requested language.' })
  label!: string

  @Field(() => PhoneNumber, { nullable: true, description: 'The number; null where it depends on the municipality (social services on call).' })
  phone!: PhoneNumber | null

  @Field(() => String, { nullable: true, description: 'When to call, in the requested language.' })
  whenToCall!: string | null
}

@ObjectType('SupportLine', { description: 'NSPM\'s national support line for professionals, with its hours and what to call when it is closed.' })
export class SupportLineView {
  @Field(() => String, { description: 'Name, e.g. "Nationell stödtelefon".' })
  name!: string

  @Field(() => PhoneNumber, { description: 'The support line\'s number, 020-390 000.' })
  phone!: PhoneNumber

  @Field(() => String, { nullable: true, description: 'Who can call and what help they get.' })
  description!: string | null

  @Field(() => [OpeningHoursView], { description: 'Opening hours as structured data.' })
  openingHours!: OpeningHoursView[]

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

  @Field(() => String, { nullable: true, description: 'What to do when the line is closed, in the requested language.' })
  whenClosed!: string | null

  @Field(() => [EmergencyNumberView], { description: '112, the police and social services on call.' })
  emergencyNumbers!: EmergencyNumberView[]

  @Field(() => String, { description: 'NSPM\'s email address.' })
  email!: string

  @Field(() => String, { description: 'NSPM\'s website.' })
  website!: string
}
