import { BadInputError } from '../../common/errors'
import { items, toDate } from '../../common/lean'
import { asMember } from '../../common/union-member'
import type { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { ConceptView, toConceptView, type ConceptSource } from '../concepts/concept.types'
import { ManualStepView, toManualStepView, type ManualStepSource } from '../manual/manual-step.types'
import { OrganisationView, toOrganisationView, type OrganisationSource } from '../organisations/organisation.types'
import { PageView, toPageView, type PageSource } from '../pages/page.types'
import { ProgrammeView, toProgrammeView, type ProgrammeSource } from '../programmes/programme.types'
import { PublicationView, toPublicationView, type PublicationSource } from '../publications/publication.types'
import { prefixQuery } from './prefix-query'
import { rebuildSearchIndex } from './search.index'
import { SEARCH_SQL } from './search.sql'
import { type ResultClass, type SearchHit } from './search.types'
import { websearchWords } from './websearch-words'

export const MAX_QUERY_LENGTH = 200
export const MAX_RESULTS = 50

type Node = SearchHit['node']
type Json = { id: number; updatedAt: string } & Record<string, unknown>
type Row = { current: boolean; kind: string | null; id: number | null; rank: number | null; doc: Json | null }

/** Records which GraphQL type each view is, for the union's resolveType. */
function tagged<T extends object>(type: ResultClass, view: T): Node {
  return asMember(type, view) as unknown as Node
}

/** The lean record's to-many parts as the converters read them (see Items in common/lean.ts), dates as Date. */
function source<T>(json: Json, lists: Record<string, (rows: never[]) => unknown> = {}): T {
  const converted: Record<string, unknown> = { ...json, updatedAt: toDate(json.updatedAt) }
  for (const [key, convert] of Object.entries(lists)) converted[key] = convert((json[key] ?? []) as never[])
  return converted as T
}
const nested = (key: string) => (rows: Record<string, unknown>[]) => items(rows.map((row) => ({ ...row, [key]: items((row[key] ?? []) as unknown[]) })))

// Each kind's view from the JSON document that came with the hit (search.docs.ts).
type ToView = (json: Json, locale: Locale, cmsUrl: string) => Node
const VIEWS: Partial<Record<string, ToView>> = {
  concept: (json, locale) => tagged(ConceptView, toConceptView(source<ConceptSource>(json, { locales: items, rels: items }), locale)),
  organisation: (json, locale) => tagged(OrganisationView, toOrganisationView(source<OrganisationSource>(json, { locales: items }), locale)),
  programme: (json, locale) =>
    tagged(ProgrammeView, toProgrammeView(source<ProgrammeSource>(json, { locales: items, supportOffered: nested('locales') }), locale)),
  manualStep: (json, locale) => tagged(ManualStepView, toManualStepView(source<ManualStepSource>(json, { locales: items, rels: items }), locale)),
  page: (json, locale) => tagged(PageView, toPageView(source<PageSource>(json, { locales: items, links: nested('locales') }), locale)),
  publication: (json, locale, cmsUrl) => {
    const publication = source<PublicationSource>(json, { locales: items, audiences: items, languages: items })
    const publishedOn = json.publishedOn as string | null
    return tagged(PublicationView, toPublicationView({ ...publication, publishedOn: publishedOn === null ? null : toDate(publishedOn) }, locale, cmsUrl))
  },
}

/** Ranks and loads the hits in one SQL statement, keeping the ranking's order (after a publish: rebuild, then again). */
export async function search(ctx: ApiContext, words: string, first: number, locale: Locale): Promise<SearchHit[]> {
  const query = words.trim()
  if (query.length === 0 || query.length > MAX_QUERY_LENGTH) {
    throw new BadInputError(`"query" must be 1–${MAX_QUERY_LENGTH} characters.`, { field: 'query' })
  }
  if (!Number.isInteger(first) || first < 1 || first > MAX_RESULTS) {
    throw new BadInputError(`"first" must be between 1 and ${MAX_RESULTS}.`, { field: 'first' })
  }
  const bindings = { locale, words: websearchWords(query), prefixes: prefixQuery(query), limit: first }
  // Through em.execute, so that a query may read a replica (replicas/routed-entity-manager.ts).
  let rows = await ctx.em.execute<Row[]>(ctx.em.getKnex().raw(SEARCH_SQL, bindings))
  if (rows[0]?.current === false) {
    await rebuildSearchIndex(ctx.em)
    // Whatever was published in the meantime waits for the next search: this one answers from the fresh rebuild,
    // on the primary (getKnex's default), which has it even while a replica has not replayed it yet.
    ;({ rows } = await ctx.em.getKnex().raw<{ rows: Row[] }>(SEARCH_SQL, bindings))
  }
  return rows.flatMap((row) => {
    const view = row.kind === null ? undefined : VIEWS[row.kind]
    return view && row.doc ? [{ rank: Number(row.rank), node: view(row.doc, locale, ctx.cmsUrl) }] : []
  })
}
