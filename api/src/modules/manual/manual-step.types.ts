import { DateTimeISO } from '../../common/date-time'
import { Field, Int, ObjectType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { ManualStepDocument } from '../../read-model/documents'
import { ResidencePermitView, toResidencePermitViews } from './residence-permit.types'

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

  @Field(() => [ResidencePermitView], {
    description: 'Who can apply for a reflection period (betänketid) or a temporary residence permit in this step, for whom and for how long.',
  })
  residencePermits!: ResidencePermitView[]

  responsibleIds!: number[]
  manualId!: number | null
}

export function toManualStepView(step: ManualStepDocument, locale: Locale): ManualStepView {
  const rows = step.locales.getItems()
  return {
    id: String(step.id),
    number: Number(step.number),
    title: localized(rows, locale, 'title') ?? '',
    summary: localized(rows, locale, 'summary') ?? '',
    updatedAt: step.updatedAt,
    residencePermits: toResidencePermitViews(step.residencePermits.getItems(), step.rels.getItems(), locale),
    responsibleIds: step.rels.getItems().flatMap((rel) => (rel.path === 'responsibleOrganisations' && rel.organisation ? [rel.organisation.id] : [])),
    manualId: step.manual?.id ?? null,
    locale,
  }
}
