import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Endpoint, PayloadRequest } from 'payload'
import { answer, refuse } from '../../access/admin-endpoint'
import { inTransaction } from '../../db/transaction'
import { t, type Bilingual } from '../../fields/i18n'
import { countRecipients, moveSend, scheduleSend, TRANSITIONS, type Transition } from '../../newsletter/sends'
import type { SendState } from '../../../contracts/newsletter-issues'
import { forSenders, readableIssue } from './access'
import { missingSubject } from './endpoints'

const YEAR_MS = 366 * 24 * 60 * 60 * 1000
/** A time typed a moment ago may have passed by the time it arrives: up to this much in the past means now. */
const CLOCK_SLACK_MS = 60 * 1000

const STATE_NAMES: Record<SendState, Bilingual> = {
  scheduled: t('schemalagt', 'scheduled'),
  sending: t('skickas', 'sending'),
  paused: t('pausat', 'paused'),
  sent: t('skickat', 'sent'),
  failed: t('misslyckat', 'failed'),
  cancelled: t('avbokat', 'cancelled'),
}

/** The requested time: none is now; a past time or one more than a year ahead is refused. */
function sendTime(body: unknown, now: number): Date | Bilingual {
  const at = body && typeof body === 'object' && 'at' in body ? body.at : undefined
  if (at === undefined || at === null || at === '') return new Date(now)
  const time = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(at) ? Date.parse(at) : NaN
  if (Number.isNaN(time))
    return t('Tiden ska vara en ISO-tidpunkt med tidszon, t.ex. 2026-12-10T09:00:00+01:00.', 'The time must be an ISO date-time with a zone, e.g. 2026-12-10T09:00:00+01:00.')
  if (time < now - CLOCK_SLACK_MS) return t('Tiden har redan passerat.', 'That time has already passed.')
  if (time > now + YEAR_MS) return t('Ett utskick kan schemaläggas högst ett år framåt.', 'A send can be scheduled at most a year ahead.')
  return new Date(Math.max(time, now))
}

/**
 * POST /api/newsletter-issues/:id/schedule `{ at?: ISO date-time }`: the published issue, rendered in its language(s),
 * becomes a scheduled send (at `at`, or now), in one transaction with the NOTIFY that wakes the API's sender.
 */
const schedule: Endpoint = {
  path: '/:id/schedule',
  method: 'post',
  handler: forSenders(async (req, id) => {
    const body: unknown = await req.json?.().catch(() => ({}))
    const at = sendTime(body, Date.now())
    if (!(at instanceof Date)) return refuse(req, 400, at)
    const saved = await readableIssue(req, id, 'saved')
    if (saved instanceof Response) return saved
    if (!saved.published)
      return refuse(req, 409, t('Publicera numret först: det som skickas är den publicerade versionen.', 'Publish the issue first: what is sent is the published version.'))
    // Published with no later draft: the published version is the saved one; read again without drafts so the
    // publications it announces are their published versions too.
    const issue = await readableIssue(req, id, 'published')
    if (issue instanceof Response) return issue
    const missing = missingSubject(req, issue)
    if (missing) return missing
    if (!issue.slug) return refuse(req, 400, t('Numret behöver en slug.', 'The issue needs a slug.'))
    const user = req.user
    if (!user) return refuse(req, 401, t('Logga in först.', 'Log in first.'))
    const outcome = await inTransaction(req.payload, async (db) => {
      // The same lock as a save's (keepSentContent): a save in progress finishes first, and the next one sees the send.
      await db.execute(sql`SELECT id FROM newsletter_issues WHERE id = ${id} FOR UPDATE`)
      const recipients = await countRecipients(db, issue.topics)
      if (recipients === 0) return 'nobody' as const
      const scheduled = await scheduleSend(db, {
        issueId: id,
        slug: issue.slug!,
        language: issue.language,
        topics: issue.topics,
        rendered: issue.rendered,
        at,
        requestedBy: Number(user.id),
      })
      return scheduled ? recipients : ('exists' as const)
    })
    if (outcome === 'nobody') return refuse(req, 409, t('Ingen bekräftad prenumerant har numrets ämnen.', "No confirmed subscriber has the issue's topics."))
    if (outcome === 'exists') return refuse(req, 409, t('Numret är redan schemalagt eller skickat.', 'The issue is already scheduled or sent.'))
    req.payload.logger.info({ msg: 'newsletter send scheduled', issueId: id, userId: user.id, at: at.toISOString(), recipients: outcome })
    return answer(200, { state: 'scheduled', scheduledAt: at.toISOString(), recipients: outcome })
  }),
}

function refusal(transition: Transition, state: SendState | null): Bilingual {
  if (state === null) return t('Numret har inget utskick.', 'The issue has no send.')
  const allowed = TRANSITIONS[transition].from
  const verb = { pause: t('pausas', 'be paused'), resume: t('återupptas', 'be resumed'), cancel: t('avbokas', 'be cancelled') }[transition]
  const list = (language: 'sv' | 'en') => allowed.map((s) => STATE_NAMES[s][language]).join(language === 'sv' ? ' eller ' : ' or ')
  return t(
    `Utskicket är ${STATE_NAMES[state].sv} och kan inte ${verb.sv}: det går bara när det är ${list('sv')}.`,
    `The send is ${STATE_NAMES[state].en} and cannot ${verb.en}: only when it is ${list('en')}.`,
  )
}

/** POST /api/newsletter-issues/:id/pause | resume | cancel: the editors' moves; any other is 409. */
const move = (transition: Transition): Endpoint => ({
  path: `/:id/${transition}`,
  method: 'post',
  handler: forSenders(async (req: PayloadRequest, id: number) => {
    const { moved, state } = await inTransaction(req.payload, (db) => moveSend(db, id, transition))
    if (!moved) return refuse(req, 409, refusal(transition, state))
    req.payload.logger.info({ msg: `newsletter send ${transition}`, issueId: id, userId: req.user?.id })
    return answer(200, { state })
  }),
})

export const sendEndpoints: Endpoint[] = [schedule, move('pause'), move('resume'), move('cancel')]
