import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg, UpdatedSinceArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { connectionOf, pageRequest, toPage } from '../../common/pagination'
import type { ApiContext } from '../../context'
import { OrganisationType, OrganisationView, toOrganisationView } from './organisation.types'
import { ORGANISATION_CURSORS } from './organisations.service'

const OrganisationConnection = connectionOf(OrganisationView, 'Organisation')
type OrganisationPage = InstanceType<typeof OrganisationConnection>

@Resolver(() => OrganisationView)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'Agencies and other actors, by slug; a page of at most 100.' })
  organisations(
    @Arg('type', () => OrganisationType, { nullable: true, description: 'Only this kind of actor.' }) type: OrganisationType | null,
    @UpdatedSinceArg('organisations')
    updatedSince: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): OrganisationPage {
    const page = pageRequest(first, after, ORGANISATION_CURSORS)
    const [rows, total] = ctx.organisations.page({ type, updatedSince }, page)
    const chosen = locale ?? ctx.defaultLocale
    return toPage(
      rows.map((row) => toOrganisationView(row, chosen)),
      total,
      page,
      ORGANISATION_CURSORS,
      (view) => [view.slug, Number(view.id)],
    )
  }

  @Query(() => OrganisationView, { description: 'One organisation by slug, e.g. "migrationsverket". NOT_FOUND if there is none.' })
  organisation(@Arg('slug', () => String, { description: "The organisation's slug." }) slug: string, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): OrganisationView {
    const organisation = ctx.organisations.bySlug(slug)
    if (!organisation) throw new NotFoundError('No organisation has that slug.', { argument: 'slug' })
    return toOrganisationView(organisation, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation this one is part of, e.g. NSPM is part of the Swedish Gender Equality Agency.' })
  partOf(@Root() organisation: OrganisationView, @Ctx() ctx: ApiContext): OrganisationView | null {
    const parent = organisation.partOfId === null ? undefined : ctx.organisations.byId(organisation.partOfId)
    return parent ? toOrganisationView(parent, organisation.locale) : null
  }
}
