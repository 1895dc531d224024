import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServer, HeaderMap } from '@apollo/server'
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import type { MikroORM } from '@mikro-orm/postgresql'
import { cacheKey } from './cache/cache-key'
import { cachePolicyPlugins } from './cache/cache-policy'
import { cacheableEntry, passesCsrfPrevention, publicMaxAge, requestParts, sendCacheable } from './cache/http-cache'
import type { CachedResponse, ResponseCache } from './cache/response-cache'
import { createFormatError, describeSafely } from './common/errors'
import { QUERY_LIMITS, queryProtection } from './common/limits'
import { isUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from './common/unavailable'
import { unavailableStatus } from './common/unavailable-status'
import { createContext, type ApiContext } from './context'
import { trackRequests } from './drain'
import { handleExplorer, isExplorerRequest } from './explorer'
import { BodyTooLargeError, readBody, sendJson } from './http'
import { handleNewsletterPage } from './modules/newsletter/newsletter.routes'
import { buildApiSchema } from './schema'

type Options = {
  orm: MikroORM
  port: number
  host?: string
  introspection?: boolean
  cmsUrl?: string
  trustProxy?: boolean
  /** Production: field suggestions hidden from error messages, the explorer off unless asked for. */
  production?: boolean
  explorer?: boolean
  log?: (line: string) => void
  /** Serialised responses of public queries, served before GraphQL runs; cleared when editors publish. */
  cache?: ResponseCache
  /** How long public query responses may be kept (this server's cache, CDNs, browsers). */
  cacheMaxAgeSeconds?: number
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
  production = false,
  explorer = !production,
  log = console.log,
  cache,
  cacheMaxAgeSeconds = 60,
}: Options): Promise<RunningServer> {
  const protection = queryProtection(production)
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    introspection,
    csrfPrevention: true,
    // index.ts drains on SIGTERM itself. Apollo's own handler (on unless NODE_ENV=test) would stop Apollo first and
    // re-send the signal, and the drain's apollo.stop() then never returned: the process stayed up after SIGTERM.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    validationRules: protection.validationRules,
    formatError: createFormatError(log),
    plugins: [...protection.plugins, ...cachePolicyPlugins(), unavailableStatus(), ApolloServerPluginLandingPageDisabled()],
  })
  await apollo.start()

  /** Cacheable queries being executed, by cache key: later identical requests share the answer. */
  const inFlight = new Map<string, Promise<CachedResponse | undefined>>()

  const handleGraphql = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const raw = request.method === 'POST' ? await readBody(request) : ''
    let body: unknown = raw
    if (raw && request.headers['content-type']?.includes('application/json')) {
      try {
        body = JSON.parse(raw)
      } catch {
        return sendJson(response, 400, { errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] })
      }
    }
    // A public query already answered: its bytes go out before any parsing or execution.
    const parts = passesCsrfPrevention(request) ? requestParts(request, url, body) : undefined
    const key = cache && parts ? cacheKey(parts) : undefined
    const hit = key ? cache?.get(key) : undefined
    if (hit) return sendCacheable(request, response, hit, 'HIT')
    // The same query already running (an expired entry under load, a publish): wait for its answer instead of
    // running it once per waiting client, which exhausted the pool when 50 clients missed at once.
    const running = key ? inFlight.get(key) : undefined
    if (running) {
      const shared = await running
      if (shared) return sendCacheable(request, response, shared, 'HIT')
    }
    const version = cache?.version ?? 0
    if (!key || !cache || inFlight.has(key)) return executeGraphql(request, response, url, body, key, version)
    const execution = executeGraphql(request, response, url, body, key, version)
    // Followers of an answer that was not stored (an error, no-store, a publish meanwhile) run the query themselves.
    inFlight.set(key, execution.catch(() => undefined))
    try {
      return await execution
    } finally {
      inFlight.delete(key)
    }
  }

  /** Runs the request through Apollo and answers it; returns the entry when the answer went into the cache. */
  const executeGraphql = async (
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    body: unknown,
    key: string | undefined,
    version: number,
  ): Promise<CachedResponse | undefined> => {
    const headers = new HeaderMap()
    for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(orm, request, { cmsUrl, trustProxy, cacheMaxAgeSeconds }),
    })
    const maxAge = result.status === undefined || result.status === 200 ? publicMaxAge(result.headers.get('cache-control')) : 0
    if (maxAge > 0 && result.body.kind === 'complete') {
      const bytes = Buffer.from(result.body.string)
      const cacheControl = result.headers.get('cache-control')!
      const stored = key ? cache?.set(key, version, { body: bytes, cacheControl, maxAgeSeconds: maxAge }) : undefined
      sendCacheable(request, response, stored ?? cacheableEntry(bytes, cacheControl), 'MISS')
      return stored
    }
    for (const [name, value] of result.headers) response.setHeader(name, value)
    response.statusCode = result.status ?? 200
    if (result.body.kind === 'complete') {
      response.end(result.body.string)
      return undefined
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk)
    response.end()
    return undefined
  }

  const server = createHttpServer((request, response) => {
    if (!requests.admit(request, response)) return
    const url = new URL(request.url ?? '/', 'http://api.local')
    const route = async () => {
      // The GraphiQL explorer for browsers (HTML GET /graphql without `query`, and its files); see explorer/index.ts.
      if (explorer && isExplorerRequest(request, url)) return handleExplorer(request, response, url, log)
      if (url.pathname === '/graphql') return handleGraphql(request, response, url)
      if (url.pathname.startsWith('/newsletter/') && (await handleNewsletterPage(orm, request, response, url))) return
      if (url.pathname === '/health/live') return sendJson(response, 200, { status: 'ok' })
      if (url.pathname === '/health/ready') return ready(orm).then((ok) => sendJson(response, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' }))
      return sendJson(response, 404, { error: 'Not found. The GraphQL endpoint is /graphql.' })
    }
    route().catch((error: unknown) => {
      if (response.headersSent) return response.destroy()
      if (error instanceof BodyTooLargeError) return sendJson(response, 413, { errors: [{ message: 'Request body too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] })
      if (isUnavailable(error)) {
        log(JSON.stringify({ level: 'warn', msg: 'database unavailable', route: url.pathname, kind: describeSafely(error).kind }))
        response.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
        return sendJson(response, 503, { errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] })
      }
      log(JSON.stringify({ level: 'error', msg: 'request failed', kind: error instanceof Error ? error.constructor.name : typeof error }))
      sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })
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

/** Ready means the database answers; a short timeout keeps a load balancer's check from hanging. */
async function ready(orm: MikroORM): Promise<boolean> {
  try {
    await Promise.race([orm.em.getConnection().execute('SELECT 1'), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000))])
    return true
  } catch {
    return false
  }
}
