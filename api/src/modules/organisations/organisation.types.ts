import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import { PhoneNumber, toPhoneNumber } from '../../common/phone'
import type { OrganisationDocument } from '../../read-model/documents'
import { enumOf } from '../../common/select-enum'
import { ORGANISATION_TYPES } from '../../../../contracts/select-values/organisations'

export const OrganisationType = enumOf(ORGANISATION_TYPES)
export type OrganisationType = (typeof OrganisationType)[keyof typeof OrganisationType]

registerEnumType(OrganisationType, {
  name: 'OrganisationType',
  description: 'What kind of actor an organisation is.',
  valuesConfig: {
    GOVERNMENT_AGENCY: { description: 'A national government agency.' },
    COUNTY_BOARD: { description: 'The county administrative boards (länsstyrelserna).' },
    SOCIAL_SERVICES: { description: 'Municipal social services.' },
    HEALTH_CARE: { description: 'Health and medical care.' },
    CIVIL_SOCIETY: { description: 'A civil-society organisation.' },
    INTERNATIONAL_ORGANISATION: { description: 'An international organisation such as IOM.' },
    COORDINATING_AGENCY: { description: 'NSPM, the national coordination, part of the Swedish Gender Equality Agency.' },
  },
})

@ObjectType('Organisation', { implements: LocalizedView, description: 'An agency or other actor in the work against prostitution and human trafficking.' })
export class OrganisationView extends LocalizedView {
  @Field(() => String, { description: 'URL key, e.g. "migrationsverket".' })
  slug!: string

  @Field(() => String, { description: 'Full name in the requested language.' })
  name!: string

  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. "IOM".' })
  shortName!: string | null

  @Field(() => OrganisationType, { description: 'What kind of actor this is.' })
  type!: OrganisationType

  @Field(() => String, { nullable: true, description: "The actor's role in the support and protection process." })
  description!: string | null

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null

  @Field(() => String, { nullable: true, description: 'General email address.' })
  email!: string | null

  @Field(() => PhoneNumber, { nullable: true, description: 'Switchboard or contact number.' })
  phone!: PhoneNumber | null

  @Field(() => String, { nullable: true, description: 'Where the organisation is based, e.g. "Göteborg".' })
  location!: string | null

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  partOfId!: number | null
}

export function toOrganisationView(organisation: OrganisationDocument, locale: Locale): OrganisationView {
  const rows = organisation.locales.getItems()
  return {
    id: String(organisation.id),
    slug: organisation.slug,
    name: localized(rows, locale, 'name') ?? organisation.slug,
    shortName: localized(rows, locale, 'shortName'),
    type: organisation.type as OrganisationType,
    description: localized(rows, locale, 'description'),
    website: organisation.website ?? null,
    email: organisation.email ?? null,
    phone: organisation.phone ? toPhoneNumber(organisation.phone) : null,
    location: organisation.location ?? null,
    updatedAt: organisation.updatedAt,
    partOfId: organisation.partOf?.id ?? null,
    locale,
  }
}
