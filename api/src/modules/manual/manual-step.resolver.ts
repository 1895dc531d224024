import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { PUBLISHED } from '../../common/payload-columns'
import { found, type ApiContext } from '../../context'
import { OrganisationView, toOrganisationView } from '../organisations/organisation.types'
import { ManualStep } from './manual-step.entity'
import { ManualStepView, toManualStepView } from './manual-step.types'

@Resolver(() => ManualStepView)
export class ManualStepResolver {
  @Query(() => [ManualStepView], { description: 'The six steps of the support and protection process, in order 1–6.' })
  async manualSteps(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): Promise<ManualStepView[]> {
    const rows = await ctx.em.find(ManualStep, { status: PUBLISHED }, { populate: ['locales', 'rels'] })
    return rows.map((row) => toManualStepView(row, locale ?? ctx.defaultLocale)).sort((a, b) => a.number - b.number)
  }

  @Query(() => ManualStepView, { description: 'One step by its number, 1–6. NOT_FOUND if there is none.' })
  async manualStep(
    @Arg('number', () => Int, { description: 'The step number, 1–6.' }) number: number,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ManualStepView> {
    const row = await ctx.em.findOne(ManualStep, { number: String(number), status: PUBLISHED }, { populate: ['locales', 'rels'] })
    if (!row) throw new NotFoundError('No step has that number.', { argument: 'number' })
    return toManualStepView(row, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => [OrganisationView], { description: 'The organisations responsible in this step.' })
  async responsibleOrganisations(@Root() step: ManualStepView, @Ctx() ctx: ApiContext): Promise<OrganisationView[]> {
    const organisations = await ctx.loaders.organisation.loadMany(step.responsibleIds)
    return found(organisations).map((organisation) => toOrganisationView(organisation, step.locale))
  }
}
