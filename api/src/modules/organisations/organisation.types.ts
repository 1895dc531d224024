import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import { PhoneNumber, toPhoneNumber } from '../../common/phone'
import type { Items } from '../../common/lean'
import type { Organisation, OrganisationLocale } from './organisation.entity'

/** An organisation as an entity or as a lean read's record. */
export type OrganisationSource = Pick<Organisation, 'id' | 'slug' | 'type' | 'website' | 'email' | 'phone' | 'updatedAt'> & {
  locales: Items<Pick<OrganisationLocale, 'locale' | 'name' | 'shortName' | 'description'>>
}

export enum OrganisationType {
  GOVERNMENT_AGENCY = 'government-agency',
  COUNTY_BOARD = 'county-board',
  SOCIAL_SERVICES = 'social-services',
  HEALTH_CARE = 'health-care',
  CIVIL_SOCIETY = 'civil-society',
  INTERNATIONAL_ORGANISATION = 'international-organisation',
  COORDINATING_AGENCY = 'coordinating-agency',
}

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
    COORDINATING_AGENCY: { description: 'The Swedish Gender Equality Agency, home of NSPM.' },
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

  @Field(() => String, { nullable: true, description: 'The actor\'s role in the support and protection process.' })
  description!: string | null

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website!: string | null

  @Field(() => String, { nullable: true, description: 'General email address.' })
  email!: string | null

  @Field(() => PhoneNumber, { nullable: true, description: 'Switchboard or contact number.' })
  phone!: PhoneNumber | null

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date
}

export function toOrganisationView(organisation: OrganisationSource, locale: Locale): OrganisationView {
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
    updatedAt: organisation.updatedAt,
    locale,
  }
}
