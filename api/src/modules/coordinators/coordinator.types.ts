import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import { PhoneNumber, toPhoneNumber } from '../../common/phone'
import type { CoordinatorDocument } from '../../read-model/documents'
import { VerificationStatus, verificationStatus } from './verification'
import { enumOf } from '../../common/select-enum'
import { COORDINATOR_STATUSES } from '../../../../contracts/select-values/coordinators'

export const CoordinatorStatus = enumOf(COORDINATOR_STATUSES)
export type CoordinatorStatus = (typeof CoordinatorStatus)[keyof typeof CoordinatorStatus]

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

@ObjectType('Coordinator', {
  implements: LocalizedView,
  description: 'A regional coordinator against prostitution and human trafficking: the contact for professionals in a region.',
})
export class CoordinatorView extends LocalizedView {
  @Field(() => String, { description: 'Functional title of the post, in the requested language.' })
  title!: string

  @Field(() => String, { nullable: true, description: 'The person holding the post, when published.' })
  personName!: string | null

  @Field(() => String, { nullable: true, description: "The employing unit of the host municipality's social services." })
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

  @Field(() => DateTimeISO, {
    nullable: true,
    description: 'When the contact details were last confirmed, by the coordinator answering the emailed check or by an editor; e.g. to show "confirmed in November 2026".',
  })
  lastVerifiedAt!: Date | null

  @Field(() => VerificationStatus, { description: 'Whether the contact details are recently confirmed, being checked, or overdue.' })
  verificationStatus!: VerificationStatus

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  regionId!: number
  hostMunicipalityId!: number | null
}

/** `latestCheck`: the status of the newest check since the last verification (the snapshot's checkStatus). */
export function toCoordinatorView(coordinator: CoordinatorDocument, locale: Locale, latestCheck: string | null): CoordinatorView {
  const rows = coordinator.locales.getItems()
  const phones = coordinator.phones
    .getItems()
    .filter((phone) => phone.number)
    .map((phone) => toPhoneNumber(phone.number ?? '', phone.type ?? null, localized(phone.locales.getItems(), locale, 'label')))
  return {
    id: String(coordinator.id),
    title: localized(rows, locale, 'title') ?? '',
    personName: coordinator.personName ?? null,
    employer: localized(rows, locale, 'employer'),
    phones,
    email: coordinator.email ?? null,
    languages: coordinator.languages.getItems().flatMap((language) => (language.value ? [language.value] : [])),
    tasks: coordinator.tasks.getItems().flatMap((task) => localized(task.locales.getItems(), locale, 'task') ?? []),
    status: coordinator.postStatus as CoordinatorStatus,
    alert: localized(rows, locale, 'alert'),
    hasContactDetails: phones.length > 0 || Boolean(coordinator.email),
    lastVerifiedAt: coordinator.lastVerifiedAt ?? null,
    verificationStatus: verificationStatus(coordinator.lastVerifiedAt ?? null, latestCheck),
    updatedAt: coordinator.updatedAt,
    regionId: coordinator.region.id,
    hostMunicipalityId: coordinator.hostMunicipality?.id ?? null,
    locale,
  }
}

/** Whether a professional can reach someone in the region, or must be pointed to the support line. */
export function isReachable(coordinator: CoordinatorView): boolean {
  return coordinator.status === CoordinatorStatus.ACTIVE && coordinator.hasContactDetails
}
