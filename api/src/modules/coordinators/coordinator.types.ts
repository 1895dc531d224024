import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import { PhoneNumber, toPhoneNumber } from '../../common/phone'
import type { CoordinatorRecord } from './coordinator.records'

export enum CoordinatorStatus {
  ACTIVE = 'active',
  VACANT = 'vacant',
  TEMPORARILY_UNAVAILABLE = 'temporarily-unavailable',
  DETAILS_PENDING = 'details-pending',
}

registerEnumType(CoordinatorStatus, {
  name: 'CoordinatorStatus',
  description: 'Whether the post can be reached.',
  valuesConfig: {
    ACTIVE: { description: 'In post and reachable on the numbers given.' },
    VACANT: { description: 'Nobody holds the post; call the national support line.' },
    TEMPORARILY_UNAVAILABLE: { description: 'Away for a period; see `alert`, or call the national support line.' },
    DETAILS_PENDING: { description: 'Contact details not yet entered by an editor; call the national support line.' },
  },
})

@ObjectType('Coordinator', { implements: LocalizedView, description: 'A regional coordinator against prostitution and human trafficking: the contact for professionals in a region.' })
export class CoordinatorView extends LocalizedView {
  @Field(() => String, { description: 'Functional title of the post, in the requested language.' })
  title!: string

  @Field(() => String, { nullable: true, description: 'The person holding the post, when published.' })
  personName!: string | null

  @Field(() => String, { nullable: true, description: 'The employing unit of the host municipality\'s social services.' })
  employer!: string | null

  @Field(() => [PhoneNumber], { description: 'Phone numbers in the order to try them.' })
  phones!: PhoneNumber[]

  @Field(() => String, { nullable: true, description: 'Email address of the post.' })
  email!: string | null

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the coordinator takes calls in, e.g. ["sv", "en"].' })
  languages!: string[]

  @Field(() => [String], { description: 'What the coordinator helps with, in the requested language.' })
  tasks!: string[]

  @Field(() => CoordinatorStatus, { description: 'Whether the post can be reached.' })
  status!: CoordinatorStatus

  @Field(() => String, { nullable: true, description: 'An important notice to show prominently, e.g. an absence.' })
  alert!: string | null

  @Field(() => Boolean, { description: 'True when the post has at least one phone number or an email address.' })
  hasContactDetails!: boolean

  @Field(() => DateTimeISO, { nullable: true, description: 'When an editor last confirmed the contact details.' })
  lastVerifiedAt!: Date | null

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  regionId!: number
  hostMunicipalityId!: number | null
}

export function toCoordinatorView(coordinator: CoordinatorRecord, locale: Locale): CoordinatorView {
  const rows = coordinator.locales
  const phones = coordinator.phones
    .filter((phone) => phone.number)
    .map((phone) => toPhoneNumber(phone.number ?? '', phone.type ?? null, localized(phone.locales, locale, 'label')))
  return {
    id: String(coordinator.id),
    title: localized(rows, locale, 'title') ?? '',
    personName: coordinator.personName ?? null,
    employer: localized(rows, locale, 'employer'),
    phones,
    email: coordinator.email ?? null,
    languages: coordinator.languages,
    tasks: coordinator.tasks.flatMap((task) => localized(task, locale, 'task') ?? []),
    status: coordinator.postStatus as CoordinatorStatus,
    alert: localized(rows, locale, 'alert'),
    hasContactDetails: phones.length > 0 || Boolean(coordinator.email),
    lastVerifiedAt: coordinator.lastVerifiedAt,
    updatedAt: coordinator.updatedAt,
    regionId: coordinator.regionId,
    hostMunicipalityId: coordinator.hostMunicipalityId,
    locale,
  }
}

/** Whether a professional can reach someone in the region, or must be pointed to the support line. */
export function isReachable(coordinator: CoordinatorView): boolean {
  return coordinator.status === CoordinatorStatus.ACTIVE && coordinator.hasContactDetails
}
