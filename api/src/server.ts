import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import type { MikroORM } from '@mikro-orm/postgresql'
import { cachePolicyPlugins } from './cache/cache-policy'
import type { ResponseCache } from './cache/response-cache'
import { createFormatError, describeSafely, ServiceUnavailableError } from './common/errors'
import { QUERY_LIMITS, queryProtection, type QueryLimits } from './common/limits'
import { isUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from './common/unavailable'
import { unavailableStatus } from './common/unavailable-status'
import type { ApiContext } from './context'
import { corsHandler, type CorsOrigins } from './cors'
import { trackRequests } from './drain'
import { handleExplorer, isExplorerRequest } from './explorer'
import { graphqlRoute } from './graphql-route'
import { BodyTooLargeError, sendErrors, sendJson } from './http'
import { anonymousCaller, resolveAnonymously, type CallerResolver } from './limits/caller'
import { clientAddress, compileTrust, PRIVATE_NETWORK_PROXIES, type TrustProxy } from './limits/client-address'
import { anonymousPolicies, DEFAULT_QUERIES_PER_MINUTE } from './limits/policy'
import { QueryBudget } from './limits/query-budget'
import { queryBudgetPlugin } from './limits/query-budget-plugin'
import { handleNewsletterPage } from './modules/newsletter/newsletter.routes'
import { replicaReadsPlugin } from './replicas/replica-plugin'
import type { ReplicaReads } from './replicas/replica-reads'
import { observeRequests } from './observability/access-log'
import { createLogger, errorKind, type Logger } from './observability/logger'
import type { RequestMetrics } from './observability/metrics'
import { buildApiSchema } from './schema'
import { setSecurityHeaders } from './security-headers'

type Options = {
  orm: MikroORM
  port: number
  host?: string
  introspection?: boolean
  cmsUrl?: string
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

/** The API's HTTP server: /graphql (Apollo over node:http), /health/live and /health/ready. Port 0 picks a free port. */
export async function createServer({
  orm,
  port,
  host = '0.0.0.0',
  introspection = true,
  cmsUrl = 'http://localhost:3000',
  trustProxy = false,
  corsOrigins = '*',
  queriesPerMinute = DEFAULT_QUERIES_PER_MINUTE,
  resolveCaller = resolveAnonymously,
  production = false,
  explorer = !production,
  log = createLogger('info'),
  metrics,
  cache,
  cacheMaxAgeSeconds = 60,
  replicaReads,
  clock = () => new Date(),
  limits = QUERY_LIMITS,
}: Options): Promise<RunningServer> {
  const protection = queryProtection(production, limits)
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection,
    csrfPrevention: true,
    // index.ts drains on SIGTERM itself. Apollo's own handler (on unless NODE_ENV=test) would stop Apollo first and
    // re-send the signal, and the drain's apollo.stop() then never returned: the process stayed up after SIGTERM.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: protection.parseOptions,
    validationRules: protection.validationRules,
    validationOptions: protection.validationOptions,
    formatError: createFormatError(log),
    plugins: [...protection.plugins, ...cachePolicyPlugins(), queryBudgetPlugin(), unavailableStatus(), ...(replicaReads ? [replicaReadsPlugin(replicaReads)] : []), ApolloServerPluginLandingPageDisabled()],
  })
  await apollo.start()

  const trust = compileTrust(trustProxy === true ? PRIVATE_NETWORK_PROXIES : trustProxy)
  const policies = anonymousPolicies(queriesPerMinute)
  const graphql = graphqlRoute({
    apollo,
    orm,
    cache,
    budget: new QueryBudget(),
    maxBodyBytes: limits.bodyBytes,
    context: { cmsUrl, cacheMaxAgeSeconds, clock },
    identify: async (request) => resolveCaller(request, anonymousCaller(clientAddress(request, trust), policies)),
  })

  const answeredCors = corsHandler(corsOrigins)
  const observe = observeRequests(log, metrics)
  const server = createHttpServer((request, response) => {
    // First, so that every answer (a refusal while draining, a preflight, a cached hit) carries X-Request-Id.
    const record = observe(request, response)
    setSecurityHeaders(response)
    if (!requests.admit(request, response)) return
    // A preflight is answered before anything else is parsed: it needs neither the URL's query nor a promise.
    if (request.method === 'OPTIONS' && isGraphqlPath(request.url) && answeredCors(request, response)) return
    const url = new URL(request.url ?? '/', 'http://api.local')
    const route = async () => {
      // The GraphiQL explorer for browsers (HTML GET /graphql without `query`, and its files); see explorer/index.ts.
      if (explorer && isExplorerRequest(request, url)) return handleExplorer(request, response, url, log)
      if (url.pathname === '/graphql') return answeredCors(request, response) ? undefined : graphql(request, response, url, record)
      if (url.pathname.startsWith('/newsletter/') && (await handleNewsletterPage(orm, request, response, url))) return
      if (url.pathname === '/health/live') return sendJson(response, 200, { status: 'ok' })
      if (url.pathname === '/health/ready') return ready(orm).then((ok) => sendJson(response, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' }))
      return sendJson(response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' })
    }
    route().catch((error: unknown) => {
      if (response.headersSent) return response.destroy()
      if (error instanceof BodyTooLargeError) return sendErrors(response, 413, [{ message: 'Request body too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }])
      if (isUnavailable(error)) {
        log.warn({ requestId: record.id, route: url.pathname, kind: describeSafely(error).kind }, 'database unavailable')
        response.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
        return sendErrors(response, 503, [{ message: UNAVAILABLE_MESSAGE, extensions: new ServiceUnavailableError().extensions }])
      }
      log.error({ requestId: record.id, kind: errorKind(error) }, 'request failed')
      sendErrors(response, 500, [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }])
    })
  })
  const requests = trackRequests(server)

  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  const actualPort = (server.address() as AddressInfo).port
  return {
    port: actualPort,
    url: `http://localhost:${actualPort}/graphql`,
    stop: async ({ graceMs = 10_000 } = {}) => {
      const drained = await requests.drain(graceMs)
      await apollo.stop()
      return { drained }
    },
  }
}

/** `/graphql`, with or without a query string. */
const isGraphqlPath = (path: string | undefined): boolean => path === '/graphql' || (path?.startsWith('/graphql?') ?? false)

/** Ready means the database answers; a short timeout keeps a load balancer's check from hanging. */
async function ready(orm: MikroORM): Promise<boolean> {
  try {
    await Promise.race([orm.em.getConnection().execute('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))])
    return true
  } catch {
    return false
  }
}
