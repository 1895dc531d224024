import { GraphQLDateTimeISO } from 'graphql-scalars'
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import type { Locale } from '../../common/locale'
import { PUBLISHED } from '../../common/payload-columns'
import { connectionOf, pageRequest, toPage } from '../../common/pagination'
import type { ApiContext } from '../../context'
import { Publication } from './publication.entity'
import { Audience, PublicationType, PublicationView, toPublicationView } from './publication.types'

export const PublicationConnection = connectionOf(PublicationView, 'Publication')
type PublicationPage = InstanceType<typeof PublicationConnection>

@Resolver(() => PublicationView)
export class PublicationResolver {
  @Query(() => PublicationConnection, { description: 'Reports and information material, newest first; a page of at most 100.' })
  async publications(
    @Arg('type', () => PublicationType, { nullable: true, description: 'Only this kind.' }) type: PublicationType | null,
    @Arg('audience', () => Audience, { nullable: true, description: 'Only publications for this audience.' }) audience: Audience | null,
    @Arg('language', () => String, { nullable: true, description: 'Only publications in this language (ISO 639-1, e.g. "en").' }) language: string | null,
    @Arg('orderable', () => Boolean, { nullable: true, description: 'true: the order catalogue; false: the rest.' }) orderable: boolean | null,
    @Arg('updatedSince', () => GraphQLDateTimeISO, { nullable: true, description: 'Only publications changed at or after this instant (incremental sync).' })
    updatedSince: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<PublicationPage> {
    const page = pageRequest(first, after)
    const [rows, total] = await ctx.em.findAndCount(
      Publication,
      {
        status: PUBLISHED,
        ...(type ? { type } : {}),
        ...(audience ? { audiences: { value: audience } } : {}),
        ...(language ? { languages: { value: language } } : {}),
        // An omitted argument arrives as undefined, not null.
        ...(typeof orderable === 'boolean' ? { orderable } : {}),
        ...(updatedSince ? { updatedAt: { $gte: updatedSince } } : {}),
      },
      { populate: ['locales', 'audiences', 'languages', 'file'], orderBy: { publishedOn: 'desc nulls last', id: 'asc' }, limit: page.limit, offset: page.offset },
    )
    const chosen = locale ?? ctx.defaultLocale
    return toPage(
      rows.map((row) => toPublicationView(row, chosen, ctx.cmsUrl)),
      total,
      page,
    )
  }
}
