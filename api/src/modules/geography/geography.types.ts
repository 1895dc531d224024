import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { CountyDocument, MunicipalityDocument, RegionDocument } from '../../read-model/documents'

@ObjectType('Region', { implements: LocalizedView, description: 'One of the seven police regions; the regional coordinators work to the same division.' })
export class RegionView extends LocalizedView {
  @Field(() => String, { description: 'URL key, e.g. "vast".' })
  slug!: string

  @Field(() => String, { description: 'Name in the requested language, e.g. "Väst" or "West".' })
  name!: string

  @Field(() => String, { nullable: true, description: 'A short description, naming the counties.' })
  description!: string | null

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date
}

@ObjectType('County', { implements: LocalizedView, description: 'A county (län) with its official SCB code.' })
export class CountyView extends LocalizedView {
  @Field(() => String, { description: 'Two-digit SCB county code, e.g. "14".' })
  code!: string

  @Field(() => String, { description: 'Name in the requested language, e.g. "Västra Götalands län".' })
  name!: string

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  regionId!: number
}

@ObjectType('Municipality', { implements: LocalizedView, description: 'A municipality (kommun) with its official SCB code.' })
export class MunicipalityView extends LocalizedView {
  @Field(() => String, { description: 'Four-digit SCB municipality code, e.g. "1480".' })
  code!: string

  @Field(() => String, { description: 'The municipality\'s name, e.g. "Göteborg" (a proper name, the same in every language).' })
  name!: string

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  countyId!: number
}

export function toRegionView(region: RegionDocument, locale: Locale): RegionView {
  const rows = region.locales.getItems()
  return {
    id: String(region.id),
    slug: region.slug,
    name: localized(rows, locale, 'name') ?? region.slug,
    description: localized(rows, locale, 'description'),
    updatedAt: region.updatedAt,
    locale,
  }
}

export function toCountyView(county: CountyDocument, locale: Locale): CountyView {
  return {
    id: String(county.id),
    code: county.code,
    name: localized(county.locales.getItems(), locale, 'name') ?? county.code,
    updatedAt: county.updatedAt,
    regionId: county.region.id,
    locale,
  }
}

export function toMunicipalityView(municipality: MunicipalityDocument, locale: Locale): MunicipalityView {
  return {
    id: String(municipality.id),
    code: municipality.code,
    name: municipality.name,
    updatedAt: municipality.updatedAt,
    countyId: municipality.county.id,
    locale,
  }
}
