import type { MikroORM } from '@mikro-orm/postgresql'
import { buildSchema, isObjectType } from 'graphql'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createResponseCache } from '../../api/src/cache/invalidation'
import type { ResponseCache } from '../../api/src/cache/response-cache'
import { createOrm } from '../../api/src/orm'
import { createServer, type RunningServer } from '../../api/src/server'
import { ROOT } from '../../runtime/paths'
import { silentLog } from '../helpers/log-capture'
import { deleteSends, insertSend, markSent } from '../helpers/newsletter-archive'

/**
 * The public archive of sent newsletter issues (issue 17): GraphQL `newsletterIssues` / `newsletterIssue` and the
 * pages under /newsletter/issues, against a real API process on the suite's database, with sends written by SQL as
 * the CMS and the sender leave them. Its issues are dated 2099, so that they are the newest whatever else is sent.
 */
const run = Date.now().toString(36)
const slug = (name: string) => `archive-${run}-${name}`
const HOSTILE_SUBJECT = '<script>alert("subject")</script> & "Nyheter"'

describe('the newsletter archive', () => {
  let orm: MikroORM
  let server: RunningServer
  let cache: ResponseCache
  const ids: number[] = []
  let pending = 0

  beforeAll(async () => {
    ids.push(
      await insertSend({
        slug: slug('both'),
        language: 'both',
        topics: ['news'],
        finishedAt: new Date('2099-01-03T10:00:00.123Z'),
        texts: {
          sv: { subject: 'Decembernytt', preheader: 'Det senaste från NSPM', bodyHtml: '<h2>Hej</h2><p>Svensk <strong>text</strong>.</p>', bodyText: 'Hej\n\nSvensk text.' },
          en: { subject: 'December news', preheader: 'The latest from NSPM', bodyHtml: '<h2>Hello</h2><p>English <strong>text</strong>.</p>', bodyText: 'Hello\n\nEnglish text.' },
        },
      }),
      await insertSend({
        slug: slug('sv'),
        language: 'sv',
        topics: ['publications'],
        finishedAt: new Date('2099-01-02T10:00:00.000Z'),
        texts: { sv: { subject: 'Nya rapporter', preheader: '', bodyHtml: '<p>Två nya rapporter.</p>', bodyText: 'Två nya rapporter.' } },
      }),
      await insertSend({
        slug: slug('hostile'),
        language: 'sv',
        topics: ['events', 'news'],
        finishedAt: new Date('2099-01-01T10:00:00.000Z'),
        texts: {
          sv: {
            subject: HOSTILE_SUBJECT,
            preheader: '<img src=x onerror=alert(1)>',
            bodyHtml: '<p>Kvar</p><script>alert("body")</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">länk</a><p onclick="alert(4)"><em>betonad</em></p>',
            bodyText: 'Kvar',
          },
        },
      }),
    )
    pending = await insertSend({
      slug: slug('pending'),
      language: 'sv',
      topics: ['news'],
      state: 'sending',
      texts: { sv: { subject: 'Skickas nu', preheader: '', bodyHtml: '<p>x</p>', bodyText: 'x' } },
    })
    ids.push(pending)
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    cache = createResponseCache(8)
    // The server's own read model clears `cache` after each refresh, as in production (index.ts).
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog, cache, publicUrl: 'https://api.example.org' })
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
    await deleteSends(ids)
  })

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = (await (await post(query, variables)).json()) as { data: T; errors?: unknown[] }
    expect(body.errors).toBeUndefined()
    return body.data
  }
  const errorCode = async (query: string, variables: Record<string, unknown> = {}) =>
    ((await (await post(query, variables)).json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code
  const page = (pathAndQuery: string, headers: Record<string, string> = {}) => fetch(new URL(pathAndQuery, server.url), { headers })

  type Issue = { id: string; locale: string; slug: string; subject: string; preheader: string | null; sentAt: string; topics: string[]; languages: string[]; webUrl: string }
  type Connection = { totalCount: number; nodes: Issue[]; edges: { cursor: string; node: { slug: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
  const LIST = `query ($first: Int, $after: String, $topic: NewsletterTopic, $locale: Locale) {
    newsletterIssues(first: $first, after: $after, topic: $topic, locale: $locale) {
      totalCount nodes { id locale slug subject preheader sentAt topics languages webUrl } edges { cursor node { slug } } pageInfo { hasNextPage endCursor }
    }
  }`
  const ONE = `query ($slug: String!, $locale: Locale) {
    newsletterIssue(slug: $slug, locale: $locale) { id locale slug subject preheader sentAt topics languages webUrl body { html plainText } }
  }`
  type One = { newsletterIssue: (Issue & { body: { html: string; plainText: string } }) | null }

  it('lists sent issues newest first in the asked language, falling back to the language an issue was sent in', async () => {
    const { newsletterIssues } = await data<{ newsletterIssues: Connection }>(LIST, { first: 2, locale: 'EN' })
    expect(newsletterIssues.nodes.map((issue) => issue.slug)).toEqual([slug('both'), slug('sv')])
    const [both, swedish] = newsletterIssues.nodes
    expect(both).toMatchObject({
      locale: 'EN',
      subject: 'December news',
      preheader: 'The latest from NSPM',
      sentAt: '2099-01-03T10:00:00.123Z',
      topics: ['NEWS'],
      languages: ['SV', 'EN'],
    })
    expect(both!.webUrl).toBe(`https://api.example.org/newsletter/issues/${slug('both')}?lang=en`)
    // Sent in Swedish only: English asked, Swedish answered (and `languages` says so); no preheader is null.
    expect(swedish).toMatchObject({ locale: 'EN', subject: 'Nya rapporter', preheader: null, languages: ['SV'], topics: ['PUBLICATIONS'] })
    expect(swedish!.webUrl).toBe(`https://api.example.org/newsletter/issues/${slug('sv')}`)
    expect(newsletterIssues.pageInfo.hasNextPage).toBe(true)
    expect(newsletterIssues.totalCount).toBeGreaterThanOrEqual(3)
    expect(newsletterIssues.edges.map((edge) => edge.node.slug)).toEqual([slug('both'), slug('sv')])
  })

  it('pages on with keyset cursors, never repeating or skipping an issue, and never lists a send not yet sent', async () => {
    const seen: string[] = []
    let after: string | null = null
    for (let pages = 0; pages < 100; pages++) {
      const { newsletterIssues }: { newsletterIssues: Connection } = await data(LIST, { first: 1, after })
      seen.push(...newsletterIssues.nodes.map((issue) => issue.slug))
      if (!newsletterIssues.pageInfo.hasNextPage) break
      after = newsletterIssues.pageInfo.endCursor
    }
    expect(seen.slice(0, 3)).toEqual([slug('both'), slug('sv'), slug('hostile')])
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).not.toContain(slug('pending'))
  })

  it('filters by topic', async () => {
    const publications = await data<{ newsletterIssues: Connection }>(LIST, { first: 5, topic: 'PUBLICATIONS' })
    expect(publications.newsletterIssues.nodes[0]?.slug).toBe(slug('sv'))
    expect(publications.newsletterIssues.nodes.every((issue) => issue.topics.includes('PUBLICATIONS'))).toBe(true)
    const events = await data<{ newsletterIssues: Connection }>(LIST, { first: 5, topic: 'EVENTS' })
    expect(events.newsletterIssues.nodes[0]?.slug).toBe(slug('hostile'))
    expect(events.newsletterIssues.nodes.map((issue) => issue.slug)).not.toContain(slug('both'))
  })

  it('answers one issue by slug in either language, with its body; null for an unknown slug or a send not finished', async () => {
    const swedish = (await data<One>(ONE, { slug: slug('both'), locale: 'SV' })).newsletterIssue
    expect(swedish).toMatchObject({ locale: 'SV', subject: 'Decembernytt', body: { html: '<h2>Hej</h2><p>Svensk <strong>text</strong>.</p>', plainText: 'Hej\n\nSvensk text.' } })
    const english = (await data<One>(ONE, { slug: slug('both'), locale: 'EN' })).newsletterIssue
    expect(english).toMatchObject({ locale: 'EN', subject: 'December news', body: { plainText: 'Hello\n\nEnglish text.' } })
    expect(english!.id).toBe(swedish!.id)
    expect((await data<One>(ONE, { slug: slug('sv'), locale: 'EN' })).newsletterIssue?.subject).toBe('Nya rapporter')
    expect((await data<One>(ONE, { slug: 'finns-inte' })).newsletterIssue).toBeNull()
    expect((await data<One>(ONE, { slug: slug('pending') })).newsletterIssue).toBeNull()
    // Neither the whole message nor its personal-link placeholders ever leave the archive.
    expect(JSON.stringify(swedish)).not.toContain('%%NSPM_')
  })

  it('sanitises the body with the rich-text rules: no script, handler, image or javascript: link survives', async () => {
    const issue = (await data<One>(ONE, { slug: slug('hostile') })).newsletterIssue!
    expect(issue.subject).toBe(HOSTILE_SUBJECT)
    expect(issue.body.html).toBe('<p>Kvar</p><a rel="noopener noreferrer">länk</a><p><em>betonad</em></p>')
  })

  it('refuses a foreign cursor and a page too large with BAD_USER_INPUT', async () => {
    const otherList = Buffer.from('publications:[null,1]').toString('base64url')
    expect(await errorCode(LIST, { after: otherList })).toBe('BAD_USER_INPUT')
    expect(await errorCode(LIST, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT')
    expect(await errorCode(LIST, { first: 101 })).toBe('BAD_USER_INPUT')
  })

  it('has exactly the reviewed fields: the content, never recipients, counts or who sent it', () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'))
    const type = schema.getType('NewsletterIssue')
    expect(isObjectType(type)).toBe(true)
    if (!isObjectType(type)) return
    expect(Object.keys(type.getFields()).sort()).toEqual(['body', 'id', 'languages', 'locale', 'preheader', 'sentAt', 'slug', 'subject', 'topics', 'webUrl'])
    for (const field of Object.values(type.getFields())) expect(field.description, field.name).toBeTruthy()
  })

  it("serves the list and each issue as a page: HTML in its language, the pages' security headers, cacheable", async () => {
    const list = await page('/newsletter/issues')
    expect(list.status).toBe(200)
    expect(list.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(list.headers.get('x-content-type-options')).toBe('nosniff')
    expect(list.headers.get('referrer-policy')).toBe('no-referrer')
    expect(list.headers.get('cache-control')).toBe('max-age=60, public')
    const html = await list.text()
    expect(html).toContain('<html lang="sv">')
    expect(html).toContain('<title>Nyhetsbrev från NSPM · NSPM</title>')
    expect(html).toContain(`<a href="/newsletter/issues/${slug('both')}">Decembernytt</a>`)
    expect(html.indexOf(slug('both'))).toBeLessThan(html.indexOf(slug('sv')))
    expect(html).not.toContain(slug('pending'))
    const etag = list.headers.get('etag')
    expect(etag).toMatch(/^"/)
    expect((await page('/newsletter/issues', { 'if-none-match': etag! })).status).toBe(304)

    const english = await page(`/newsletter/issues/${slug('both')}?lang=en`)
    const englishHtml = await english.text()
    expect(english.status).toBe(200)
    expect(englishHtml).toContain('<html lang="en">')
    expect(englishHtml).toContain('<title>December news · NSPM</title>')
    expect(englishHtml).toContain('<h2>Hello</h2><p>English <strong>text</strong>.</p>')
    expect(englishHtml).toContain(`href="/newsletter/issues/${slug('both')}" lang="sv"`)
    // Only Swedish exists: ?lang=en shows the Swedish issue, marked as Swedish.
    const fallback = await (await page(`/newsletter/issues/${slug('sv')}?lang=en`)).text()
    expect(fallback).toContain('<html lang="sv">')
    expect(fallback).toContain('<title>Nya rapporter · NSPM</title>')
  })

  it('escapes a hostile subject and sanitises a hostile body on the page', async () => {
    const answer = await page(`/newsletter/issues/${slug('hostile')}`)
    const html = await answer.text()
    expect(answer.status).toBe(200)
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt; &amp; &quot;Nyheter&quot; · NSPM</title>')
    expect(html).not.toMatch(/<script|<img|onerror|onclick|javascript:/i)
    expect(html).toContain('<p>Kvar</p>')
    // On the list the preheader is text, not markup.
    const list = await (await page('/newsletter/issues')).text()
    expect(list).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(list).not.toMatch(/<script|<img/i)
  })

  it('answers an unknown or unfinished issue with a 404 page and a bad link with a 400 page, neither stored', async () => {
    for (const path of [
      '/newsletter/issues/finns-inte',
      `/newsletter/issues/${slug('pending')}`,
      '/newsletter/issues/%E0%A4%A',
      '/newsletter/issues/a%00b',
      '/newsletter/issues/',
    ]) {
      const answer = await page(path)
      expect(answer.status, path).toBe(404)
      expect(answer.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(await answer.text()).toContain('Nyhetsbrevet finns inte')
    }
    const english = await page('/newsletter/issues/finns-inte?lang=en')
    expect(await english.text()).toContain('<html lang="en">')
    for (const query of ['?after=garbage', '?topic=secrets']) {
      const answer = await page(`/newsletter/issues${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(await answer.text()).toContain('Felaktig länk')
    }
  })

  it('pages the list page with the same cursors as GraphQL', async () => {
    const { newsletterIssues } = await data<{ newsletterIssues: Connection }>(LIST, { first: 1 })
    const html = await (await page(`/newsletter/issues?after=${newsletterIssues.pageInfo.endCursor}`)).text()
    expect(html).not.toContain(`/newsletter/issues/${slug('both')}"`)
    expect(html).toContain(`/newsletter/issues/${slug('sv')}"`)
    expect(html).toContain('Till de senaste')
  })

  it("links the list page to the older issues, 20 a page, in the page's language", async () => {
    // Twenty more issues just before this file's others: the first page ends among them, the next begins after it.
    const extra: string[] = []
    for (let index = 0; index < 20; index++) {
      extra.push(slug(`extra-${String(index).padStart(2, '0')}`))
      const text = { subject: `Extra ${index}`, preheader: '', bodyHtml: '<p>x</p>', bodyText: 'x' }
      ids.push(await insertSend({ slug: extra[index]!, language: 'sv', topics: ['news'], finishedAt: new Date(Date.UTC(2098, 11, 31, 23, 59 - index)), texts: { sv: text } }))
    }
    const first = await (await page('/newsletter/issues?lang=en')).text()
    // This file's three sent issues, then seventeen of the extra ones.
    expect(first).toContain(`/newsletter/issues/${extra[16]}"`)
    expect(first).not.toContain(`/newsletter/issues/${extra[17]}"`)
    const older = /<a href="([^"]+)">Older newsletters<\/a>/.exec(first)?.[1]
    expect(older).toMatch(/^\/newsletter\/issues\?after=[\w-]+&amp;lang=en$/)
    const next = await (await page(older!.replaceAll('&amp;', '&'))).text()
    expect(next).toContain('<html lang="en">')
    expect(next).toContain(`/newsletter/issues/${extra[17]}"`)
    expect(next).not.toContain(`/newsletter/issues/${extra[16]}"`)
    expect(next).toContain('Back to the latest')
  })

  it('shows a send that becomes sent at once: its UPDATE and NOTIFY clear the cached answers and pages', async () => {
    const query = () => post(ONE, { slug: slug('pending'), locale: 'SV' })
    const listPage = () => page('/newsletter/issues?topic=news')
    // Cached first (other test files publish meanwhile and clear the cache, so "cached" is asked until it holds).
    for (let attempt = 0; attempt < 10; attempt++) {
      const version = cache.version
      const [first, second, firstPage, secondPage] = [await query(), await query(), await listPage(), await listPage()]
      expect(((await first.json()) as { data: One }).data.newsletterIssue).toBeNull()
      expect(await firstPage.text()).not.toContain(slug('pending'))
      await second.text()
      await secondPage.text()
      if (cache.version !== version && attempt < 9) continue
      expect(second.headers.get('x-cache')).toBe('HIT')
      expect(secondPage.headers.get('x-cache')).toBe('HIT')
      break
    }
    const started = Date.now()
    await markSent(pending, new Date('2099-01-04T10:00:00.000Z'))
    await until(async () => ((await (await query()).json()) as { data: One }).data.newsletterIssue?.subject === 'Skickas nu', 5_000)
    const tookMs = Date.now() - started
    console.log(`newsletter archive: a finished send was served after ${tookMs} ms`)
    const html = await (await listPage()).text()
    expect(html.indexOf(slug('pending'))).toBeGreaterThan(-1)
    expect(html.indexOf(slug('pending'))).toBeLessThan(html.indexOf(slug('both')))
    expect((await page(`/newsletter/issues/${slug('pending')}`)).status).toBe(200)
  })
})

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
