import { DateTimeISO } from '../../common/date-time'
import { Field, Int, ObjectType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { Items } from '../../common/lean'
import type { ManualStep, ManualStepLocale } from './manual-step.entity'

/** A manual step as an entity or as a lean read's record. */
export type ManualStepSource = Pick<ManualStep, 'id' | 'number' | 'updatedAt'> & {
  locales: Items<Pick<ManualStepLocale, 'locale' | 'title' | 'summary'>>
  rels: Items<{ organisation?: { id: number } | null }>
}

@ObjectType('ManualStep', { implements: LocalizedView, description: 'One of the six steps of the support and protection process for victims of human trafficking.' })
export class ManualStepView extends LocalizedView {
  @Field(() => Int, { description: 'Position in the process, 1–6.' })
  number!: number

  @Field(() => String, { description: 'Title, e.g. "Identifiering" or "Identification".' })
  title!: string

  @Field(() => String, { description: 'What the step involves.' })
  summary!: string

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date

  responsibleIds!: number[]
}

export function toManualStepView(step: ManualStepSource, locale: Locale): ManualStepView {
  const rows = step.locales.getItems()
  return {
    id: String(step.id),
    number: Number(step.number),
    title: localized(rows, locale, 'title') ?? '',
    summary: localized(rows, locale, 'summary') ?? '',
    updatedAt: step.updatedAt,
    responsibleIds: step.rels.getItems().flatMap((rel) => (rel.organisation ? [rel.organisation.id] : [])),
    locale,
  }
}
