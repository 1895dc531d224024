import type { EntityManager, MikroORM } from '@mikro-orm/postgresql'
import { COORDINATOR_MAIL_KINDS } from '../../../../contracts/coordinator-checks'
import { Locale } from '../../common/locale'
import { renderLayout } from '../../mail/layout'
import type { OutboxRow, RenderedMail } from '../../mail/outbox'
import { toCoordinatorView } from '../coordinators/coordinator.types'
import { issueCheckToken } from './check-tokens'
import { CHECK_COPY, fill, longDate } from './check.copy'
import { findCheck, findProposal, isOpen, publishedCoordinator, regionName } from './check.repository'
import { detailLines } from './coordinator-details'

export const COORDINATOR_CHECK_MAIL_KINDS: readonly string[] = Object.values(COORDINATOR_MAIL_KINDS)

export const COORDINATOR_CHECK_PATH = '/coordinator-check'

type Options = { publicUrl: string; cmsUrl?: string; orm: MikroORM }

/**
 * Renders the check cycle's emails from the rows when the outbox sends them (the CMS queues ids only). A request
 * or reminder carries a new link whose token is committed on its own connection before the email leaves, as the
 * newsletter's are: a link must work the moment it arrives. Nothing is sent for a check that is no longer open or
 * a coordinator that is no longer published.
 */
export function coordinatorCheckRenderer({ publicUrl, cmsUrl, orm }: Options) {
  return async (row: OutboxRow, em: EntityManager): Promise<RenderedMail | null> => {
    if (row.kind === COORDINATOR_MAIL_KINDS.proposalRejected) return rejection(row, em)
    const check = await findCheck(em, Number(row.payload.checkId))
    if (!check || !isOpen(check)) return null
    const coordinator = await publishedCoordinator(em, check.coordinatorId)
    if (!coordinator) return null

    if (row.kind === COORDINATOR_MAIL_KINDS.escalation) {
      // To an editor, in the editor's language (the row's), not the coordinator's.
      const locale = row.locale === 'en' ? Locale.EN : Locale.SV
      const copy = CHECK_COPY[locale].escalation
      const view = toCoordinatorView(coordinator, locale, null)
      const name = [view.title, view.personName ? `(${view.personName})` : ''].filter(Boolean).join(' ')
      const region = (await regionName(em, check.regionId, locale)) ?? '?'
      const when = (date: Date | null, missing: string) => (date ? longDate(date, locale) : missing)
      const dashboard = cmsUrl ? `${cmsUrl.replace(/\/$/, '')}/admin` : null
      const { text, html } = renderLayout({
        locale,
        title: copy.title,
        paragraphs: [
          fill(copy.body, { name, region }),
          fill(copy.timeline, { sent: when(check.sentAt, '?'), reminded: when(check.remindedAt, copy.notReminded) }),
          dashboard ? copy.look : copy.look.replace(copy.dashboard, copy.noCms),
          ...detailLines(coordinator, locale),
        ],
        action: dashboard ? { label: copy.dashboard, url: dashboard } : undefined,
        footer: [],
      })
      return { subject: fill(copy.subject, { name }), text, html }
    }

    const copy = CHECK_COPY[check.locale]
    const words = row.kind === COORDINATOR_MAIL_KINDS.reminder ? copy.reminder : copy.request
    const { token, expiresAt } = await issueCheckToken(orm.em.fork(), check.id)
    const link = `${publicUrl}${COORDINATOR_CHECK_PATH}?token=${token}`
    const { text, html } = renderLayout({
      locale: check.locale,
      title: words.title,
      paragraphs: [
        fill(words.intro, { sent: check.sentAt ? longDate(check.sentAt, check.locale) : '' }),
        ...detailLines(coordinator, check.locale),
        fill(copy.ask, { until: longDate(expiresAt, check.locale) }),
      ],
      action: { label: copy.action, url: link },
      footer: [copy.footer],
    })
    return { subject: words.subject, text, html }
  }
}

/** The editor's note, in the proposal's language; nothing unless the proposal is (still) rejected. */
async function rejection(row: OutboxRow, em: EntityManager): Promise<RenderedMail | null> {
  const proposal = await findProposal(em, Number(row.payload.proposalId))
  if (!proposal || proposal.status !== 'rejected') return null
  const copy = CHECK_COPY[proposal.locale].rejected
  const note = (proposal.decisionNote ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  const { text, html } = renderLayout({
    locale: proposal.locale,
    title: copy.title,
    paragraphs: [copy.intro, ...(note.length > 0 ? [copy.note, ...note] : []), copy.outro],
    footer: [],
  })
  return { subject: copy.subject, text, html }
}
