import { DateTimeISO } from '../../common/date-time'
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { PublicationDocument } from '../../read-model/documents'
import { enumOf } from '../../common/select-enum'
import { PUBLICATION_TYPES, AUDIENCES } from '../../../../contracts/select-values/publications'

export const PublicationType = enumOf(PUBLICATION_TYPES)
export type PublicationType = (typeof PublicationType)[keyof typeof PublicationType]

export const Audience = enumOf(AUDIENCES)
export type Audience = (typeof Audience)[keyof typeof Audience]

registerEnumType(PublicationType, {
  name: 'PublicationType',
  description: 'What kind of publication.',
  valuesConfig: {
    REPORT: { description: 'A report.' },
    MANUAL: { description: 'A manual, such as "Manual vid misstanke om människohandel".' },
    BROCHURE: { description: 'A brochure.' },
    INFORMATION_MATERIAL: { description: 'Information material.' },
    POSTER: { description: 'A poster.' },
  },
})

registerEnumType(Audience, {
  name: 'Audience',
  description: 'Who a publication is for.',
  valuesConfig: {
    PROFESSIONALS: { description: 'Professionals who may meet victims.' },
    AT_RISK: { description: 'People at risk of exploitation.' },
    PUBLIC: { description: 'The general public.' },
  },
})

@ObjectType('Publication', { implements: LocalizedView, description: 'A report or information material; printed material may be orderable.' })
export class PublicationView extends LocalizedView {
  @Field(() => String, { description: 'URL key.' })
  slug!: string

  @Field(() => String, { description: 'Title in the requested language.' })
  title!: string

  @Field(() => String, { nullable: true, description: 'What the publication is about.' })
  summary!: string | null

  @Field(() => PublicationType, { description: 'What kind of publication.' })
  type!: PublicationType

  @Field(() => [Audience], { description: 'Who it is for.' })
  audiences!: Audience[]

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages it exists in.' })
  languages!: string[]

  @Field(() => DateTimeISO, { nullable: true, description: 'Publication date.' })
  publishedOn!: Date | null

  @Field(() => String, { nullable: true, description: 'Where to read or download it: the uploaded file or a link.' })
  url!: string | null

  @Field(() => Boolean, { description: 'True when printed copies can be ordered.' })
  orderable!: boolean

  @Field(() => String, { nullable: true, description: 'Article number of the printed material.' })
  articleNumber!: string | null

  @Field(() => Int, { nullable: true, description: 'Most copies allowed in one order.' })
  maxQuantityPerOrder!: number | null

  @Field(() => Boolean, { description: 'False when the printed material has run out.' })
  inStock!: boolean

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date
}

export function toPublicationView(publication: PublicationDocument, locale: Locale, cmsUrl: string): PublicationView {
  const rows = publication.locales.getItems()
  const fileUrl = publication.file?.url ? new URL(publication.file.url, cmsUrl).toString() : null
  return {
    id: String(publication.id),
    slug: publication.slug,
    title: localized(rows, locale, 'title') ?? publication.slug,
    summary: localized(rows, locale, 'summary'),
    type: publication.type as PublicationType,
    audiences: publication.audiences.getItems().flatMap((row) => (row.value ? [row.value as Audience] : [])),
    languages: publication.languages.getItems().flatMap((row) => (row.value ? [row.value] : [])),
    publishedOn: publication.publishedOn ?? null,
    url: fileUrl ?? publication.url ?? null,
    orderable: publication.orderable ?? false,
    articleNumber: publication.articleNumber ?? null,
    maxQuantityPerOrder: publication.maxQuantityPerOrder ? Number(publication.maxQuantityPerOrder) : null,
    inStock: publication.inStock ?? false,
    updatedAt: publication.updatedAt,
    locale,
  }
}
