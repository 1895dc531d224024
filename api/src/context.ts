import type { IncomingMessage } from 'node:http'
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql'
import { ResponseCachePolicy } from './cache/cache-policy'
import { Locale, localeFromAcceptLanguage } from './common/locale'
import type { RequestLimits } from './limits/request-limits'
import { ChangeFeedService } from './modules/changes/changes.service'
import { ConceptService } from './modules/concepts/concepts.service'
import { CoordinatorService } from './modules/coordinators/coordinators.service'
import { GeographyService } from './modules/geography/geography.service'
import { ManualStepService } from './modules/manual/manual-steps.service'
import { NewsletterArchive } from './modules/newsletter-archive/archive.service'
import { OrganisationService } from './modules/organisations/organisations.service'
import { PageService } from './modules/pages/pages.service'
import { ProgrammeService } from './modules/programmes/programmes.service'
import { PublicationService } from './modules/publications/publications.service'
import { SupportLineService } from './modules/support-line/support-line.service'
import type { Snapshot } from './read-model/snapshot'

export type ApiContext = {
  /** For what only SQL can do (search, the change feed) and for writes; published content is read from `snapshot`. */
  em: EntityManager
  /** The published snapshot this request answers from, taken once so that the whole answer is one state. */
  snapshot: Snapshot
  /** The instant this request is answered at: "open now" and "reachable now" are evaluated at it. */
  now: Date
  /** From Accept-Language; a query's own `locale` argument wins. */
  defaultLocale: Locale
  /** Where the CMS serves uploaded files, to make their URLs absolute. */
  cmsUrl: string
  /** Where this API is reached from outside (API_PUBLIC_URL), to make the URLs of its own pages absolute. */
  publicUrl: string
  /** Who is calling and the limits they work under; services count through it, the HTTP layer reports it. */
  limits: RequestLimits
  /** How long the answer may be kept and by whom; resolvers narrow it (cache/cache-policy.ts). */
  cachePolicy: ResponseCachePolicy
  geography: GeographyService
  coordinators: CoordinatorService
  supportLine: SupportLineService
  organisations: OrganisationService
  publications: PublicationService
  manualSteps: ManualStepService
  programmes: ProgrammeService
  concepts: ConceptService
  pages: PageService
  changes: ChangeFeedService
  /** Sent newsletter issues: SQL, not the snapshot (see the service). */
  newsletterArchive: NewsletterArchive
}

/**
 * `cacheMaxAgeSeconds`: how long a public answer may be kept unless a resolver says less. `clock`: the time, read
 * once per request (the server's option, so that a test can answer at an instant of its choosing). `snapshot`: the
 * read model's current snapshot (read-model/read-model.ts).
 */
export type ContextOptions = { cmsUrl: string; publicUrl: string; cacheMaxAgeSeconds: number; clock: () => Date; snapshot: () => Snapshot }

/** Per request: the domain services over one snapshot, and a forked EntityManager (its own identity map) when used. */
export function createContext(
  orm: MikroORM,
  request: IncomingMessage,
  limits: RequestLimits,
  { cmsUrl, publicUrl, cacheMaxAgeSeconds, clock, snapshot: current }: ContextOptions,
): ApiContext {
  const snapshot = current()
  // Forked on first use: a read of published content needs no EntityManager (and its unit of work) at all.
  let em: EntityManager | undefined
  const forked = () => (em ??= orm.em.fork())
  return {
    get em() {
      return forked()
    },
    snapshot,
    now: clock(),
    defaultLocale: localeFromAcceptLanguage(request.headers['accept-language']),
    cmsUrl,
    publicUrl,
    limits,
    cachePolicy: new ResponseCachePolicy(cacheMaxAgeSeconds),
    geography: new GeographyService(snapshot),
    coordinators: new CoordinatorService(snapshot),
    supportLine: new SupportLineService(snapshot),
    organisations: new OrganisationService(snapshot),
    publications: new PublicationService(snapshot),
    manualSteps: new ManualStepService(snapshot),
    programmes: new ProgrammeService(snapshot),
    concepts: new ConceptService(snapshot),
    pages: new PageService(snapshot),
    get changes() {
      return new ChangeFeedService(forked(), snapshot.changeId)
    },
    get newsletterArchive() {
      return new NewsletterArchive(forked())
    },
  }
}
