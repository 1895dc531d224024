import type { ExplorerBundle } from './cache'
import type { ExplorerConfig } from './config'
import { EXAMPLE_TABS } from './examples'

/** Where the bundle's files are served; the HTML references nothing else. */
export const ASSET_PATH = '/graphql/explorer/'

/**
 * Same origin only. Scripts: our bundle, nothing inline, no eval. Styles need 'unsafe-inline' because Monaco adds
 * <style> elements at run time and has no nonce support; graphiql's stylesheet embeds its fonts as data: URLs.
 * Workers are our own files; operations go to this origin's /graphql.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The explorer page: a bilingual header, the GraphiQL root and the app's config as a JSON data block. */
export function renderPage(bundle: ExplorerBundle, endpoint: string): string {
  const asset = (name: string) => escapeHtml(`${ASSET_PATH}${name}`)
  const config: ExplorerConfig = {
    endpoint,
    workers: {
      editor: `${ASSET_PATH}${bundle.workers.editor}`,
      json: `${ASSET_PATH}${bundle.workers.json}`,
      graphql: `${ASSET_PATH}${bundle.workers.graphql}`,
    },
    tabs: EXAMPLE_TABS,
  }
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NSPM:s öppna API – GraphQL / NSPM open API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset(bundle.style)}">
<script type="module" src="${asset(bundle.script)}"></script>
</head>
<body>
<header class="nspm-header">
<h1>NSPM:s öppna API <span aria-hidden="true">/</span> <span lang="en">NSPM open API</span></h1>
<p>Prova API:t här: välj en exempelflik och kör den med ▶ (Ctrl+Enter). Schemat finns under Docs, och samma
adress tar emot GraphQL via POST. <span lang="en">Try the API here: pick an example tab and run it with ▶
(Ctrl+Enter). The schema is under Docs, and this address takes GraphQL over POST.</span></p>
</header>
<main id="explorer" aria-label="GraphQL-utforskare / GraphQL explorer">
<noscript><p>Utforskaren behöver JavaScript. <span lang="en">The explorer needs JavaScript.</span></p></noscript>
</main>
<script type="application/json" id="explorer-config">${jsonForScript(config)}</script>
</body>
</html>
`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** JSON inside <script> must not contain "</script" or "<!--": escaping every "<" rules both out. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
