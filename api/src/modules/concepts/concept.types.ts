import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { ConceptDocument } from '../../read-model/documents'

@ObjectType('Concept', { implements: LocalizedView, description: 'A glossary entry, e.g. "Människohandel" (trafficking in human beings).' })
export class ConceptView extends LocalizedView {
  @Field(() => String, { description: 'URL key, e.g. "manniskohandel".' })
  slug!: string

  @Field(() => String, { description: 'The term in the requested language.' })
  term!: string

  @Field(() => String, { description: 'The definition in plain language.' })
  definition!: string

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  relatedIds!: number[]
}

export function toConceptView(concept: ConceptDocument, locale: Locale): ConceptView {
  const rows = concept.locales.getItems()
  return {
    id: String(concept.id),
    slug: concept.slug,
    term: localized(rows, locale, 'term') ?? concept.slug,
    definition: localized(rows, locale, 'definition') ?? '',
    updatedAt: concept.updatedAt,
    relatedIds: concept.rels.getItems().flatMap((rel) => (rel.path === 'related' && rel.concept ? [rel.concept.id] : [])),
    locale,
  }
}
