import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg, UpdatedSinceArg } from '../../common/args'
import { foldName } from '../../common/fold'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { connectionOf, pageRequest, toPage } from '../../common/pagination'
import type { ApiContext } from '../../context'
import { CountyView, MunicipalityView, RegionView, toCountyView, toMunicipalityView, toRegionView } from './geography.types'
import { byNameThenId, MUNICIPALITY_CURSORS } from './geography.service'

const MunicipalityConnection = connectionOf(MunicipalityView, 'Municipality')
type MunicipalityPage = InstanceType<typeof MunicipalityConnection>

@Resolver(() => MunicipalityView)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities by name, optionally filtered; a page of at most 100.' })
  municipalities(
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, forgiving case and Swedish letters ("gote" finds Göteborg).' })
    search: string | null,
    @Arg('countyCode', () => String, { nullable: true, description: 'Only this county (two-digit SCB code).' }) countyCode: string | null,
    @UpdatedSinceArg('municipalities')
    updatedSince: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): MunicipalityPage {
    const page = pageRequest(first, after, MUNICIPALITY_CURSORS)
    const wanted = search ? foldName(search) : ''
    const countyId = countyCode ? (ctx.geography.countyByCode(countyCode)?.id ?? -1) : null
    // 290 short rows: filtering in memory keeps name folding identical to coordinatorsForMunicipality.
    const matching = ctx.geography
      .municipalities()
      .filter(
        (municipality) =>
          (!wanted || foldName(municipality.name).includes(wanted)) &&
          (countyId === null || municipality.county.id === countyId) &&
          (!updatedSince || municipality.updatedAt >= updatedSince),
      )
    const cursor = page.after
    const following = cursor ? matching.filter((municipality) => byNameThenId(municipality, { name: cursor[0], id: cursor[1] }) > 0) : matching
    const chosen = locale ?? ctx.defaultLocale
    const nodes = following.slice(0, page.limit + 1).map((municipality) => toMunicipalityView(municipality, chosen))
    return toPage(nodes, matching.length, page, MUNICIPALITY_CURSORS, (view) => [view.name, Number(view.id)])
  }

  @Query(() => MunicipalityView, { description: 'One municipality by its four-digit SCB code, e.g. "1480". NOT_FOUND if there is none.' })
  municipality(
    @Arg('code', () => String, { description: 'Four-digit SCB municipality code.' }) code: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): MunicipalityView {
    const municipality = ctx.geography.municipalityByCode(code)
    if (!municipality) throw new NotFoundError('No municipality has that code.', { argument: 'code' })
    return toMunicipalityView(municipality, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => CountyView, { description: 'The county the municipality lies in.' })
  county(@Root() municipality: MunicipalityView, @Ctx() ctx: ApiContext): CountyView {
    const county = ctx.geography.county(municipality.countyId)
    if (!county) throw new NotFoundError("The municipality's county is not published.")
    return toCountyView(county, municipality.locale)
  }

  @FieldResolver(() => RegionView, { description: 'The police region, through the county.' })
  region(@Root() municipality: MunicipalityView, @Ctx() ctx: ApiContext): RegionView {
    const county = ctx.geography.county(municipality.countyId)
    const region = county ? ctx.geography.region(county.region.id) : undefined
    if (!region) throw new NotFoundError("The municipality's region is not published.")
    return toRegionView(region, municipality.locale)
  }
}
