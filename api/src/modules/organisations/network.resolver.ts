import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import { NotFoundError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import { found, type ApiContext } from '../../context'
import { CoordinatorView, toCoordinatorView } from '../coordinators/coordinator.types'
import { RegionView, toRegionView } from '../geography/geography.types'
import { NetworkType, NetworkView, toNetworkView } from './network.types'
import { OrganisationView, toOrganisationView } from './organisation.types'

@Resolver(() => NetworkView)
export class NetworkResolver {
  @Query(() => [NetworkView], { description: 'Cooperation networks (NMT, work-related crime, AKC, spearhead groups), by slug.' })
  async networks(
    @Arg('type', () => NetworkType, { nullable: true, description: 'Only this kind of network.' }) type: NetworkType | null,
    @Arg('regionSlug', () => String, { nullable: true, description: 'Only the networks of this region, e.g. "vast".' }) regionSlug: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<NetworkView[]> {
    const chosen = locale ?? ctx.defaultLocale
    return (await ctx.organisations.networks({ type, regionSlug })).map((network) => toNetworkView(network, chosen))
  }

  @Query(() => NetworkView, { description: 'One network by slug, e.g. "nationellt-metodstodsteam". NOT_FOUND if there is none.' })
  async network(
    @Arg('slug', () => String, { description: 'The network\'s slug.' }) slug: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<NetworkView> {
    const network = await ctx.organisations.networkBySlug(slug)
    if (!network) throw new NotFoundError('No network has that slug.', { argument: 'slug' })
    return toNetworkView(network, locale ?? ctx.defaultLocale)
  }

  @FieldResolver(() => OrganisationView, { nullable: true, description: 'The organisation that leads the network.' })
  async coordinatedBy(@Root() network: NetworkView, @Ctx() ctx: ApiContext): Promise<OrganisationView | null> {
    if (network.coordinatedById === null) return null
    const organisation = await ctx.loaders.organisation.load(network.coordinatedById)
    return organisation ? toOrganisationView(organisation, network.locale) : null
  }

  @FieldResolver(() => [OrganisationView], { description: 'Member organisations, in the editors\' order.' })
  async members(@Root() network: NetworkView, @Ctx() ctx: ApiContext): Promise<OrganisationView[]> {
    const members = await ctx.loaders.organisation.loadMany(network.memberIds)
    return found(members).map((member) => toOrganisationView(member, network.locale))
  }

  @FieldResolver(() => [CoordinatorView], { description: 'Regional coordinators taking part.' })
  async coordinators(@Root() network: NetworkView, @Ctx() ctx: ApiContext): Promise<CoordinatorView[]> {
    const coordinators = await ctx.loaders.coordinator.loadMany(network.coordinatorIds)
    return found(coordinators).map((coordinator) => toCoordinatorView(coordinator, network.locale))
  }

  @FieldResolver(() => RegionView, { nullable: true, description: 'The region, for regional networks.' })
  async region(@Root() network: NetworkView, @Ctx() ctx: ApiContext): Promise<RegionView | null> {
    const region = network.regionId === null ? null : await ctx.loaders.region.load(network.regionId)
    return region ? toRegionView(region, network.locale) : null
  }

  @FieldResolver(() => NetworkView, { nullable: true, description: 'The wider network this one is part of.' })
  async parent(@Root() network: NetworkView, @Ctx() ctx: ApiContext): Promise<NetworkView | null> {
    const parent = network.parentId === null ? null : await ctx.loaders.network.load(network.parentId)
    return parent ? toNetworkView(parent, network.locale) : null
  }
}
