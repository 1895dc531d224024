import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MikroORM } from '@mikro-orm/postgresql'
import { ApiError } from '../../common/errors'
import { Locale } from '../../common/locale'
import { isUnavailable, RETRY_AFTER_SECONDS } from '../../common/unavailable'
import { readBody } from '../../http'
import { escapeHtml } from '../../mail/layout'
import { confirm, erase, exportData, preferences, unsubscribe, updatePreferences } from './manage.service'
import { NewsletterTopic } from './newsletter.types'
import { PAGE_COPY } from './newsletter.copy'
import { form, pageLocale, paragraph, sendPage, type PageLocale } from './pages'

const TOPICS = Object.values(NewsletterTopic)

/**
 * The pages behind the links in newsletter emails: GET shows a page and changes nothing (mail scanners open
 * links); POST acts. POST /newsletter/unsubscribe?token=… with `List-Unsubscribe=One-Click` is RFC 8058's one-click.
 */
export async function handleNewsletterPage(orm: MikroORM, request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
  const page = url.pathname.replace(/^\/newsletter\//, '')
  // The links of a test send (newsletter-sending/test-mail.ts) lead here: they belong to no subscriber.
  if (page === 'test-link' && request.method === 'GET') {
    const locale = pageLocale(url.searchParams.get('lang'))
    sendPage(response, 200, locale, PAGE_COPY[locale].testLinkTitle, paragraph(PAGE_COPY[locale].testLink))
    return true
  }
  if (!['confirm', 'unsubscribe', 'preferences', 'data'].includes(page) || !['GET', 'POST'].includes(request.method ?? '')) return false
  const body = request.method === 'POST' ? new URLSearchParams(await readBody(request)) : new URLSearchParams()
  const token = body.get('token') ?? url.searchParams.get('token') ?? ''
  const locale = pageLocale(body.get('lang') ?? url.searchParams.get('lang'))
  const copy = PAGE_COPY[locale]
  const em = orm.em.fork()
  try {
    if (request.method === 'GET') {
      await showForm(em, response, page, token, locale)
      return true
    }
    if (page === 'confirm') await confirm(em, token)
    if (page === 'unsubscribe') await unsubscribe(em, token)
    if (page === 'preferences') {
      const topics = body.getAll('topics').filter((topic): topic is NewsletterTopic => (TOPICS as string[]).includes(topic))
      await updatePreferences(em, token, topics, body.get('locale') === 'en' ? Locale.EN : Locale.SV)
    }
    if (page === 'data' && body.get('action') === 'download') {
      sendDownload(response, await exportData(em, token))
      return true
    }
    if (page === 'data') await erase(em, token)
    const done = { confirm: copy.confirmed, unsubscribe: copy.unsubscribed, preferences: copy.saved, data: copy.erased }[page] ?? ''
    sendPage(response, 200, locale, done, '')
  } catch (error) {
    // The database out of reach: a page that says "try again", never the driver's message.
    if (isUnavailable(error) && !response.headersSent) {
      response.setHeader('retry-after', String(RETRY_AFTER_SECONDS))
      sendPage(response, 503, locale, copy.unavailableTitle, paragraph(copy.unavailable))
      return true
    }
    if (!(error instanceof ApiError)) throw error
    sendPage(response, 400, locale, copy.invalidTitle, paragraph(copy.invalid))
  }
  return true
}

async function showForm(em: ReturnType<MikroORM['em']['fork']>, response: ServerResponse, page: string, token: string, locale: PageLocale): Promise<void> {
  const copy = PAGE_COPY[locale]
  const action = `/newsletter/${page}`
  if (page === 'confirm') return sendPage(response, 200, locale, copy.confirmTitle, paragraph(copy.confirmText) + form({ action, token, locale, button: copy.confirmButton }))
  if (page === 'unsubscribe')
    return sendPage(response, 200, locale, copy.unsubscribeTitle, paragraph(copy.unsubscribeText) + form({ action, token, locale, button: copy.unsubscribeButton }))
  if (page === 'data') {
    return sendPage(
      response,
      200,
      locale,
      copy.dataTitle,
      paragraph(copy.dataText) +
        form({ action, token, locale, button: copy.download, name: 'download' }) +
        form({ action, token, locale, button: copy.eraseButton, name: 'erase' }),
    )
  }
  const current = await preferences(em, token).catch((error: unknown) => {
    if (error instanceof ApiError) return null
    throw error
  })
  if (!current) return sendPage(response, 400, locale, copy.invalidTitle, paragraph(copy.invalid))
  const boxes = TOPICS.map(
    (topic) => `<label><input type="checkbox" name="topics" value="${topic}"${current.topics.includes(topic) ? ' checked' : ''}> ${escapeHtml(copy.topics[topic])}</label><br>`,
  ).join('')
  const language = `<label>${escapeHtml(copy.language)} <select name="locale"><option value="sv"${current.locale === Locale.SV ? ' selected' : ''}>Svenska</option><option value="en"${current.locale === Locale.EN ? ' selected' : ''}>English</option></select></label>`
  sendPage(response, 200, locale, copy.preferencesTitle, form({ action, token, locale, button: copy.save, fields: `<fieldset>${boxes}</fieldset><p>${language}</p>` }))
}

function sendDownload(response: ServerResponse, data: Awaited<ReturnType<typeof exportData>>): void {
  const { id: _internal, ...stored } = data
  const json = JSON.stringify(stored, null, 2)
  response.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': 'attachment; filename="nspm-newsletter-data.json"',
    'cache-control': 'no-store',
  })
  response.end(json)
}
