import type { IncomingMessage } from 'node:http'
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql'
import DataLoader from 'dataloader'
import { ResponseCachePolicy } from './cache/cache-policy'
import { Locale, localeFromAcceptLanguage } from './common/locale'
import type { RequestLimits } from './limits/request-limits'
import { PUBLISHED } from './common/payload-columns'
import { ChangeFeedService } from './modules/changes/changes.service'
import { CoordinatorService } from './modules/coordinators/coordinators.service'
import { Concept } from './modules/concepts/concept.entity'
import type { CoordinatorRecord } from './modules/coordinators/coordinator.records'
import type { CountyRecord, MunicipalityRecord, RegionRecord } from './modules/geography/geography.records'
import { GeographyService } from './modules/geography/geography.service'
import { ManualStep } from './modules/manual/manual-step.entity'
import type { Network } from './modules/organisations/network.entity'
import type { Organisation } from './modules/organisations/organisation.entity'
import { OrganisationService } from './modules/organisations/organisations.service'
import { Page, PAGE_POPULATE } from './modules/pages/page.entity'
import { Programme, PROGRAMME_POPULATE } from './modules/programmes/programme.entity'
import type { Publication } from './modules/publications/publication.entity'
import { PublicationService } from './modules/publications/publications.service'
import { SupportLineService } from './modules/support-line/support-line.service'
import type { SupportLineView } from './modules/support-line/support-line.types'

export type Loaders = {
  region: DataLoader<number, RegionRecord | null>
  county: DataLoader<number, CountyRecord | null>
  municipality: DataLoader<number, MunicipalityRecord | null>
  countiesOfRegion: DataLoader<number, CountyRecord[]>
  municipalitiesOfCounty: DataLoader<number, MunicipalityRecord[]>
  coordinatorsOfRegion: DataLoader<number, CoordinatorRecord[]>
  coordinator: DataLoader<number, CoordinatorRecord | null>
  organisation: DataLoader<number, Organisation | null>
  network: DataLoader<number, Network | null>
  concept: DataLoader<number, Concept | null>
  programme: DataLoader<number, Programme | null>
  manualStep: DataLoader<number, ManualStep | null>
  page: DataLoader<number, Page | null>
  publication: DataLoader<number, Publication | null>
  /** The published support line now, by language (the feed's documents; the `supportLine` query takes an instant). */
  supportLine: DataLoader<Locale, SupportLineView | null>
}

export type ApiContext = {
  em: EntityManager
  /** The instant this request is answered at: "open now" and "reachable now" are evaluated at it. */
  now: Date
  /** From Accept-Language; a query's own `locale` argument wins. */
  defaultLocale: Locale
  /** Where the CMS serves uploaded files, to make their URLs absolute. */
  cmsUrl: string
  /** Who is calling and the limits they work under; services count through it, the HTTP layer reports it. */
  limits: RequestLimits
  /** How long the answer may be kept and by whom; resolvers narrow it (cache/cache-policy.ts). */
  cachePolicy: ResponseCachePolicy
  geography: GeographyService
  coordinators: CoordinatorService
  supportLine: SupportLineService
  organisations: OrganisationService
  publications: PublicationService
  changes: ChangeFeedService
  loaders: Loaders
}

/** Per request: a forked EntityManager (its own identity map) and DataLoaders that batch nested lookups. */
/**
 * `cacheMaxAgeSeconds`: how long a public answer may be kept unless a resolver says less. `clock`: the time, read
 * once per request (the server's option, so that a test can answer at an instant of its choosing).
 */
export type ContextOptions = { cmsUrl: string; cacheMaxAgeSeconds: number; clock: () => Date }

export function createContext(orm: MikroORM, request: IncomingMessage, limits: RequestLimits, { cmsUrl, cacheMaxAgeSeconds, clock }: ContextOptions): ApiContext {
  const em = orm.em.fork()
  const geography = new GeographyService(em)
  const coordinators = new CoordinatorService(em)
  const organisations = new OrganisationService(em)
  const publications = new PublicationService(em)
  const supportLine = new SupportLineService(em)
  const now = clock()
  return {
    em,
    now,
    defaultLocale: localeFromAcceptLanguage(request.headers['accept-language']),
    cmsUrl,
    limits,
    cachePolicy: new ResponseCachePolicy(cacheMaxAgeSeconds),
    geography,
    coordinators,
    supportLine,
    organisations,
    publications,
    changes: new ChangeFeedService(em),
    loaders: {
      region: new DataLoader(async (ids) => byId(ids, await geography.regionsByIds(ids))),
      county: new DataLoader(async (ids) => byId(ids, await geography.counties({ ids }))),
      municipality: new DataLoader(async (ids) => byId(ids, await geography.municipalitiesByIds(ids))),
      countiesOfRegion: new DataLoader(async (ids) => groupBy(ids, await geography.counties({ regionIds: ids }), (county) => county.regionId)),
      municipalitiesOfCounty: new DataLoader(async (ids) =>
        groupBy(ids, await geography.municipalitiesByCounties(ids), (municipality) => municipality.countyId),
      ),
      coordinatorsOfRegion: new DataLoader(async (ids) => groupBy(ids, await coordinators.ofRegions(ids), (coordinator) => coordinator.regionId)),
      coordinator: new DataLoader(async (ids) => byId(ids, await coordinators.byIds(ids))),
      organisation: new DataLoader(async (ids) => byId(ids, await organisations.byIds(ids))),
      network: new DataLoader(async (ids) => byId(ids, await organisations.networksByIds(ids))),
      concept: new DataLoader(async (ids) =>
        byId(ids, await em.find(Concept, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: ['locales', 'rels'] })),
      ),
      programme: new DataLoader(async (ids) =>
        byId(ids, await em.find(Programme, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: PROGRAMME_POPULATE })),
      ),
      manualStep: new DataLoader(async (ids) =>
        byId(ids, await em.find(ManualStep, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: ['locales', 'rels'] })),
      ),
      page: new DataLoader(async (ids) => byId(ids, await em.find(Page, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: PAGE_POPULATE }))),
      publication: new DataLoader(async (ids) => byId(ids, await publications.byIds(ids))),
      supportLine: new DataLoader(async (locales) => Promise.all(locales.map((locale) => supportLine.view(locale, now)))),
    },
  }
}

function byId<T extends { id: number }>(ids: readonly number[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]))
  return ids.map((id) => map.get(id) ?? null)
}

function groupBy<T>(ids: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>(ids.map((id) => [id, []]))
  for (const row of rows) groups.get(keyOf(row))?.push(row)
  return ids.map((id) => groups.get(id) ?? [])
}

/** The rows DataLoader.loadMany found: unpublished (null) and failed (Error) entries are left out. */
export function found<T>(rows: (T | null | Error)[]): T[] {
  return rows.filter((row): row is T => row !== null && !(row instanceof Error))
}
