import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { CoordinatorView, toCoordinatorView } from '../coordinators/coordinator.types'
import type { RegionWithCounties } from './geography.records'
import { CountyView, RegionView, toCountyView, toRegionView } from './geography.types'

@Resolver(() => RegionView)
export class RegionResolver {
  @Query(() => [RegionView], { description: 'The seven police regions, by slug.' })
  async regions(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): Promise<RegionView[]> {
    const chosen = locale ?? ctx.defaultLocale
    return (await ctx.geography.regions()).map((region) => toRegionView(primed(ctx, region), chosen))
  }

  @Query(() => RegionView, { description: 'One region by its slug, e.g. "vast". NOT_FOUND if there is none.' })
  async region(
    @Arg('slug', () => String, { description: 'The region\'s slug.' }) slug: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<RegionView> {
    const region = await ctx.geography.regionBySlug(slug)
    if (!region) throw new NotFoundError('No region has that slug.', { argument: 'slug' })
    return toRegionView(primed(ctx, region), locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => [CountyView], { description: 'The counties in the region, by code.' })
  async counties(@Root() region: RegionView, @Ctx() ctx: ApiContext): Promise<CountyView[]> {
    const counties = await ctx.loaders.countiesOfRegion.load(Number(region.id))
    return counties.map((county) => toCountyView(county, region.locale))
  }

  @FieldResolver(() => [CoordinatorView], { description: 'The regional coordinator posts of the region.' })
  async coordinators(@Root() region: RegionView, @Ctx() ctx: ApiContext): Promise<CoordinatorView[]> {
    const coordinators = await ctx.loaders.coordinatorsOfRegion.load(Number(region.id))
    return coordinators.map((coordinator) => toCoordinatorView(coordinator, region.locale))
  }
}

/** The region's counties came with it in one statement: later field resolvers find them in the loaders. */
function primed(ctx: ApiContext, region: RegionWithCounties): RegionWithCounties {
  ctx.loaders.region.prime(region.id, region)
  ctx.loaders.countiesOfRegion.prime(region.id, region.counties)
  return region
}
