import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { OrganisationView, toOrganisationView } from '../organisations/organisation.types'
import { PublicationView, toPublicationView } from '../publications/publication.types'
import { ManualStepView, toManualStepView } from './manual-step.types'
import { ResidencePermitView } from './residence-permit.types'

@Resolver(() => ManualStepView)
export class ManualStepResolver {
  @Query(() => [ManualStepView], { description: 'The six steps of the support and protection process, in order 1–6.' })
  manualSteps(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): ManualStepView[] {
    return ctx.manualSteps.all().map((row) => toManualStepView(row, locale ?? ctx.defaultLocale))
  }

  @Query(() => ManualStepView, { description: 'One step by its number, 1–6. NOT_FOUND if there is none.' })
  manualStep(@Arg('number', () => Int, { description: 'The step number, 1–6.' }) number: number, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): ManualStepView {
    const row = ctx.manualSteps.byNumber(number)
    if (!row) throw new NotFoundError('No step has that number.', { argument: 'number' })
    return toManualStepView(row, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => [OrganisationView], { description: 'The organisations responsible in this step.' })
  responsibleOrganisations(@Root() step: ManualStepView, @Ctx() ctx: ApiContext): OrganisationView[] {
    return ctx.organisations.byIds(step.responsibleIds).map((organisation) => toOrganisationView(organisation, step.locale))
  }

  @FieldResolver(() => PublicationView, { nullable: true, description: 'The manual ("Manual vid misstanke om människohandel") that describes this step in full.' })
  manual(@Root() step: ManualStepView, @Ctx() ctx: ApiContext): PublicationView | null {
    const publication = step.manualId === null ? undefined : ctx.publications.byId(step.manualId)
    return publication ? toPublicationView(publication, step.locale, ctx.cmsUrl) : null
  }
}

@Resolver(() => ResidencePermitView)
export class ResidencePermitResolver {
  @FieldResolver(() => [OrganisationView], {
    description: 'Where the applicant works: social services, or the police and the Prosecution Authority for a head of preliminary investigation.',
  })
  applicantOrganisations(@Root() rule: ResidencePermitView, @Ctx() ctx: ApiContext): OrganisationView[] {
    return ctx.organisations.byIds(rule.applicantIds).map((organisation) => toOrganisationView(organisation, rule.locale))
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The agency that decides on the application: the Swedish Migration Agency.' })
  decidedBy(@Root() rule: ResidencePermitView, @Ctx() ctx: ApiContext): OrganisationView | null {
    const organisation = rule.decidedById === null ? undefined : ctx.organisations.byId(rule.decidedById)
    return organisation ? toOrganisationView(organisation, rule.locale) : null
  }
}
