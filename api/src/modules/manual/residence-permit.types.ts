import { Field, Int, ObjectType, registerEnumType } from 'type-graphql'
import { isOneOf, PERMIT_APPLICANTS, RESIDENCE_PERMITS } from '../../../../contracts/select-values/facts'
import { localized, type Locale } from '../../common/locale'
import { stockholmDate } from '../support-line/stockholm-time'
import type { ResidencePermitRow as ResidencePermitEntity } from './manual-step.entity'
import type { Plain } from '../../read-model/plain'
import { enumOf } from '../../common/select-enum'

export const ResidencePermitKind = enumOf(RESIDENCE_PERMITS)
export type ResidencePermitKind = (typeof ResidencePermitKind)[keyof typeof ResidencePermitKind]

export const PermitApplicant = enumOf(PERMIT_APPLICANTS)
export type PermitApplicant = (typeof PermitApplicant)[keyof typeof PermitApplicant]

registerEnumType(ResidencePermitKind, {
  name: 'ResidencePermitKind',
  description: 'What the Swedish Migration Agency can grant a person who may be a victim of trafficking or exploitation.',
  valuesConfig: {
    REFLECTION_PERIOD: { description: 'Betänketid: a reflection period, given as a temporary residence permit (30 days).' },
    TEMPORARY_RESIDENCE_PERMIT: { description: 'A temporary residence permit for a person needed in a preliminary investigation.' },
  },
})

registerEnumType(PermitApplicant, {
  name: 'PermitApplicant',
  description: 'Who may apply to the Swedish Migration Agency.',
  valuesConfig: {
    SOCIAL_WELFARE_BOARD: { description: "The municipality's social welfare board (socialnämnden), since 1 August 2022." },
    HEAD_OF_PRELIMINARY_INVESTIGATION: { description: 'The head of the preliminary investigation (förundersökningsledaren): the police or a prosecutor.' },
  },
})

@ObjectType('ResidencePermitRule', { description: 'Who can apply for a reflection period or a temporary residence permit, for whom, and for how long.' })
export class ResidencePermitView {
  @Field(() => ResidencePermitKind, { description: 'A reflection period (betänketid) or a temporary residence permit.' })
  permit!: ResidencePermitKind

  @Field(() => PermitApplicant, { description: 'Who may apply.' })
  applicant!: PermitApplicant

  @Field(() => String, { description: 'Which people the rule is for, in the requested language.' })
  appliesTo!: string

  @Field(() => Int, { nullable: true, description: 'How long it lasts in days (30 for a reflection period); null where the brochure gives no length.' })
  durationDays!: number | null

  @Field(() => String, { nullable: true, description: 'The date since when the rule applies, "YYYY-MM-DD" (the social welfare board: 2022-08-01).' })
  availableSince!: string | null

  @Field(() => String, { nullable: true, description: "The application forms on the Swedish Migration Agency's website." })
  formsUrl!: string | null

  decidedById!: number | null
  applicantIds!: number[]
  locale!: Locale
}

/** Rows whose select values the API does not know (an edited database ahead of the code) are left out, not guessed. */
export function toResidencePermitViews(
  rows: readonly Plain<ResidencePermitEntity>[],
  rels: readonly { path?: string | null; organisation?: { id: number } | null }[],
  locale: Locale,
): ResidencePermitView[] {
  return rows.flatMap((row) => {
    if (!isOneOf(RESIDENCE_PERMITS, row.permit) || !isOneOf(PERMIT_APPLICANTS, row.applicant)) return []
    const path = `residencePermits.${row.order - 1}.applicantOrganisations`
    return [
      {
        permit: row.permit as ResidencePermitKind,
        applicant: row.applicant as PermitApplicant,
        appliesTo: localized(row.locales.getItems(), locale, 'appliesTo') ?? '',
        durationDays: row.durationDays ? Number(row.durationDays) : null,
        // A Payload date field is stored as an instant; the rule's date is Stockholm's calendar day of it.
        availableSince: row.availableSince ? stockholmDate(new Date(row.availableSince)) : null,
        formsUrl: row.formsUrl ?? null,
        decidedById: row.decidedBy?.id ?? null,
        applicantIds: rels.flatMap((rel) => (rel.path === path && rel.organisation ? [rel.organisation.id] : [])),
        locale,
      },
    ]
  })
}
