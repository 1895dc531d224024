import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { CountyView, MunicipalityView, RegionView, toCountyView, toMunicipalityView, toRegionView } from './geography.types'

@Resolver(() => CountyView)
export class CountyResolver {
  @Query(() => [CountyView], { description: 'The 21 counties, by SCB code.' })
  counties(@LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): CountyView[] {
    const chosen = locale ?? ctx.defaultLocale
    return ctx.geography.counties().map((county) => toCountyView(county, chosen))
  }

  @Query(() => CountyView, { description: 'One county by its two-digit SCB code, e.g. "14". NOT_FOUND if there is none.' })
  county(@Arg('code', () => String, { description: 'Two-digit SCB county code.' }) code: string, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): CountyView {
    const county = ctx.geography.countyByCode(code)
    if (!county) throw new NotFoundError('No county has that code.', { argument: 'code' })
    return toCountyView(county, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => RegionView, { description: 'The police region the county belongs to.' })
  region(@Root() county: CountyView, @Ctx() ctx: ApiContext): RegionView {
    const region = ctx.geography.region(county.regionId)
    if (!region) throw new NotFoundError("The county's region is not published.")
    return toRegionView(region, county.locale)
  }

  @FieldResolver(() => [MunicipalityView], { description: 'The municipalities in the county, by name.' })
  municipalities(@Root() county: CountyView, @Ctx() ctx: ApiContext): MunicipalityView[] {
    return ctx.geography.municipalitiesOfCounty(Number(county.id)).map((municipality) => toMunicipalityView(municipality, county.locale))
  }
}
