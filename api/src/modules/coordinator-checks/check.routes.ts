import type { IncomingMessage, ServerResponse } from 'node:http'
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql'
import { Locale } from '../../common/locale'
import { isUnavailable, RETRY_AFTER_SECONDS } from '../../common/unavailable'
import { readBody } from '../../http'
import type { Caller } from '../../limits/caller'
import { writeLimitHeaders } from '../../limits/headers'
import { COORDINATOR_CHECK_PAGES } from '../../limits/policy'
import { RateLimitedError } from '../../limits/rate-limited-error'
import { RequestLimits } from '../../limits/request-limits'
import { hitLimit } from '../../limits/sliding-log'
import { paragraph, sendPage } from '../newsletter/pages'
import { FORM_COPY } from './change.copy'
import { formOf, readChangeForm } from './change.form'
import { COORDINATOR_CHECK_PATH } from './check.mail'
import { CHANGE_PATH, changePage, checkPage } from './check.pages'
import { confirmCheck, openLink, proposeChange, type LinkState } from './check.service'
import { detailsOf } from './coordinator-details'

export const isCoordinatorCheckPath = (path: string): boolean => path === COORDINATOR_CHECK_PATH || path === CHANGE_PATH

type Page = { status: number; locale: Locale; title: string; body: string }
type Request = { method: 'GET' | 'POST'; change: boolean; token: string; body: URLSearchParams; fallback: Locale }

/**
 * The pages behind the link in a check email (Swedish or English, the check's language): GET shows and changes
 * nothing (mail scanners open links), POST answers. /coordinator-check: the details and "Everything is correct";
 * /coordinator-check/change: the form whose POST makes a proposal. Every request counts against the client's
 * COORDINATOR_CHECK_PAGES limit.
 */
export async function handleCoordinatorCheckPage(orm: MikroORM, request: IncomingMessage, response: ServerResponse, url: URL, caller: Caller): Promise<boolean> {
  const method = request.method
  if (!isCoordinatorCheckPath(url.pathname) || (method !== 'GET' && method !== 'POST')) return false
  const body = method === 'POST' ? new URLSearchParams(await readBody(request)) : new URLSearchParams()
  // Until the token names the check's language: the one the form carried, else Swedish.
  const fallback = (body.get('lang') ?? url.searchParams.get('lang')) === 'en' ? Locale.EN : Locale.SV
  const token = body.get('token') ?? url.searchParams.get('token') ?? ''
  const em = orm.em.fork()
  const limits = new RequestLimits(caller)
  let page: Page
  try {
    limits.enforce(await hitLimit(em, limits.bucket(COORDINATOR_CHECK_PAGES), COORDINATOR_CHECK_PAGES))
    page = await answer(em, { method, change: url.pathname === CHANGE_PATH, token, body, fallback })
  } catch (error) {
    const copy = FORM_COPY[fallback]
    if (error instanceof RateLimitedError) {
      caller.onLimited?.()
      // Retry-After (set with the RateLimit headers below): when the oldest counted request leaves the window.
      const seconds = String(limits.refused?.resetSeconds ?? COORDINATOR_CHECK_PAGES.windowSeconds)
      page = { status: 429, locale: fallback, title: copy.limitedTitle, body: paragraph(copy.limited.replace('{seconds}', seconds)) }
    } else if (isUnavailable(error)) {
      // The database out of reach: a page that says "try again", never the driver's message.
      response.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
      page = { status: 503, locale: fallback, title: copy.unavailableTitle, body: paragraph(copy.unavailable) }
    } else {
      throw error
    }
  }
  writeLimitHeaders(response, limits)
  sendPage(response, page.status, page.locale, page.title, page.body)
  return true
}

async function answer(em: EntityManager, { method, change, token, body, fallback }: Request): Promise<Page> {
  if (method === 'GET') {
    const link = await em.transactional((tx) => openLink(tx, token))
    if (link.state !== 'open') return refusal(link, fallback)
    const locale = link.check.locale
    const copy = FORM_COPY[locale]
    return change
      ? { status: 200, locale, title: copy.changeTitle, body: changePage(formOf(detailsOf(link.coordinator, locale)), token, locale) }
      : { status: 200, locale, title: copy.checkTitle, body: checkPage(link.coordinator, token, locale) }
  }
  if (!change) {
    const link = await confirmCheck(em, token)
    if (link.state !== 'open') return refusal(link, fallback)
    const copy = FORM_COPY[link.check.locale]
    return { status: 200, locale: link.check.locale, title: copy.thanksTitle, body: paragraph(copy.thanks) }
  }
  const form = readChangeForm(body)
  const { link, problems } = await proposeChange(em, token, form)
  if (link.state !== 'open') return refusal(link, fallback)
  const locale = link.check.locale
  const copy = FORM_COPY[locale]
  // Nothing stored: the form again, with what was typed and what is wrong.
  if (problems) return { status: 400, locale, title: copy.changeTitle, body: changePage(form, token, locale, problems) }
  return { status: 200, locale, title: copy.proposedTitle, body: paragraph(copy.proposed) }
}

/** A link that cannot answer: a page saying why and what to do, in the check's language when it is known. */
function refusal(link: Exclude<LinkState, { state: 'open' }>, fallback: Locale): Page {
  const locale = link.state === 'unknown' ? fallback : link.check.locale
  const copy = FORM_COPY[locale]
  const [title, text] = {
    unknown: [copy.invalidTitle, copy.invalid],
    used: [copy.usedTitle, copy.used],
    expired: [copy.expiredTitle, copy.expired],
    closed: [copy.closedTitle, copy.closed],
  }[link.state]
  // 410 Gone for a link that worked once; 404 for one that never did.
  return { status: link.state === 'unknown' ? 404 : 410, locale, title, body: paragraph(text) }
}
