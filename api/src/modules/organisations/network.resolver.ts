import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { CoordinatorView } from '../coordinators/coordinator.types'
import { RegionView, toRegionView } from '../geography/geography.types'
import { NetworkType, NetworkView, toNetworkView } from './network.types'
import { OrganisationView, toOrganisationView } from './organisation.types'

@Resolver(() => NetworkView)
export class NetworkResolver {
  @Query(() => [NetworkView], { description: 'Cooperation networks (NMT, work-related crime, AKC, spearhead groups), by slug.' })
  networks(
    @Arg('type', () => NetworkType, { nullable: true, description: 'Only this kind of network.' }) type: NetworkType | null,
    @Arg('regionSlug', () => String, { nullable: true, description: 'Only the networks of this region, e.g. "vast".' }) regionSlug: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): NetworkView[] {
    const chosen = locale ?? ctx.defaultLocale
    return ctx.organisations.networks({ type, regionSlug }).map((network) => toNetworkView(network, chosen))
  }

  @Query(() => NetworkView, { description: 'One network by slug, e.g. "nationellt-metodstodsteam". NOT_FOUND if there is none.' })
  network(@Arg('slug', () => String, { description: "The network's slug." }) slug: string, @LocaleArg() locale: Locale | null, @Ctx() ctx: ApiContext): NetworkView {
    const network = ctx.organisations.networkBySlug(slug)
    if (!network) throw new NotFoundError('No network has that slug.', { argument: 'slug' })
    return toNetworkView(network, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation that leads the network.' })
  coordinatedBy(@Root() network: NetworkView, @Ctx() ctx: ApiContext): OrganisationView | null {
    if (network.coordinatedById === null) return null
    const organisation = ctx.organisations.byId(network.coordinatedById)
    return organisation ? toOrganisationView(organisation, network.locale) : null
  }

  @FieldResolver(() => [OrganisationView], { description: "Member organisations, in the editors' order." })
  members(@Root() network: NetworkView, @Ctx() ctx: ApiContext): OrganisationView[] {
    return ctx.organisations.byIds(network.memberIds).map((member) => toOrganisationView(member, network.locale))
  }

  @FieldResolver(() => [CoordinatorView], { description: 'Regional coordinators taking part.' })
  coordinators(@Root() network: NetworkView, @Ctx() ctx: ApiContext): CoordinatorView[] {
    return ctx.coordinators.byIds(network.coordinatorIds).map((coordinator) => ctx.coordinators.view(coordinator, network.locale))
  }

  @FieldResolver(() => RegionView, { nullable: true, description: 'The region, for regional networks.' })
  region(@Root() network: NetworkView, @Ctx() ctx: ApiContext): RegionView | null {
    const region = network.regionId === null ? undefined : ctx.geography.region(network.regionId)
    return region ? toRegionView(region, network.locale) : null
  }

  @FieldResolver(() => NetworkView, { nullable: true, description: 'The wider network this one is part of.' })
  parent(@Root() network: NetworkView, @Ctx() ctx: ApiContext): NetworkView | null {
    const parent = network.parentId === null ? undefined : ctx.organisations.network(network.parentId)
    return parent ? toNetworkView(parent, network.locale) : null
  }
}
