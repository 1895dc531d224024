import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from 'graphql'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import type { ExplorerConfig } from '../../api/src/explorer/config'
import { EXAMPLE_TABS } from '../../api/src/explorer/examples'
import { ROOT } from '../../runtime/paths'
import { useBrowser } from '../e2e/harness/browser'

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

/** The GraphiQL explorer at GET /graphql: the page, its same-origin files, and examples that match the schema. */
describe('GraphQL explorer', () => {
  const apiUrl = inject('apiUrl')
  const origin = new URL(apiUrl).origin
  let page: Response
  let html: string
  let config: ExplorerConfig

  // The first request may build the bundle (about two seconds with esbuild) when .data/explorer/ has none yet.
  beforeAll(async () => {
    page = await fetch(apiUrl, { headers: { accept: BROWSER_ACCEPT } })
    html = await page.text()
    config = JSON.parse(/<script type="application\/json" id="explorer-config">(.*?)<\/script>/s.exec(html)?.[1] ?? 'null') as ExplorerConfig
  }, 60_000)

  it('serves an accessible bilingual HTML page with a strict same-origin CSP', () => {
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('vary')).toMatch(/accept/i)
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/)
    expect(csp.split(';').find((directive) => directive.trim().startsWith('script-src'))).not.toContain('unsafe-inline')
    expect(html).toMatch(/<html lang="sv">/)
    expect(html).toMatch(/<title>NSPM:s öppna API[^<]*NSPM open API<\/title>/)
    expect(html).toContain('<span lang="en">NSPM open API</span>')
  })

  it('references only same-origin explorer files, and no inline script', () => {
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!)
    expect(urls.filter((url) => url !== 'data:,').every((url) => url.startsWith('/graphql/explorer/'))).toBe(true)
    expect(urls.some((url) => url.endsWith('.js'))).toBe(true)
    expect(urls.some((url) => url.endsWith('.css'))).toBe(true)
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]!)
    expect(scripts.every((attributes) => attributes.includes(' src=') || attributes.includes('type="application/json"'))).toBe(true)
    expect(config.endpoint).toBe('/graphql')
    expect(Object.values(config.workers).every((url) => url.startsWith('/graphql/explorer/'))).toBe(true)
  })

  it('serves the files and every chunk they import, with long-cache headers and validators', async () => {
    const start = [...html.matchAll(/\s(?:src|href)="(\/graphql\/explorer\/[^"]*)"/g)].map((match) => match[1]!)
    const seen = new Set<string>()
    const queue = [...start, ...Object.values(config.workers)]
    while (queue.length > 0) {
      const url = queue.shift()!
      if (seen.has(url)) continue
      seen.add(url)
      const response = await fetch(`${origin}${url}`, { headers: { 'accept-encoding': 'gzip' } })
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type'), url).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/)
      expect(response.headers.get('cache-control'), url).toMatch(/max-age=31536000.*immutable/)
      expect(response.headers.get('etag'), url).toMatch(/^".+"$/)
      const body = await response.text()
      // Code splitting: the app and the workers import their chunks by relative URL from the same directory.
      for (const match of body.matchAll(/["'`]\.\/(chunk-[A-Z0-9]+\.js)["'`]/g)) queue.push(`/graphql/explorer/${match[1]}`)
    }
    expect([...seen].filter((url) => url.includes('/chunk-')).length).toBeGreaterThan(3)

    const script = `${origin}${start.find((url) => url.endsWith('.js'))}`
    const first = await fetch(script, { headers: { 'accept-encoding': 'gzip' } })
    expect(first.headers.get('content-encoding')).toBe('gzip')
    await first.arrayBuffer()
    const again = await fetch(script, { headers: { 'if-none-match': first.headers.get('etag')! } })
    expect(again.status).toBe(304)
    expect((await fetch(`${origin}/graphql/explorer/app-NOPE.js`)).status).toBe(404)
  })

  it('leaves GraphQL over GET to Apollo: a `query` parameter executes, with its CSRF preflight header', async () => {
    const url = `${apiUrl}?query=${encodeURIComponent('{ __typename }')}`
    const response = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } })
    // Without it, Apollo's CSRF prevention refuses a "simple" GET, as before the explorer existed.
    expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(400)
    // A browser asking for HTML with a query still gets GraphQL, not the page.
    const browser = await fetch(url, { headers: { accept: `${BROWSER_ACCEPT},application/json`, 'apollo-require-preflight': 'true' } })
    expect(browser.status).toBe(200)
    expect(browser.headers.get('content-type')).toMatch(/json/)
  })

  it('preloads the example tabs, and every example validates against schema.graphql', () => {
    expect(config.tabs).toEqual(EXAMPLE_TABS)
    expect(EXAMPLE_TABS.length).toBeGreaterThanOrEqual(4)
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))
    for (const tab of EXAMPLE_TABS) {
      const document = parse(tab.query)
      expect(
        validate(schema, document).map((error) => error.message),
        tab.query,
      ).toEqual([])
      const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
      expect(operations.map((operation) => operation.name?.value).every(Boolean), 'named operations become tab titles').toBe(true)
      // GraphiQL 5.4 does not load a default tab's variables into its editor on a first visit (see examples.ts).
      expect(
        operations.flatMap((operation) => operation.variableDefinitions ?? []),
        'literal arguments, no variables',
      ).toEqual([])
    }
  })

  it('runs every example against the seeded API without errors', async () => {
    for (const tab of EXAMPLE_TABS) {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: tab.query }),
      })
      const result = (await response.json()) as { data?: unknown; errors?: unknown[] }
      expect(result.errors, tab.query).toBeUndefined()
      expect(result.data).toBeTruthy()
    }
  })

  // GraphiQL rendering in a real browser under the CSP: a violation or a script error shows in the console.
  describe('in Chromium', { timeout: 120_000 }, () => {
    const browser = useBrowser({ baseURL: origin })

    it('renders GraphiQL in Chromium without CSP violations or script errors', async () => {
      const { page } = browser
      const problems: string[] = []
      page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())))
      page.on('pageerror', (error) => void problems.push(error.message))
      await page.goto(apiUrl)
      await page.locator('.graphiql-container .monaco-editor').first().waitFor()
      await page.getByText('KoordinatorOchStodtelefon').first().waitFor()
      // Running the example proves the page may also reach the API under its CSP (connect-src).
      await page.locator('.graphiql-execute-button').click()
      await page.locator('.graphiql-response').getByText('Norrbotten').first().waitFor()
      expect(problems).toEqual([])
    })
  })
})
