import { BadInputError } from '../../common/errors'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { Concept } from '../concepts/concept.entity'
import { ConceptView, toConceptView } from '../concepts/concept.types'
import { ManualStep } from '../manual/manual-step.entity'
import { ManualStepView, toManualStepView } from '../manual/manual-step.types'
import { Organisation } from '../organisations/organisation.entity'
import { OrganisationView, toOrganisationView } from '../organisations/organisation.types'
import { Page } from '../pages/page.entity'
import { PageView, toPageView } from '../pages/page.types'
import { Programme } from '../programmes/programme.entity'
import { ProgrammeView, toProgrammeView } from '../programmes/programme.types'
import { Publication } from '../publications/publication.entity'
import { PublicationView, toPublicationView } from '../publications/publication.types'
import { prefixQuery } from './prefix-query'
import { SEARCH_SQL } from './search.sql'
import { resultTypes, type ResultClass, type SearchHit } from './search.types'

export const MAX_QUERY_LENGTH = 200
export const MAX_RESULTS = 50

type Row = { kind: string; id: number; rank: number }
type Node = SearchHit['node']
type Loader = (ctx: ApiContext, ids: number[], locale: Locale) => Promise<Node[]>

/** Records which GraphQL type each view is, for the union's resolveType. */
function tagged<T extends object>(type: ResultClass, views: T[]): Node[] {
  for (const view of views) resultTypes.set(view, type)
  return views as unknown as Node[]
}

// One statement per kind that has hits, never one per hit.
const LOADERS: Record<string, Loader> = {
  concept: async (ctx, ids, locale) =>
    tagged(ConceptView, (await ctx.em.find(Concept, { id: { $in: ids } }, { populate: ['locales', 'rels'] })).map((row) => toConceptView(row, locale))),
  organisation: async (ctx, ids, locale) =>
    tagged(OrganisationView, (await ctx.em.find(Organisation, { id: { $in: ids } }, { populate: ['locales'] })).map((row) => toOrganisationView(row, locale))),
  programme: async (ctx, ids, locale) =>
    tagged(
      ProgrammeView,
      (await ctx.em.find(Programme, { id: { $in: ids } }, { populate: ['locales', 'supportOffered.locales'] })).map((row) => toProgrammeView(row, locale)),
    ),
  manualStep: async (ctx, ids, locale) =>
    tagged(ManualStepView, (await ctx.em.find(ManualStep, { id: { $in: ids } }, { populate: ['locales', 'rels'] })).map((row) => toManualStepView(row, locale))),
  page: async (ctx, ids, locale) =>
    tagged(PageView, (await ctx.em.find(Page, { id: { $in: ids } }, { populate: ['locales', 'links.locales'] })).map((row) => toPageView(row, locale))),
  publication: async (ctx, ids, locale) =>
    tagged(
      PublicationView,
      (await ctx.em.find(Publication, { id: { $in: ids } }, { populate: ['locales', 'audiences', 'languages', 'file'] })).map((row) =>
        toPublicationView(row, locale, ctx.cmsUrl),
      ),
    ),
}

/** Ranks in one SQL statement, then loads the hits, keeping the ranking's order. */
export async function search(ctx: ApiContext, words: string, first: number, locale: Locale): Promise<SearchHit[]> {
  const query = words.trim()
  if (query.length === 0 || query.length > MAX_QUERY_LENGTH) {
    throw new BadInputError(`"query" must be 1–${MAX_QUERY_LENGTH} characters.`, { field: 'query' })
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_RESULTS) {
    throw new BadInputError(`"first" must be between 1 and ${MAX_RESULTS}.`, { field: 'first' })
  }
  const raw = await ctx.em.getKnex().raw<{ rows: Row[] }>(SEARCH_SQL, { locale, words: query, prefixes: prefixQuery(query), limit: first })
  const rows = raw.rows.map((row) => ({ kind: row.kind, id: Number(row.id), rank: Number(row.rank) }))
  const nodes = new Map<string, Node>()
  for (const [kind, load] of Object.entries(LOADERS)) {
    const ids = rows.filter((row) => row.kind === kind).map((row) => row.id)
    if (ids.length === 0) continue
    for (const node of await load(ctx, ids, locale)) nodes.set(`${kind}:${(node as { id: string }).id}`, node)
  }
  return rows.flatMap((row) => {
    const node = nodes.get(`${row.kind}:${row.id}`)
    return node ? [{ rank: row.rank, node }] : []
  })
}
