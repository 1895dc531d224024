import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from '../http'
import { explorerBundle, type Asset } from './cache'
import { ASSET_PATH, CONTENT_SECURITY_POLICY, renderPage } from './page'
import type { Logger } from '../observability/logger'

/**
 * The GraphQL explorer (GraphiQL), for a developer who opens the API in a browser: GET /graphql asking for HTML
 * without a `query` parameter, plus its files under /graphql/explorer/. Everything else stays Apollo's.
 */
export function isExplorerRequest(request: IncomingMessage, url: URL): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (url.pathname.startsWith(ASSET_PATH)) return true
  return url.pathname === '/graphql' && !url.searchParams.has('query') && (request.headers.accept ?? '').includes('text/html')
}

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' }

export async function handleExplorer(request: IncomingMessage, response: ServerResponse, url: URL, log: Logger): Promise<void> {
  const bundle = await explorerBundle(log).catch((error: unknown) => {
    log.error({ error: error instanceof Error ? error.message : String(error) }, 'explorer bundle failed')
    return undefined
  })
  if (!bundle) return sendJson(response, 503, { error: 'The GraphQL explorer is unavailable; POST GraphQL to /graphql as usual.' })
  if (url.pathname === '/graphql') {
    const html = Buffer.from(renderPage(bundle, url.pathname))
    response.writeHead(200, {
      ...COMMON_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-length': html.length,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      // The page names the current bundle's hashed files, so it is revalidated; /graphql also answers JSON.
      'cache-control': 'no-cache',
      vary: 'Accept',
    })
    return void response.end(request.method === 'HEAD' ? undefined : html)
  }
  const asset = bundle.assets.get(url.pathname.slice(ASSET_PATH.length))
  if (!asset) return sendJson(response, 404, { error: 'Not found. The explorer files change with every bundle; reload /graphql.' })
  sendAsset(request, response, asset)
}

/** Content-hashed names never change content, so browsers may keep them for a year without asking again. */
function sendAsset(request: IncomingMessage, response: ServerResponse, asset: Asset): void {
  const headers = { ...COMMON_HEADERS, 'cache-control': 'public, max-age=31536000, immutable', etag: asset.etag, vary: 'Accept-Encoding' }
  if (request.headers['if-none-match'] === asset.etag) {
    response.writeHead(304, headers)
    return void response.end()
  }
  const gzipped = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && asset.gzip.length < asset.body.length
  const body = gzipped ? asset.gzip : asset.body
  response.writeHead(200, {
    ...headers,
    'content-type': asset.type,
    'content-length': body.length,
    ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
  })
  response.end(request.method === 'HEAD' ? undefined : body)
}
