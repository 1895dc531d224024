import { createUnionType, type ClassType } from 'type-graphql'
import type { PublicTypeName } from '../../../../cms/changes/public-types'
import type { Locale } from '../../common/locale'
import { asMember, memberTypeOf } from '../../common/union-member'
import type { ApiContext } from '../../context'
import { ConceptView, toConceptView } from '../concepts/concept.types'
import { CoordinatorView, toCoordinatorView } from '../coordinators/coordinator.types'
import { CountyView, MunicipalityView, RegionView, toCountyView, toMunicipalityView, toRegionView } from '../geography/geography.types'
import { ManualStepView, toManualStepView } from '../manual/manual-step.types'
import { NetworkView, toNetworkView } from '../organisations/network.types'
import { OrganisationView, toOrganisationView } from '../organisations/organisation.types'
import { PageView, toPageView } from '../pages/page.types'
import { ProgrammeView, toProgrammeView } from '../programmes/programme.types'
import { PublicationView, toPublicationView } from '../publications/publication.types'
import { keepUntilOpeningChanges } from '../support-line/support-line.service'
import { SupportLineView } from '../support-line/support-line.types'
import type { ChangeView } from './change.types'

type Loaded = object | null

/**
 * How each public type's current document is read: through the request's DataLoaders, so that a page of changes
 * costs one statement per type on it, whatever the number of changes.
 */
const DOCUMENTS: { [T in PublicTypeName]: { view: ClassType; load: (ctx: ApiContext, id: number, locale: Locale) => Promise<Loaded> } } = {
  Region: { view: RegionView, load: async (ctx, id, locale) => map(await ctx.loaders.region.load(id), (row) => toRegionView(row, locale)) },
  County: { view: CountyView, load: async (ctx, id, locale) => map(await ctx.loaders.county.load(id), (row) => toCountyView(row, locale)) },
  Municipality: { view: MunicipalityView, load: async (ctx, id, locale) => map(await ctx.loaders.municipality.load(id), (row) => toMunicipalityView(row, locale)) },
  Coordinator: { view: CoordinatorView, load: async (ctx, id, locale) => map(await ctx.loaders.coordinator.load(id), (row) => toCoordinatorView(row, locale)) },
  Organisation: { view: OrganisationView, load: async (ctx, id, locale) => map(await ctx.loaders.organisation.load(id), (row) => toOrganisationView(row, locale)) },
  Network: { view: NetworkView, load: async (ctx, id, locale) => map(await ctx.loaders.network.load(id), (row) => toNetworkView(row, locale)) },
  Programme: { view: ProgrammeView, load: async (ctx, id, locale) => map(await ctx.loaders.programme.load(id), (row) => toProgrammeView(row, locale)) },
  ManualStep: { view: ManualStepView, load: async (ctx, id, locale) => map(await ctx.loaders.manualStep.load(id), (row) => toManualStepView(row, locale)) },
  Concept: { view: ConceptView, load: async (ctx, id, locale) => map(await ctx.loaders.concept.load(id), (row) => toConceptView(row, locale)) },
  Page: { view: PageView, load: async (ctx, id, locale) => map(await ctx.loaders.page.load(id), (row) => toPageView(row, locale)) },
  Publication: {
    view: PublicationView,
    load: async (ctx, id, locale) => map(await ctx.loaders.publication.load(id), (row) => toPublicationView(row, locale, ctx.cmsUrl)),
  },
  SupportLine: {
    view: SupportLineView,
    load: async (ctx, _id, locale) => {
      const view = await ctx.loaders.supportLine.load(locale)
      if (view) keepUntilOpeningChanges(ctx.cachePolicy, view, new Date())
      return view
    },
  },
}

const map = <R, V>(row: R | null, toView: (row: R) => V): V | null => (row === null ? null : toView(row))

export const PublicDocument = createUnionType({
  name: 'PublicDocument',
  description: 'A published document of any public type; its `__typename` is the change\'s `type`.',
  types: () =>
    [RegionView, CountyView, MunicipalityView, CoordinatorView, OrganisationView, NetworkView, ProgrammeView, ManualStepView, ConceptView, PageView, PublicationView, SupportLineView] as const,
  resolveType: (value) => memberTypeOf(value),
})

/** The changed document as the public sees it now: null when it is not public now (tombstones, and changes before one). */
export async function currentDocument(ctx: ApiContext, change: ChangeView): Promise<typeof PublicDocument | null> {
  if (change.action === 'UNPUBLISHED' || change.action === 'DELETED') return null
  const { view, load } = DOCUMENTS[change.type]
  const document = await load(ctx, change.documentKey, change.locale)
  return document === null ? null : (asMember(view, document) as typeof PublicDocument)
}
