import type { ServerResponse } from 'node:http'
import { CachedGet, refuseUncached, type CacheableEntry } from '../../cache/cached-get'
import { sendCacheable } from '../../cache/http-cache'
import type { ResponseCache } from '../../cache/response-cache'
import { Locale, localeFromAcceptLanguage } from '../../common/locale'
import type { Snapshot } from '../../read-model/snapshot'
import type { RouteCall } from '../../routing/route-table'
import { CONTACTS_PATH, SUPPORT_LINE_CALENDAR_PATH, SUPPORT_LINE_VCARD_PATH, contactFileUrl } from './contact-paths'

export type ContactFileRouteOptions = {
  snapshot: () => Snapshot
  clock: () => Date
  /** Where the API is reached from outside: a card names its own address (SOURCE) for refreshing. */
  publicUrl: string
  /** The API's response cache: the files are kept and cleared with the GraphQL answers (a publish clears both). */
  cache?: ResponseCache
  cacheMaxAgeSeconds: number
}

export const isContactFilePath = (path: string): boolean => path.startsWith(`${CONTACTS_PATH}/`)

const COORDINATOR_CARD = /^\/contacts\/coordinators\/([1-9]\d{0,9})\.vcf$/

/** What a path names: the support line's card or calendar, or a coordinator's card; null for anything else. */
type ContactFile = { subject: 'support-line' | number; format: 'vcard' | 'calendar'; filename: string }

function contactFileOf(path: string): ContactFile | null {
  if (path === SUPPORT_LINE_VCARD_PATH) return { subject: 'support-line', format: 'vcard', filename: 'stodtelefon.vcf' }
  if (path === SUPPORT_LINE_CALENDAR_PATH) return { subject: 'support-line', format: 'calendar', filename: 'stodtelefon.ics' }
  const id = COORDINATOR_CARD.exec(path)?.[1]
  return id === undefined ? null : { subject: Number(id), format: 'vcard', filename: `samordnare-${id}.vcf` }
}

const CONTENT_TYPES = { vcard: 'text/vcard; charset=utf-8', calendar: 'text/calendar; charset=utf-8' } as const

/**
 * GET /contacts/coordinators/{id}.vcf and /contacts/support-line.vcf (vCard 4.0) and /contacts/support-line.ics
 * (iCalendar): the published contacts as files a phone, address book or calendar takes, built from the request's
 * snapshot, in Swedish unless `?lang=en` or Accept-Language asks for English, and cacheable like a public query's
 * answer (Cache-Control, ETag, 304, the response cache). Anything not published is 404, a bad `lang` 400.
 */
export async function handleContactFile(options: ContactFileRouteOptions, { request, response, url, record }: RouteCall): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const file = contactFileOf(url.pathname)
  if (file === null) return false
  const lang = url.searchParams.get('lang')
  if (lang !== null && lang !== Locale.SV && lang !== Locale.EN) return refuseUncached(response, 400, 'lang must be sv or en.')
  const locale = lang ?? localeFromAcceptLanguage(request.headers['accept-language'])
  const cached = new CachedGet(options.cache, `contacts:${JSON.stringify([url.pathname, locale])}`, options.cacheMaxAgeSeconds, record)
  if (cached.stored) return send(request, response, cached.stored, 'HIT', locale, file)
  // The builders and ical.js load on the first request for a file, not at start-up.
  const { coordinatorFile, supportLineFile } = await import('./contact-files')
  const parts = { source: contactFileUrl(options.publicUrl, url.pathname, locale), locale, now: options.clock() }
  const snapshot = options.snapshot()
  const body = file.subject === 'support-line' ? supportLineFile(snapshot, file.format, parts) : coordinatorFile(snapshot, file.subject, parts)
  if (body === null) return refuseUncached(response, 404, 'No published contact has this address.')
  return send(request, response, cached.store(Buffer.from(body)), 'MISS', locale, file)
}

function send(request: RouteCall['request'], response: ServerResponse, entry: CacheableEntry, source: 'HIT' | 'MISS', locale: Locale, file: ContactFile): true {
  response.setHeader('content-language', locale)
  response.setHeader('content-disposition', `inline; filename="${file.filename}"`)
  sendCacheable(request, response, entry, source, CONTENT_TYPES[file.format])
  return true
}
