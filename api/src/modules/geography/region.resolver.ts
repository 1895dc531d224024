import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { CoordinatorView } from '../coordinators/coordinator.types'
import { CountyView, RegionView, toCountyView, toRegionView } from './geography.types'

@Resolver(() => RegionView)
export class RegionResolver {
  @Query(() => [RegionView], { description: 'The seven police regions, by slug.' })
  regions(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): RegionView[] {
    const chosen = locale ?? ctx.defaultLocale
    return ctx.geography.regions().map((region) => toRegionView(region, chosen))
  }

  @Query(() => RegionView, { description: 'One region by its slug, e.g. "vast". NOT_FOUND if there is none.' })
  region(@Arg('slug', () => String, { description: "The region's slug." }) slug: string, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): RegionView {
    const region = ctx.geography.regionBySlug(slug)
    if (!region) throw new NotFoundError('No region has that slug.', { argument: 'slug' })
    return toRegionView(region, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => [CountyView], { description: 'The counties in the region, by code.' })
  counties(@Root() region: RegionView, @Ctx() ctx: ApiContext): CountyView[] {
    return ctx.geography.countiesOfRegion(Number(region.id)).map((county) => toCountyView(county, region.locale))
  }

  @FieldResolver(() => [CoordinatorView], { description: 'The regional coordinator posts of the region.' })
  coordinators(@Root() region: RegionView, @Ctx() ctx: ApiContext): CoordinatorView[] {
    return ctx.coordinators.ofRegion(Number(region.id)).map((coordinator) => ctx.coordinators.view(coordinator, region.locale))
  }
}
