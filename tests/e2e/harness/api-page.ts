import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A website on another origin than the API: a real HTTP server on a loopback address of its own (127.0.0.2 and up;
 * an origin is scheme, host and port, so 127.0.0.2 is foreign to an API at 127.0.0.1). Its one page calls the API
 * with fetch() as a website's script would and shows what came back; the test reads the page.
 */
export type ApiPage = { origin: string; url: (api: string, nonce: string) => string; stop: () => Promise<void> }

export async function serveApiPage(host: string): Promise<ApiPage> {
  const server: Server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://page').pathname !== '/') {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
    response.end(PAGE)
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`
  return {
    origin,
    url: (api, nonce) => `${origin}/?${new URLSearchParams({ api, nonce })}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/**
 * The page's script: a POST query, a GET query by automatic persisted query (the hash alone, then hash and
 * document, then the hash alone again) and a newsletter subscription. Each step's outcome goes into its own
 * element as JSON, with the response headers a cross-origin script may read.
 */
const SCRIPT = String.raw`
const params = new URLSearchParams(location.search)
const api = params.get('api')
const nonce = params.get('nonce')
const show = (id, value) => { document.getElementById(id).textContent = JSON.stringify(value) }
const headersOf = (response) => ({
  status: response.status,
  etag: response.headers.get('etag'),
  xCache: response.headers.get('x-cache'),
  rateLimitPolicy: response.headers.get('ratelimit-policy'),
  rateLimit: response.headers.get('ratelimit'),
})
async function call(request) {
  try {
    const response = await request()
    return { ...headersOf(response), body: await response.json() }
  } catch (error) {
    return { failed: String(error) }
  }
}
async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}
const post = (body) => fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
const get = (fields) => fetch(api + '?' + new URLSearchParams(fields), { headers: { 'apollo-require-preflight': 'true' } })

async function run() {
  show('post', await call(() => post({ query: '{ regions { slug name } }' })))
  const query = 'query BrowserPage_' + nonce + ' { supportLine { phone { display } } }'
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: await sha256(query) } })
  show('apq-hash', await call(() => get({ extensions })))
  show('apq-register', await call(() => get({ extensions, query })))
  show('apq-again', await call(() => get({ extensions })))
  show('subscribe', await call(() => post({
    query: 'mutation ($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted message } }',
    variables: { input: { email: 'browser-' + nonce + '@example.org', topics: ['NEWS'], locale: 'EN', consent: { given: true, textVersion: '2026-11', source: 'browser-test' } } },
  })))
  document.getElementById('done').textContent = 'done'
}
run()
`

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A website on another origin</title></head>
<body>
<h1>Calls to the NSPM API from another origin</h1>
<dl>
  <dt>POST query</dt><dd><pre id="post"></pre></dd>
  <dt>GET by persisted-query hash</dt><dd><pre id="apq-hash"></pre></dd>
  <dt>GET with hash and document</dt><dd><pre id="apq-register"></pre></dd>
  <dt>GET by hash again</dt><dd><pre id="apq-again"></pre></dd>
  <dt>subscribeToNewsletter</dt><dd><pre id="subscribe"></pre></dd>
</dl>
<p id="done"></p>
<script type="module">${SCRIPT}</script>
</body>
</html>`
