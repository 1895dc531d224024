import { randomBytes } from 'node:crypto'
import type { MikroORM } from '@mikro-orm/postgresql'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadConfig } from '../../api/src/config'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { sql } from '../helpers/sql'
import { useBrowser } from './harness/browser'
import { serveApiPage, type ApiPage } from './harness/api-page'
import { silentLog } from '../helpers/log-capture'

type Step = {
  status?: number
  failed?: string
  etag?: string | null
  xCache?: string | null
  rateLimitPolicy?: string | null
  rateLimit?: string | null
  body?: { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] }
}

/** Opens the page and waits for its script to finish; each step's outcome as the page shows it. */
async function runPage(page: Page, url: string): Promise<Record<'post' | 'apq-hash' | 'apq-register' | 'apq-again' | 'subscribe', Step>> {
  await page.goto(url)
  await page.locator('#done', { hasText: 'done' }).waitFor({ timeout: 60_000 })
  const read = async (id: string) => JSON.parse(await page.locator(`#${id}`).innerText()) as Step
  return {
    post: await read('post'),
    'apq-hash': await read('apq-hash'),
    'apq-register': await read('apq-register'),
    'apq-again': await read('apq-again'),
    subscribe: await read('subscribe'),
  }
}

/**
 * The public API from a page on another origin, in Chromium: the browser's own CORS checks decide, preflights
 * included, so this proves what a website's developer would see.
 */
describe('the public API from a web page on another origin', { timeout: 180_000 }, () => {
  const browser = useBrowser({ locale: 'en-GB' })
  let site: ApiPage
  const nonce = randomBytes(6).toString('hex')
  const email = `browser-${nonce}@example.org`

  beforeAll(async () => {
    site = await serveApiPage('127.0.0.2')
  })
  afterAll(async () => {
    await site?.stop()
    // The APIs here send no mail; another test file's worker must not get these confirmations either.
    await sql('DELETE FROM nspm_api.outbox WHERE recipient LIKE $1', [`browser-${nonce}%`])
  })

  it('runs a POST query, a GET by persisted-query hash and a subscription from any origin, and reads the headers', async () => {
    // The suite's API process, as deployed (API_CORS_ORIGINS unset: every origin), at 127.0.0.1.
    const api = inject('apiUrl').replace('//localhost:', '//127.0.0.1:')
    const steps = await runPage(browser.page, site.url(api, nonce))

    expect(steps.post.status).toBe(200)
    expect((steps.post.body?.data?.regions as unknown[]).length).toBe(7)
    // Exposed headers: a script on another origin can read them.
    expect(steps.post.etag).toMatch(/^"/)
    expect(steps.post.rateLimitPolicy).toMatch(/^"queries";q=\d+;w=60$/)
    expect(steps.post.rateLimit).toMatch(/^"queries";r=\d+;t=\d+$/)
    expect(steps.post.xCache).toMatch(/^(MISS|HIT)$/)

    expect(steps['apq-hash'].body?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    expect(steps['apq-register'].status).toBe(200)
    expect(steps['apq-register'].body?.data).toMatchObject({ supportLine: { phone: { display: expect.any(String) } } })
    expect(steps['apq-again'].status).toBe(200)
    expect(steps['apq-again'].body?.data).toEqual(steps['apq-register'].body?.data)

    expect(steps.subscribe.status).toBe(200)
    expect(steps.subscribe.body?.data).toMatchObject({ subscribeToNewsletter: { accepted: true } })
    expect(steps.subscribe.rateLimitPolicy).toBe('"subscriptions";q=20;w=3600')
    expect(await sql('SELECT status, consent_source FROM newsletter_subscribers WHERE email = $1', [email])).toEqual([{ status: 'pending', consent_source: 'browser-test' }])
  })

  describe('with an allow-list (API_CORS_ORIGINS)', () => {
    let orm: MikroORM
    let server: RunningServer
    let foreign: ApiPage
    beforeAll(async () => {
      foreign = await serveApiPage('127.0.0.3')
      const config = loadConfig({ DATABASE_URL: inject('databaseUrl'), API_CORS_ORIGINS: `https://www.nspm.example, ${site.origin}` })
      orm = await createOrm({ databaseUrl: inject('databaseUrl') })
      server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, corsOrigins: config.corsOrigins })
    })
    afterAll(async () => {
      await foreign?.stop()
      await server?.stop()
      await orm?.close()
    })

    it('serves a listed origin and lets the browser refuse any other', async () => {
      const api = `http://127.0.0.1:${server.port}/graphql`
      const listed = await runPage(browser.page, site.url(api, `${nonce}-listed`))
      expect(listed.post.status).toBe(200)
      expect((listed.post.body?.data?.regions as unknown[]).length).toBe(7)
      expect(listed['apq-again'].status).toBe(200)

      const refused = await runPage(browser.page, foreign.url(api, `${nonce}-foreign`))
      for (const step of Object.values(refused)) expect(step.failed).toMatch(/TypeError: Failed to fetch/)
      // The preflight failed, so the subscription was never sent.
      expect(await sql('SELECT id FROM newsletter_subscribers WHERE email = $1', [`browser-${nonce}-foreign@example.org`])).toEqual([])
    })
  })
})
