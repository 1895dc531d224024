import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MikroORM } from '@mikro-orm/postgresql'
import { isTopic, type Topic } from '../../../../contracts/select-values/newsletter'
import { CachedGet, type CacheableEntry } from '../../cache/cached-get'
import { sendCacheable } from '../../cache/http-cache'
import type { ResponseCache } from '../../cache/response-cache'
import { ApiError, BadInputError } from '../../common/errors'
import { DEFAULT_PAGE_SIZE, pageRequest } from '../../common/pagination'
import { isUnavailable, RETRY_AFTER_SECONDS } from '../../common/unavailable'
import type { RouteCall } from '../../routing/route-table'
import { PAGE_HEADERS, pageHtml, pageLocale, paragraph, sendPage, type PageLocale } from '../newsletter/pages'
import { ARCHIVE_COPY } from './archive.copy'
import { issuePage, listPage, notFoundPage, type PageContent } from './archive.pages'
import { ARCHIVE_PATH, ISSUE_CURSORS, issueKey, NewsletterArchive, shownLocale } from './archive.service'

type ArchivePagesOptions = {
  orm: MikroORM
  /** The API's response cache: a page is kept and dropped with the GraphQL answers (a content change clears both). */
  cache?: ResponseCache
  /** Cache-Control max-age of a page, as of a public query's answer (API_CACHE_MAX_AGE_SECONDS). */
  cacheMaxAgeSeconds: number
}

const HTML = 'text/html; charset=utf-8'

export const isArchivePath = (path: string): boolean => path === ARCHIVE_PATH || path.startsWith(`${ARCHIVE_PATH}/`)

/**
 * GET /newsletter/issues (the list, newest first, `?after=` pages on, `?topic=` narrows) and GET
 * /newsletter/issues/<slug> (one issue, in Swedish unless `?lang=en` and the issue has English): public pages,
 * cacheable like a public query's answer (Cache-Control, ETag, 304, this API's response cache). Unknown slugs get a
 * 404 page and bad links a 400 page, neither stored.
 */
export async function handleArchivePage(options: ArchivePagesOptions, { request, response, url, record }: RouteCall): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const locale = pageLocale(url.searchParams.get('lang'))
  // Only the parameters a page reads: anything else a link carries must not split the cache.
  const key = `newsletter-archive:${JSON.stringify([url.pathname, locale, url.searchParams.get('after'), url.searchParams.get('topic')])}`
  const cached = new CachedGet(options.cache, key, options.cacheMaxAgeSeconds, record)
  if (cached.stored) return sendHtml(request, response, cached.stored, 'HIT')
  let answer: Answer
  try {
    answer = await readPage(new NewsletterArchive(options.orm.em.fork()), url, locale)
  } catch (error) {
    if (isUnavailable(error)) {
      response.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
      sendPage(response, 503, locale, ARCHIVE_COPY[locale].unavailableTitle, paragraph(ARCHIVE_COPY[locale].unavailable))
      return true
    }
    if (!(error instanceof ApiError)) throw error
    sendPage(response, 400, locale, ARCHIVE_COPY[locale].invalidTitle, paragraph(ARCHIVE_COPY[locale].invalid))
    return true
  }
  const { status, content } = answer
  const body = Buffer.from(pageHtml(content.locale, content.title, content.body))
  if (status === 404 || options.cacheMaxAgeSeconds <= 0) {
    response.writeHead(status, { 'content-type': HTML, 'cache-control': 'no-store', ...PAGE_HEADERS })
    response.end(body)
    return true
  }
  return sendHtml(request, response, cached.store(body), 'MISS')
}

function sendHtml(request: IncomingMessage, response: ServerResponse, entry: CacheableEntry, source: 'HIT' | 'MISS'): true {
  for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value)
  sendCacheable(request, response, entry, source, HTML)
  return true
}

type Answer = { status: 200 | 404; content: PageContent }

/** The page the URL names; 404 for an issue that is not in the archive. Bad parameters throw BadInputError. */
async function readPage(archive: NewsletterArchive, url: URL, locale: PageLocale): Promise<Answer> {
  if (url.pathname !== ARCHIVE_PATH) {
    const issue = await archive.bySlug(decodeSlug(url.pathname.slice(ARCHIVE_PATH.length + 1)))
    return issue ? { status: 200, content: issuePage(issue, shownLocale(issue, locale) ?? locale) } : { status: 404, content: notFoundPage(locale) }
  }
  const topic = url.searchParams.get('topic')
  if (topic !== null && !isTopic(topic)) throw new BadInputError('"topic" is not a newsletter topic.', { field: 'topic' })
  const request = pageRequest(DEFAULT_PAGE_SIZE, url.searchParams.get('after'), ISSUE_CURSORS)
  const [issues] = await archive.page(topic, request)
  const last = issues.length > request.limit ? issues[request.limit - 1] : undefined
  const older = last ? olderPath(ISSUE_CURSORS.encode(issueKey(last)), topic, locale) : null
  return { status: 200, content: listPage(issues.slice(0, request.limit), locale, older, request.after === null) }
}

function olderPath(after: string, topic: Topic | null, locale: PageLocale): string {
  const query = new URLSearchParams({ after })
  if (topic) query.set('topic', topic)
  if (locale === 'en') query.set('lang', 'en')
  return `${ARCHIVE_PATH}?${query.toString()}`
}

/** The slug as written in the path; a malformed escape names no issue. */
function decodeSlug(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return ''
  }
}
