import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MikroORM } from '@mikro-orm/postgresql'
import { handleExplorer, isExplorerRequest } from '../explorer'
import type { ResponseCache } from '../cache/response-cache'
import type { GraphqlRoute } from '../graphql-route'
import type { Caller } from '../limits/caller'
import { handleContactFile, isContactFilePath } from '../modules/contact-cards/contact-cards.routes'
import { handleCoordinatorCheckPage, isCoordinatorCheckPath } from '../modules/coordinator-checks/check.routes'
import { handleHsds, isHsdsPath } from '../modules/hsds/hsds.routes'
import { handleNewsletterPage } from '../modules/newsletter/newsletter.routes'
import { handleArchivePage, isArchivePath } from '../modules/newsletter-archive/archive.routes'
import type { Logger } from '../observability/logger'
import type { Snapshot } from '../read-model/snapshot'
import { answerLive, answerReady } from './health'
import type { Route } from './route-table'

type Options = {
  orm: MikroORM
  graphql: GraphqlRoute
  /** Answers a cross-origin request's CORS part; true when that was the whole answer (a preflight, a refusal). */
  answeredCors: (request: IncomingMessage, response: ServerResponse) => boolean
  /** The anonymous caller behind a request (its client address), for the pages' own rate limit. */
  anonymousCallerOf: (request: IncomingMessage) => Caller
  explorer: boolean
  log: Logger
  /** The public archive pages are cached like public query answers, in the same cache. */
  cache?: ResponseCache
  cacheMaxAgeSeconds: number
  /** The published snapshot and the clock, for the HSDS answers (read from the snapshot as GraphQL's are). */
  snapshot: () => Snapshot
  clock: () => Date
  /** Where the API is reached from outside, for the addresses the contact files name. */
  publicUrl: string
}

/** Every path the API serves, in the order they are asked; anything else is 404 (route-table.ts). */
export function apiRoutes({ orm, graphql, answeredCors, anonymousCallerOf, explorer, log, cache, cacheMaxAgeSeconds, snapshot, clock, publicUrl }: Options): Route[] {
  return [
    // The GraphiQL explorer for browsers (HTML GET /graphql without `query`, and its files); see explorer/index.ts.
    {
      name: 'explorer',
      matches: (url, request) => explorer && isExplorerRequest(request, url),
      handle: ({ request, response, url }) => handleExplorer(request, response, url, log),
    },
    {
      name: 'graphql',
      matches: (url) => url.pathname === '/graphql',
      handle: ({ request, response, url, record }) => (answeredCors(request, response) ? undefined : graphql(request, response, url, record)),
    },
    {
      name: 'open data (HSDS 3.0)',
      matches: (url) => isHsdsPath(url.pathname),
      handle: (call) => (answeredCors(call.request, call.response) ? undefined : handleHsds({ snapshot, clock, cache, cacheMaxAgeSeconds }, call)),
    },
    {
      name: 'contact files (vCard, iCalendar)',
      matches: (url) => isContactFilePath(url.pathname),
      handle: (call) => (answeredCors(call.request, call.response) ? undefined : handleContactFile({ snapshot, clock, publicUrl, cache, cacheMaxAgeSeconds }, call)),
    },
    {
      name: 'newsletter archive pages',
      matches: (url) => isArchivePath(url.pathname),
      handle: (call) => handleArchivePage({ orm, cache, cacheMaxAgeSeconds }, call),
    },
    {
      name: 'newsletter pages',
      matches: (url) => url.pathname.startsWith('/newsletter/'),
      handle: ({ request, response, url }) => handleNewsletterPage(orm, request, response, url),
    },
    {
      name: 'coordinator check pages',
      matches: (url) => isCoordinatorCheckPath(url.pathname),
      handle: ({ request, response, url }) => handleCoordinatorCheckPage(orm, request, response, url, anonymousCallerOf(request)),
    },
    { name: 'liveness', matches: (url) => url.pathname === '/health/live', handle: ({ response }) => answerLive(response) },
    { name: 'readiness', matches: (url) => url.pathname === '/health/ready', handle: ({ response }) => answerReady(orm, response) },
  ]
}
