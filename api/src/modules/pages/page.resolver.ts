import { Arg, Ctx, Query, Resolver } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { PUBLISHED } from '../../common/payload-columns'
import type { ApiContext } from '../../context'
import { Page, PAGE_POPULATE } from './page.entity'
import { PageView, toPageView } from './page.types'

@Resolver(() => PageView)
export class PageResolver {
  @Query(() => [PageView], { description: 'The knowledge articles, by slug.' })
  async pages(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): Promise<PageView[]> {
    const rows = await ctx.em.find(Page, { status: PUBLISHED }, { populate: PAGE_POPULATE, orderBy: { slug: 'asc' } })
    return rows.map((row) => toPageView(row, locale ?? ctx.defaultLocale))
  }

  @Query(() => PageView, { description: 'One article by slug, e.g. "betanketid". NOT_FOUND if there is none.' })
  async page(
    @Arg('slug', () => String, { description: 'The article\'s slug.' }) slug: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<PageView> {
    const row = await ctx.em.findOne(Page, { slug, status: PUBLISHED }, { populate: PAGE_POPULATE })
    if (!row) throw new NotFoundError('No article has that slug.', { argument: 'slug' })
    return toPageView(row, locale ?? ctx.defaultLocale)
  }
}
