import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { search } from './search.service'
import { SearchHit } from './search.types'

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Ranked full-text search over manual steps, concepts, programmes, articles, organisations, publications, police regions, counties, ' +
      'municipalities and coordinator posts, with Swedish and English stemming and without regard to Swedish letters ("manniskohandel" ' +
      'finds "människohandel"). A place brings its region\'s coordinator posts, ranked just above it: "Kiruna" gives region Nord\'s ' +
      'coordinators first. Letters as typed decide between places that fold alike ("Håbo", "Habo"). Best first.',
  })
  search(
    @Arg('query', () => String, { description: 'Words to look for, 1–200 characters; "quotes" for phrases, -word to exclude.' }) query: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many results, 1–50 (default 10).' }) first: number | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<SearchHit[]> {
    return search(ctx, query, first ?? 10, locale ?? ctx.defaultLocale)
  }
}
