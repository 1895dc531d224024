import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { PUBLISHED } from '../../common/payload-columns'
import type { ApiContext } from '../../context'
import { OrganisationView, toOrganisationView } from '../organisations/organisation.types'
import { Programme, PROGRAMME_POPULATE } from './programme.entity'
import { ProgrammeView, toProgrammeView } from './programme.types'

@Resolver(() => ProgrammeView)
export class ProgrammeResolver {
  @Query(() => [ProgrammeView], { description: 'The support programmes, by slug.' })
  async programmes(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): Promise<ProgrammeView[]> {
    const rows = await ctx.em.find(Programme, { status: PUBLISHED }, { populate: PROGRAMME_POPULATE, orderBy: { slug: 'asc' } })
    return rows.map((row) => toProgrammeView(row, locale ?? ctx.defaultLocale))
  }

  @Query(() => ProgrammeView, { description: 'One programme by slug ("amp", "nsp"). NOT_FOUND if there is none.' })
  async programme(
    @Arg('slug', () => String, { description: 'The programme\'s slug.' }) slug: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<ProgrammeView> {
    const row = await ctx.em.findOne(Programme, { slug, status: PUBLISHED }, { populate: PROGRAMME_POPULATE })
    if (!row) throw new NotFoundError('No programme has that slug.', { argument: 'slug' })
    return toProgrammeView(row, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation that runs the programme.' })
  operator(@Root() programme: ProgrammeView, @Ctx() ctx: ApiContext): Promise<OrganisationView | null> {
    return organisationOf(ctx, programme.operatorId, programme.locale)
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation that funds the programme.' })
  funder(@Root() programme: ProgrammeView, @Ctx() ctx: ApiContext): Promise<OrganisationView | null> {
    return organisationOf(ctx, programme.funderId, programme.locale)
  }
}

async function organisationOf(ctx: ApiContext, id: number | null, locale: Locale): Promise<OrganisationView | null> {
  const organisation = id === null ? null : await ctx.loaders.organisation.load(id)
  return organisation ? toOrganisationView(organisation, locale) : null
}
