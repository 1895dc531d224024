import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { OrganisationView, toOrganisationView } from '../organisations/organisation.types'
import { FundingShare, ProgrammeFundingView, ProgrammeView, toProgrammeView } from './programme.types'

@Resolver(() => ProgrammeView)
export class ProgrammeResolver {
  @Query(() => [ProgrammeView], { description: 'The support programmes, by slug.' })
  programmes(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): ProgrammeView[] {
    return ctx.programmes.all().map((row) => toProgrammeView(row, locale ?? ctx.defaultLocale))
  }

  @Query(() => ProgrammeView, { description: 'One programme by slug ("amp", "nsp"). NOT_FOUND if there is none.' })
  programme(@Arg('slug', () => String, { description: "The programme's slug." }) slug: string, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): ProgrammeView {
    const row = ctx.programmes.bySlug(slug)
    if (!row) throw new NotFoundError('No programme has that slug.', { argument: 'slug' })
    return toProgrammeView(row, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation that runs the programme.' })
  operator(@Root() programme: ProgrammeView, @Ctx() ctx: ApiContext): OrganisationView | null {
    return organisationOf(ctx, programme.operatorId, programme.locale)
  }

  @FieldResolver(() => OrganisationView, {
    nullable: true,
    description: 'The organisation that funds the whole programme; null when it is funded by contributions (see `funding`).',
    deprecationReason: 'A programme can have several funders, and a contributor is not the only one. Use `funding` instead. Removed after 2027-06-30.',
  })
  funder(@Root() programme: ProgrammeView, @Ctx() ctx: ApiContext): OrganisationView | null {
    const sole = programme.funding.length === 1 && programme.funding[0]?.share === FundingShare.FULL ? programme.funding[0] : null
    return organisationOf(ctx, sole?.organisationId ?? null, programme.locale)
  }
}

@Resolver(() => ProgrammeFundingView)
export class ProgrammeFundingResolver {
  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The funding organisation; null while it is unpublished.' })
  organisation(@Root() funding: ProgrammeFundingView, @Ctx() ctx: ApiContext): OrganisationView | null {
    return organisationOf(ctx, funding.organisationId, funding.locale)
  }
}

function organisationOf(ctx: ApiContext, id: number | null, locale: Locale): OrganisationView | null {
  const organisation = id === null ? undefined : ctx.organisations.byId(id)
  return organisation ? toOrganisationView(organisation, locale) : null
}
