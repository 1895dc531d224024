import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg, UpdatedSinceArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { connectionOf, pageRequest, toPage } from '../../common/pagination'
import type { ApiContext } from '../../context'
import { contactFileUrl, coordinatorVcardPath } from '../contact-cards/contact-paths'
import { MunicipalityView, RegionView, toMunicipalityView, toRegionView } from '../geography/geography.types'
import { CoordinatorStatus, CoordinatorView } from './coordinator.types'
import { COORDINATOR_CURSORS } from './coordinators.service'

const CoordinatorConnection = connectionOf(CoordinatorView, 'Coordinator')
type CoordinatorPage = InstanceType<typeof CoordinatorConnection>

@Resolver(() => CoordinatorView)
export class CoordinatorResolver {
  @Query(() => CoordinatorConnection, { description: 'Regional coordinator posts, optionally by region and status; a page of at most 100.' })
  coordinators(
    @Arg('regionSlug', () => String, { nullable: true, description: 'Only this region, e.g. "vast".' }) regionSlug: string | null,
    @Arg('status', () => CoordinatorStatus, { nullable: true, description: 'Only posts with this status.' }) status: CoordinatorStatus | null,
    @UpdatedSinceArg('posts')
    updatedSince: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): CoordinatorPage {
    const page = pageRequest(first, after, COORDINATOR_CURSORS)
    const [rows, total] = ctx.coordinators.page({ regionSlug, status, updatedSince }, page)
    const chosen = locale ?? ctx.defaultLocale
    return toPage(
      rows.map((row) => ctx.coordinators.view(row, chosen)),
      total,
      page,
      COORDINATOR_CURSORS,
      (view) => [Number(view.id)],
    )
  }

  @FieldResolver(() => RegionView, { description: 'The police region the post covers.' })
  region(@Root() coordinator: CoordinatorView, @Ctx() ctx: ApiContext): RegionView {
    const region = ctx.geography.region(coordinator.regionId)
    if (!region) throw new NotFoundError("The coordinator's region is not published.")
    return toRegionView(region, coordinator.locale)
  }

  @FieldResolver(() => MunicipalityView, { nullable: true, description: 'The municipality whose social services employ the coordinator.' })
  hostMunicipality(@Root() coordinator: CoordinatorView, @Ctx() ctx: ApiContext): MunicipalityView | null {
    if (coordinator.hostMunicipalityId === null) return null
    const municipality = ctx.geography.municipality(coordinator.hostMunicipalityId)
    return municipality ? toMunicipalityView(municipality, coordinator.locale) : null
  }

  @FieldResolver(() => String, {
    description: "The post as a vCard 4.0 (RFC 6350) for address books, in the requested language: functional title, unit, phones, email and region; not the person's name.",
  })
  vcardUrl(@Root() coordinator: CoordinatorView, @Ctx() ctx: ApiContext): string {
    return contactFileUrl(ctx.publicUrl, coordinatorVcardPath(coordinator.id), coordinator.locale)
  }
}
