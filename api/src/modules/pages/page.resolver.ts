import { Arg, Ctx, Query, Resolver } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { PageView, toPageView } from './page.types'

@Resolver(() => PageView)
export class PageResolver {
  @Query(() => [PageView], { description: 'The knowledge articles, by slug.' })
  pages(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): PageView[] {
    return ctx.pages.all().map((row) => toPageView(row, locale ?? ctx.defaultLocale))
  }

  @Query(() => PageView, { description: 'One article by slug, e.g. "betanketid". NOT_FOUND if there is none.' })
  page(@Arg('slug', () => String, { description: "The article's slug." }) slug: string, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): PageView {
    const row = ctx.pages.bySlug(slug)
    if (!row) throw new NotFoundError('No article has that slug.', { argument: 'slug' })
    return toPageView(row, locale ?? ctx.defaultLocale)
  }
}
