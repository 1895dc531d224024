import { createUnionType, type ClassType } from 'type-graphql'
import type { PublicTypeName } from '../../../../contracts/public-types'
import type { Locale } from '../../common/locale'
import { asMember, memberTypeOf } from '../../common/union-member'
import type { ApiContext } from '../../context'
import { ConceptView, toConceptView } from '../concepts/concept.types'
import { CoordinatorView } from '../coordinators/coordinator.types'
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

type Loaded = object | undefined

/** Each public type's current document as a view, from the request's snapshot (undefined when it is not public). */
const DOCUMENTS: { [T in PublicTypeName]: { view: ClassType; load: (ctx: ApiContext, id: number, locale: Locale) => Loaded } } = {
  Region: { view: RegionView, load: (ctx, id, locale) => map(ctx.geography.region(id), (row) => toRegionView(row, locale)) },
  County: { view: CountyView, load: (ctx, id, locale) => map(ctx.geography.county(id), (row) => toCountyView(row, locale)) },
  Municipality: { view: MunicipalityView, load: (ctx, id, locale) => map(ctx.geography.municipality(id), (row) => toMunicipalityView(row, locale)) },
  Coordinator: { view: CoordinatorView, load: (ctx, id, locale) => map(ctx.snapshot.get('Coordinator', id), (row) => ctx.coordinators.view(row, locale)) },
  Organisation: { view: OrganisationView, load: (ctx, id, locale) => map(ctx.organisations.byId(id), (row) => toOrganisationView(row, locale)) },
  Network: { view: NetworkView, load: (ctx, id, locale) => map(ctx.organisations.network(id), (row) => toNetworkView(row, locale)) },
  Programme: { view: ProgrammeView, load: (ctx, id, locale) => map(ctx.snapshot.get('Programme', id), (row) => toProgrammeView(row, locale)) },
  ManualStep: { view: ManualStepView, load: (ctx, id, locale) => map(ctx.snapshot.get('ManualStep', id), (row) => toManualStepView(row, locale)) },
  Concept: { view: ConceptView, load: (ctx, id, locale) => map(ctx.snapshot.get('Concept', id), (row) => toConceptView(row, locale)) },
  Page: { view: PageView, load: (ctx, id, locale) => map(ctx.snapshot.get('Page', id), (row) => toPageView(row, locale)) },
  Publication: { view: PublicationView, load: (ctx, id, locale) => map(ctx.publications.byId(id), (row) => toPublicationView(row, locale, ctx.cmsUrl)) },
  SupportLine: {
    view: SupportLineView,
    load: (ctx, _id, locale) => {
      const view = ctx.supportLine.view(locale, ctx.now) ?? undefined
      if (view) keepUntilOpeningChanges(ctx.cachePolicy, view, ctx.now)
      return view
    },
  },
}

const map = <R, V>(row: R | undefined, toView: (row: R) => V): V | undefined => (row === undefined ? undefined : toView(row))

export const PublicDocument = createUnionType({
  name: 'PublicDocument',
  description: "A published document of any public type; its `__typename` is the change's `type`.",
  types: () =>
    [
      RegionView,
      CountyView,
      MunicipalityView,
      CoordinatorView,
      OrganisationView,
      NetworkView,
      ProgrammeView,
      ManualStepView,
      ConceptView,
      PageView,
      PublicationView,
      SupportLineView,
    ] as const,
  resolveType: (value) => memberTypeOf(value),
})

/** The changed document as the public sees it now: null when it is not public now (tombstones, and changes before one). */
export function currentDocument(ctx: ApiContext, change: ChangeView): typeof PublicDocument | null {
  if (change.action === 'UNPUBLISHED' || change.action === 'DELETED') return null
  const { view, load } = DOCUMENTS[change.type]
  const document = load(ctx, change.documentKey, change.locale)
  return document === undefined ? null : (asMember(view, document) as typeof PublicDocument)
}
