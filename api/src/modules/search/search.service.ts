import { BadInputError } from '../../common/errors'
import { RoutedEntityManager } from '../../replicas/routed-entity-manager'
import { asMember } from '../../common/union-member'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { ConceptView, toConceptView } from '../concepts/concept.types'
import { CoordinatorView } from '../coordinators/coordinator.types'
import { CountyView, MunicipalityView, RegionView, toCountyView, toMunicipalityView, toRegionView } from '../geography/geography.types'
import { ManualStepView, toManualStepView } from '../manual/manual-step.types'
import { OrganisationView, toOrganisationView } from '../organisations/organisation.types'
import { PageView, toPageView } from '../pages/page.types'
import { ProgrammeView, toProgrammeView } from '../programmes/programme.types'
import { PublicationView, toPublicationView } from '../publications/publication.types'
import { prefixQuery } from './prefix-query'
import { rebuildSearchIndex } from './search.index'
import { SEARCH_SQL } from './search.sql'
import { type ResultClass, type SearchHit } from './search.types'
import { websearchWords } from './websearch-words'

/** The prepared statement's name on each connection (see RoutedEntityManager.executePrepared). */
const SEARCH_STATEMENT = 'nspm_search'
const MAX_QUERY_LENGTH = 200
const MAX_RESULTS = 50

type Node = SearchHit['node']
type Row = { current: boolean; kind: string | null; id: number | null; rank: number | null }

/** Records which GraphQL type each view is, for the union's resolveType. */
function tagged<T extends object>(type: ResultClass, view: T | undefined): Node | undefined {
  return view === undefined ? undefined : (asMember(type, view) as unknown as Node)
}

// Each kind's view from the snapshot; undefined when the document is not public (any more) there.
type ToView = (ctx: ApiContext, id: number, locale: Locale) => Node | undefined
const VIEWS: Partial<Record<string, ToView>> = {
  concept: (ctx, id, locale) =>
    tagged(
      ConceptView,
      map(ctx.snapshot.get('Concept', id), (row) => toConceptView(row, locale)),
    ),
  organisation: (ctx, id, locale) =>
    tagged(
      OrganisationView,
      map(ctx.organisations.byId(id), (row) => toOrganisationView(row, locale)),
    ),
  programme: (ctx, id, locale) =>
    tagged(
      ProgrammeView,
      map(ctx.snapshot.get('Programme', id), (row) => toProgrammeView(row, locale)),
    ),
  manualStep: (ctx, id, locale) =>
    tagged(
      ManualStepView,
      map(ctx.snapshot.get('ManualStep', id), (row) => toManualStepView(row, locale)),
    ),
  page: (ctx, id, locale) =>
    tagged(
      PageView,
      map(ctx.snapshot.get('Page', id), (row) => toPageView(row, locale)),
    ),
  publication: (ctx, id, locale) =>
    tagged(
      PublicationView,
      map(ctx.publications.byId(id), (row) => toPublicationView(row, locale, ctx.cmsUrl)),
    ),
  region: (ctx, id, locale) =>
    tagged(
      RegionView,
      map(ctx.geography.region(id), (row) => toRegionView(row, locale)),
    ),
  county: (ctx, id, locale) =>
    tagged(
      CountyView,
      map(ctx.geography.county(id), (row) => toCountyView(row, locale)),
    ),
  municipality: (ctx, id, locale) =>
    tagged(
      MunicipalityView,
      map(ctx.geography.municipality(id), (row) => toMunicipalityView(row, locale)),
    ),
  coordinator: (ctx, id, locale) =>
    tagged(
      CoordinatorView,
      map(ctx.snapshot.get('Coordinator', id), (row) => ctx.coordinators.view(row, locale)),
    ),
}

const map = <R, V>(row: R | undefined, toView: (row: R) => V): V | undefined => (row === undefined ? undefined : toView(row))

/** Ranks the hits in one SQL statement (after a publish: rebuild, then again) and takes their documents from the snapshot. */
export async function search(ctx: ApiContext, words: string, first: number, locale: Locale): Promise<SearchHit[]> {
  const query = words.trim()
  if (query.length === 0 || query.length > MAX_QUERY_LENGTH) {
    throw new BadInputError(`"query" must be 1–${MAX_QUERY_LENGTH} characters.`, { field: 'query' })
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_RESULTS) {
    throw new BadInputError(`"first" must be between 1 and ${MAX_RESULTS}.`, { field: 'first' })
  }
  const bindings = { locale, words: websearchWords(query), prefixes: prefixQuery(query), limit: first }
  // Prepared, and routed: a search may read a replica (replicas/routed-entity-manager.ts).
  const em = RoutedEntityManager.of(ctx.em)
  let rows = await em.executePrepared<Row>(SEARCH_STATEMENT, SEARCH_SQL, bindings)
  if (rows[0]?.current === false) {
    await rebuildSearchIndex(ctx.em)
    // Whatever was published in the meantime waits for the next search: this one answers from the fresh rebuild,
    // on the primary, which has it even while a replica has not replayed it yet.
    rows = await em.executePrepared<Row>(SEARCH_STATEMENT, SEARCH_SQL, bindings, 'write')
  }
  return rows.flatMap((row) => {
    const node = row.kind === null || row.id === null ? undefined : VIEWS[row.kind]?.(ctx, row.id, locale)
    return node ? [{ rank: Number(row.rank), node }] : []
  })
}
