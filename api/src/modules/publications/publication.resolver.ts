import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql'
import { LocaleArg, UpdatedSinceArg } from '../../common/args'
import type { Locale } from '../../common/locale'
import { connectionOf, pageRequest, toPage } from '../../common/pagination'
import type { ApiContext } from '../../context'
import { Audience, PublicationType, PublicationView, toPublicationView } from './publication.types'
import { PUBLICATION_CURSORS } from './publications.service'

const PublicationConnection = connectionOf(PublicationView, 'Publication')
type PublicationPage = InstanceType<typeof PublicationConnection>

@Resolver(() => PublicationView)
export class PublicationResolver {
  @Query(() => PublicationConnection, { description: 'Reports and information material, newest first; a page of at most 100.' })
  publications(
    @Arg('type', () => PublicationType, { nullable: true, description: 'Only this kind.' }) type: PublicationType | null,
    @Arg('audience', () => Audience, { nullable: true, description: 'Only publications for this audience.' }) audience: Audience | null,
    @Arg('language', () => String, { nullable: true, description: 'Only publications in this language (ISO 639-1, e.g. "en").' }) language: string | null,
    @Arg('orderable', () => Boolean, { nullable: true, description: 'true: the order catalogue; false: the rest.' }) orderable: boolean | null,
    @UpdatedSinceArg('publications')
    updatedSince: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): PublicationPage {
    const page = pageRequest(first, after, PUBLICATION_CURSORS)
    const [rows, total] = ctx.publications.page({ type, audience, language, orderable, updatedSince }, page)
    const chosen = locale ?? ctx.defaultLocale
    return toPage(
      rows.map((row) => toPublicationView(row, chosen, ctx.cmsUrl)),
      total,
      page,
      PUBLICATION_CURSORS,
      (view) => [view.publishedOn?.toISOString() ?? null, Number(view.id)],
    )
  }
}
