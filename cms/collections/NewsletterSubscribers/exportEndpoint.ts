import type { Endpoint, PayloadRequest, Where } from 'payload'
import { hasRole } from '../../access/roles'
import { recordAccess } from '../../audit/actor'
import { inLanguage, t, type Bilingual } from '../../fields/i18n'
import { toCsv } from './csv'
import { isTopic, TOPICS } from '../../../contracts/select-values/newsletter'

const COLUMNS = ['email', 'locale', 'topics', 'confirmedAt'] as const

const refuse = (req: PayloadRequest, status: number, message: Bilingual) =>
  Response.json({ errors: [{ message: inLanguage(message, req.i18n?.language) }] }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * GET /api/newsletter-subscribers/export[?topic=news]: confirmed subscribers as CSV, for a mailing tool. Only
 * staff who may read subscribers (subscriber managers, administrators); the file holds personal data.
 */
export const exportConfirmedSubscribers: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, 401, t('Logga in för att exportera prenumeranter.', 'Log in to export subscribers.'))
    if (!hasRole(req.user, 'subscriber-manager')) return refuse(req, 403, t('Du får inte exportera prenumeranter.', 'You are not allowed to export subscribers.'))
    const topic = req.searchParams.get('topic') || undefined
    if (topic !== undefined && !isTopic(topic)) {
      return refuse(req, 400, t(`Okänt ämne. Välj ett av: ${TOPICS.join(', ')}.`, `Unknown topic. Choose one of: ${TOPICS.join(', ')}.`))
    }
    const where: Where = { and: [{ status: { equals: 'confirmed' } }, ...(topic ? [{ topics: { in: [topic] } }] : [])] }
    // Access control applies (overrideAccess: false); a newsletter list fits in memory, so no pagination.
    const { docs } = await req.payload.find({
      collection: 'newsletter-subscribers',
      where,
      sort: 'email',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      req,
      select: { email: true, locale: true, topics: true, confirmedAt: true },
    })
    const csv = toCsv(
      COLUMNS,
      docs.map((doc) => [doc.email, doc.locale, (doc.topics ?? []).join(';'), doc.confirmedAt]),
    )
    // Who exported what, without any address: the export is a disclosure of personal data, kept in the audit trail.
    await recordAccess(req, 'newsletter-subscribers', COLUMNS, `topic: ${topic ?? 'all'}; rows: ${docs.length}`)
    req.payload.logger.info({ msg: 'newsletter subscribers exported', userId: req.user.id, topic: topic ?? 'all', count: docs.length })
    const date = new Date().toISOString().slice(0, 10)
    return new Response(csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="newsletter-subscribers-${topic ?? 'all'}-${date}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
