import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint, PayloadRequest } from 'payload'
import { answer, refuse } from '../../access/admin-endpoint'
import { enqueueMail } from '../../db/outbox'
import { poolDb, type SqlExecutor } from '../../db/requestDb'
import { inTransaction } from '../../db/transaction'
import { inLanguage, t } from '../../fields/i18n'
import type { LoadedIssue } from '../../newsletter/load'
import { countRecipients, sendStatus } from '../../newsletter/sends'
import type { ContentLocale } from '../../../contracts/locales'
import { NEWSLETTER_TEST_MAIL_KIND, personalise, type NewsletterTestPayload, type SubscriberLinks } from '../../../contracts/newsletter-issues'
import { OUTBOX_TABLE } from '../../../contracts/outbox'
import { forSenders, forStaff, forWriters, readableIssue } from './access'

/** Links that go nowhere (.invalid never resolves), in place of a subscriber's own in the preview. */
const SAMPLE_LINKS: SubscriberLinks = {
  unsubscribe: 'https://example.invalid/nyhetsbrev/avregistrera',
  preferences: 'https://example.invalid/nyhetsbrev/installningar',
  data: 'https://example.invalid/nyhetsbrev/mina-uppgifter',
}

/** Test mails per editor: at most this many requests in TEST_WINDOW_MINUTES (a request mails each language of the issue). */
const TESTS_PER_WINDOW = 10
const TEST_WINDOW_MINUTES = 10

const NO_SUBJECT = t('Ange ämnesraden på numrets språk först.', "Enter the subject in the issue's language first.")

export const missingSubject = (req: PayloadRequest, issue: LoadedIssue): Response | null => (issue.missing.length ? refuse(req, 400, NO_SUBJECT) : null)

/** GET /api/newsletter-issues/:id/preview: the saved issue (draft included) as it would be sent, with sample links. */
const preview: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: forStaff(async (req, id) => {
    const issue = await readableIssue(req, id, 'saved')
    if (issue instanceof Response) return issue
    const previews = Object.fromEntries(
      Object.entries(issue.rendered).map(([locale, rendered]) => [locale, { ...personalise(rendered, SAMPLE_LINKS), preheader: rendered.preheader }]),
    )
    return answer(200, { language: issue.language, missing: issue.missing, ...previews })
  }),
}

/** Distinct queueing transactions (one request's rows share created_at, the transaction's time) of this editor's tests. */
async function recentTests(db: SqlExecutor, recipient: string): Promise<number> {
  const { rows } = await db.execute<{ tests: string }>(sql`
    SELECT count(DISTINCT created_at) AS tests FROM ${sql.raw(OUTBOX_TABLE)}
    WHERE kind = ${NEWSLETTER_TEST_MAIL_KIND} AND lower(recipient) = lower(${recipient}) AND created_at > now() - make_interval(mins => ${TEST_WINDOW_MINUTES})`)
  return Number(rows[0]?.tests ?? 0)
}

/**
 * POST /api/newsletter-issues/:id/test: the saved issue, one mail per language, to the signed-in editor's own
 * address only (never one from the request: nobody can use it to mail a stranger).
 */
const test: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: forWriters(async (req, id) => {
    const recipient = req.user?.email
    if (!recipient) return refuse(req, 403, t('Ditt konto har ingen e-postadress.', 'Your account has no email address.'))
    const issue = await readableIssue(req, id, 'saved')
    if (issue instanceof Response) return issue
    const missing = missingSubject(req, issue)
    if (missing) return missing
    const queued = await inTransaction(req.payload, async (db) => {
      // One editor's tests run one after another, so two at once cannot both pass the limit.
      await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`newsletter-test:${recipient.toLowerCase()}`}))`)
      if ((await recentTests(db, recipient)) >= TESTS_PER_WINDOW) return false
      for (const [locale, rendered] of Object.entries(issue.rendered) as [ContentLocale, NonNullable<LoadedIssue['rendered'][ContentLocale]>][]) {
        const payload: NewsletterTestPayload = { rendered }
        await enqueueMail(db, { kind: NEWSLETTER_TEST_MAIL_KIND, recipient, locale, payload })
      }
      return true
    })
    if (!queued)
      return refuse(
        req,
        429,
        t(
          `Högst ${TESTS_PER_WINDOW} tester per ${TEST_WINDOW_MINUTES} minuter. Försök igen om en stund.`,
          `At most ${TESTS_PER_WINDOW} tests per ${TEST_WINDOW_MINUTES} minutes. Try again in a while.`,
        ),
      )
    req.payload.logger.info({ msg: 'newsletter test queued', issueId: id, userId: req.user?.id })
    const message = inLanguage(t(`Ett test skickas till ${recipient}.`, `A test is being sent to ${recipient}.`), req.i18n?.language)
    return answer(202, { recipient, languages: Object.keys(issue.rendered), message })
  }),
}

/** GET /api/newsletter-issues/:id/recipients: how many the issue would go to now (senders only: they confirm with it). */
const recipients: Endpoint = {
  path: '/:id/recipients',
  method: 'get',
  handler: forSenders(async (req, id) => {
    const issue = await readableIssue(req, id, 'saved')
    if (issue instanceof Response) return issue
    return answer(200, { recipients: await countRecipients(poolDb(req.payload), issue.topics) })
  }),
}

/** GET /api/newsletter-issues/:id/send-status: the send's state and progress (counts only, never recipients). */
const status: Endpoint = {
  path: '/:id/send-status',
  method: 'get',
  handler: forStaff(async (req, id) => answer(200, { send: await sendStatus(poolDb(req.payload), id) })),
}

export const issueEndpoints: Endpoint[] = [preview, test, recipients, status]
