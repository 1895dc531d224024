import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { Items } from '../../common/lean'
import type { Programme, ProgrammeLocale, ProgrammeSupportItemLocale } from './programme.entity'

/** A programme as an entity or as a lean read's record. */
export type ProgrammeSource = Pick<Programme, 'id' | 'slug' | 'website' | 'updatedAt'> & {
  operator?: { id: number } | null
  funder?: { id: number } | null
  locales: Items<Pick<ProgrammeLocale, 'locale' | 'name' | 'shortName' | 'summary' | 'eligibility' | 'howToApply'>>
  supportOffered: Items<{ locales: Items<Pick<ProgrammeSupportItemLocale, 'locale' | 'item'>> }>
}

@ObjectType('Programme', { implements: LocalizedView, description: 'A support programme for victims, e.g. the return programme ÅMP or the national support programme NSP.' })
export class ProgrammeView extends LocalizedView {
  @Field(() => String, { description: 'URL key, e.g. "amp".' })
  slug!: string

  @Field(() => String, { description: 'Full name in the requested language.' })
  name!: string

  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. "ÅMP".' })
  shortName!: string | null

  @Field(() => String, { description: 'What the programme is, in two or three sentences.' })
  summary!: string

  @Field(() => String, { nullable: true, description: 'Who can get support, and on what conditions.' })
  eligibility!: string | null

  @Field(() => [String], { description: 'The forms of support offered, one per item.' })
  supportOffered!: string[]

  @Field(() => String, { nullable: true, description: 'Whom to contact and how to apply.' })
  howToApply!: string | null

  @Field(() => String, { nullable: true, description: 'The programme\'s web page.' })
  website!: string | null

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  operatorId!: number | null
  funderId!: number | null
}

export function toProgrammeView(programme: ProgrammeSource, locale: Locale): ProgrammeView {
  const rows = programme.locales.getItems()
  return {
    id: String(programme.id),
    slug: programme.slug,
    name: localized(rows, locale, 'name') ?? programme.slug,
    shortName: localized(rows, locale, 'shortName'),
    summary: localized(rows, locale, 'summary') ?? '',
    eligibility: localized(rows, locale, 'eligibility'),
    supportOffered: programme.supportOffered.getItems().flatMap((item) => localized(item.locales.getItems(), locale, 'item') ?? []),
    howToApply: localized(rows, locale, 'howToApply'),
    website: programme.website ?? null,
    updatedAt: programme.updatedAt,
    operatorId: programme.operator?.id ?? null,
    funderId: programme.funder?.id ?? null,
    locale,
  }
}
