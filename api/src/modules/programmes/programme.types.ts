import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType, registerEnumType } from 'type-graphql'
import { FUNDING_SHARES, isOneOf } from '../../../../contracts/select-values/facts'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { ProgrammeDocument } from '../../read-model/documents'
import { enumOf } from '../../common/select-enum'

export const FundingShare = enumOf(FUNDING_SHARES)
export type FundingShare = (typeof FundingShare)[keyof typeof FundingShare]

registerEnumType(FundingShare, {
  name: 'FundingShare',
  description: 'How much of a programme an organisation funds.',
  valuesConfig: {
    FULL: { description: 'The organisation funds the whole programme (ÅMP: "finansieras av Jämställdhetsmyndigheten").' },
    CONTRIBUTION: { description: 'The organisation contributes funding beside others (NSP: "bidrar med ekonomiska medel").' },
  },
})

@ObjectType('ProgrammeFunding', { description: 'An organisation that funds a programme, and whether it funds all of it or contributes.' })
export class ProgrammeFundingView {
  @Field(() => FundingShare, { description: 'FULL when it funds the whole programme, CONTRIBUTION when it contributes beside others.' })
  share!: FundingShare

  organisationId!: number
  locale!: Locale
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

  @Field(() => String, { nullable: true, description: "The programme's web page." })
  website!: string | null

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  @Field(() => [ProgrammeFundingView], { description: 'Every organisation that funds the programme, with its share. A contributor is not the only funder.' })
  funding!: ProgrammeFundingView[]

  operatorId!: number | null
}

export function toProgrammeView(programme: ProgrammeDocument, locale: Locale): ProgrammeView {
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
    funding: programme.funding
      .getItems()
      .flatMap((row) => (row.organisation && isOneOf(FUNDING_SHARES, row.share) ? [{ share: row.share as FundingShare, organisationId: row.organisation.id, locale }] : [])),
    locale,
  }
}
