import { createServer as createHttpServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { MikroORM } from '@mikro-orm/postgresql'
import { startApollo } from './apollo'
import type { ResponseCache } from './cache/response-cache'
import { QUERY_LIMITS, type QueryLimits } from './common/limits'
import { corsHandler, type CorsOrigins } from './cors'
import { trackRequests } from './drain'
import { listen } from './http'
import { graphqlRoute } from './graphql-route'
import { anonymousCaller, resolveAnonymously, type CallerResolver } from './limits/caller'
import { clientAddress, compileTrust, PRIVATE_NETWORK_PROXIES, type TrustProxy } from './limits/client-address'
import { anonymousPolicies, DEFAULT_QUERIES_PER_MINUTE } from './limits/policy'
import { QueryBudget } from './limits/query-budget'
import { startReadModel, type ReadModel } from './read-model/read-model'
import { observeRequests } from './observability/access-log'
import { createLogger, type Logger } from './observability/logger'
import type { RequestMetrics } from './observability/metrics'
import type { ReplicaReads } from './replicas/replica-reads'
import { apiRoutes } from './routing/api-routes'
import { answerRouteError } from './routing/route-errors'
import { dispatch } from './routing/route-table'
import { setSecurityHeaders } from './security-headers'

type Options = {
  orm: MikroORM
  port: number
  host?: string
  introspection?: boolean
  cmsUrl?: string
  /** Where this API is reached from outside (API_PUBLIC_URL), for the absolute URLs of its own pages. */
  publicUrl?: string
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY); `true`: those on this host or a private network. */
  trustProxy?: TrustProxy | true
  /** Origins whose pages may call /graphql (API_CORS_ORIGINS). */
  corsOrigins?: CorsOrigins
  /** The anonymous query budget per client and replica (API_QUERIES_PER_MINUTE); 0: queries are not counted. */
  queriesPerMinute?: number
  /** Who is calling, for limits; partner keys plug in here. Default: the client address, anonymously. */
  resolveCaller?: CallerResolver
  /** Production: field suggestions hidden from error messages, the explorer off unless asked for. */
  production?: boolean
  explorer?: boolean
  /** Everything the server logs, one access line per request included (default: JSON on stdout at `info`). */
  log?: Logger
  /** Request counts and latencies for /metrics (observability/metrics.ts); without it none are kept. */
  metrics?: RequestMetrics
  /** Serialised responses of public queries, served before GraphQL runs; cleared when editors publish. */
  cache?: ResponseCache
  /**
   * The published snapshot that queries read (read-model/read-model.ts). Without it the server starts its own,
   * which clears `cache` after each refresh, and stops it with the server.
   */
  readModel?: ReadModel
  /** How long public query responses may be kept (this server's cache, CDNs, browsers). */
  cacheMaxAgeSeconds?: number
  /** With read replicas: which requests may read from them (queries, while they are up and caught up). */
  replicaReads?: ReplicaReads
  /** The time each request is answered at (default: the system clock; a test may fix an instant). */
  clock?: () => Date
  /** Query limits (common/limits.ts); tests switch one off to prove that it is what refuses. */
  limits?: QueryLimits
}

export type RunningServer = {
  url: string
  port: number
  /** Drains (see drain.ts) within `graceMs` (default 10 s), then stops Apollo. `drained`: nothing was cut off. */
  stop: (options?: { graceMs?: number }) => Promise<{ drained: boolean }>
}

/**
 * The API's HTTP server: every request is observed (access log, X-Request-Id), given the security headers and
 * admitted unless the server drains; a CORS preflight is answered at once, everything else goes through the route
 * table (routing/api-routes.ts), and what a route throws becomes an HTTP answer (routing/route-errors.ts).
 * Port 0 picks a free port.
 */
export async function createServer({
  orm,
  port,
  host = '0.0.0.0',
  introspection = true,
  cmsUrl = 'http://localhost:3000',
  publicUrl = 'http://localhost:4000',
  trustProxy = false,
  corsOrigins = '*',
  queriesPerMinute = DEFAULT_QUERIES_PER_MINUTE,
  resolveCaller = resolveAnonymously,
  production = false,
  explorer = !production,
  log = createLogger('info'),
  metrics,
  cache,
  readModel: givenReadModel,
  cacheMaxAgeSeconds = 60,
  replicaReads,
  clock = () => new Date(),
  limits = QUERY_LIMITS,
}: Options): Promise<RunningServer> {
  const readModel = givenReadModel ?? (await startReadModel({ orm, databaseUrl: orm.config.get('clientUrl') ?? '', log, onRefreshed: () => cache?.invalidate() }))
  const ownReadModel = givenReadModel ? undefined : readModel
  const apollo = await startApollo({ introspection, production, limits, log, replicaReads })
  const trust = compileTrust(trustProxy === true ? PRIVATE_NETWORK_PROXIES : trustProxy)
  const policies = anonymousPolicies(queriesPerMinute)
  const anonymousCallerOf = (request: IncomingMessage) => anonymousCaller(clientAddress(request, trust), policies)
  const graphql = graphqlRoute({
    apollo,
    orm,
    cache,
    budget: new QueryBudget(),
    maxBodyBytes: limits.bodyBytes,
    context: { cmsUrl, publicUrl, cacheMaxAgeSeconds, clock, snapshot: readModel.current },
    identify: async (request) => resolveCaller(request, anonymousCallerOf(request)),
  })
  const answeredCors = corsHandler(corsOrigins)
  const routes = apiRoutes({ orm, graphql, answeredCors, anonymousCallerOf, explorer, log, cache, cacheMaxAgeSeconds, snapshot: readModel.current, clock, publicUrl })

  const observe = observeRequests(log, metrics)
  const server = createHttpServer((request, response) => {
    // First, so that every answer (a refusal while draining, a preflight, a cached hit) carries X-Request-Id.
    const record = observe(request, response)
    setSecurityHeaders(response)
    if (!requests.admit(request, response)) return
    // A preflight is answered before anything else is parsed: it needs neither the URL's query nor a promise.
    if (request.method === 'OPTIONS' && isGraphqlPath(request.url) && answeredCors(request, response)) return
    const call = { request, response, url: new URL(request.url ?? '/', 'http://api.local'), record }
    dispatch(routes, call).catch((error: unknown) => answerRouteError(error, call, log))
  })
  const requests = trackRequests(server)

  await listen(server, port, host)
  const actualPort = (server.address() as AddressInfo).port
  return {
    port: actualPort,
    url: `http://localhost:${actualPort}/graphql`,
    stop: async ({ graceMs = 10_000 } = {}) => {
      const drained = await requests.drain(graceMs)
      await apollo.stop()
      await ownReadModel?.close()
      return { drained }
    },
  }
}

/** `/graphql`, with or without a query string. */
const isGraphqlPath = (path: string | undefined): boolean => path === '/graphql' || (path?.startsWith('/graphql?') ?? false)
