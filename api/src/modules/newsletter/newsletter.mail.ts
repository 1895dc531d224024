import type { EntityManager, MikroORM } from '@mikro-orm/postgresql'
import { renderLayout } from '../../mail/layout'
import type { OutboxRow, RenderedMail } from '../../mail/outbox'
import { SubscriptionStatus } from './newsletter.types'
import { findSubscriber } from './subscribers.repository'
import { CONFIRM_TTL_HOURS, issueToken } from './tokens'

type Links = { confirm?: string; unsubscribe: string; preferences: string; data: string }
type Words = { subject: string; title: string; paragraphs: string[]; action?: string }

const COPY: Record<string, Record<'sv' | 'en', Words>> = {
  'newsletter-confirm': {
    sv: {
      subject: 'Bekräfta din prenumeration på NSPM:s nyhetsbrev',
      title: 'Bekräfta din prenumeration',
      paragraphs: [
        `Någon, förhoppningsvis du, vill prenumerera på NSPM:s nyhetsbrev med den här adressen. Bekräfta inom ${CONFIRM_TTL_HOURS} timmar.`,
        'Om det inte var du kan du bortse från mejlet: utan bekräftelse raderas adressen efter sju dagar.',
      ],
      action: 'Bekräfta prenumerationen',
    },
    en: {
      subject: "Confirm your subscription to NSPM's newsletter",
      title: 'Confirm your subscription',
      paragraphs: [
        `Someone, hopefully you, asked to subscribe this address to NSPM's newsletter. Please confirm within ${CONFIRM_TTL_HOURS} hours.`,
        'If it was not you, ignore this email: without confirmation the address is deleted after seven days.',
      ],
      action: 'Confirm the subscription',
    },
  },
  'newsletter-welcome': {
    sv: { subject: 'Välkommen till NSPM:s nyhetsbrev', title: 'Tack för din bekräftelse', paragraphs: ['Du prenumererar nu på NSPM:s nyhetsbrev.'] },
    en: { subject: "Welcome to NSPM's newsletter", title: 'Thank you for confirming', paragraphs: ["You now subscribe to NSPM's newsletter."] },
  },
  'newsletter-already-subscribed': {
    sv: {
      subject: 'Du prenumererar redan på NSPM:s nyhetsbrev',
      title: 'Du prenumererar redan',
      paragraphs: ['Någon bad om en prenumeration för den här adressen, som redan prenumererar. Du behöver inte göra något.'],
    },
    en: {
      subject: "You already subscribe to NSPM's newsletter",
      title: 'You already subscribe',
      paragraphs: ['Someone asked to subscribe this address, which already subscribes. There is nothing you need to do.'],
    },
  },
}

const FOOTER: Record<'sv' | 'en', (links: Links) => string[]> = {
  sv: (links) => [`Ändra ämnen eller språk: ${links.preferences}`, `Se eller radera dina uppgifter: ${links.data}`, `Avsluta prenumerationen: ${links.unsubscribe}`],
  en: (links) => [`Change topics or language: ${links.preferences}`, `See or erase your data: ${links.data}`, `Unsubscribe: ${links.unsubscribe}`],
}

/**
 * Renders the newsletter emails when the outbox sends them, issuing their tokens then, so that raw tokens exist
 * only in the email. The tokens are committed on their own connection before the email leaves: a link must work
 * the moment it arrives, not when the worker's batch commits. Every email carries RFC 8058 one-click headers.
 */
export function newsletterRenderer(publicUrl: string, orm: MikroORM) {
  return async (row: OutboxRow, em: EntityManager): Promise<RenderedMail | null> => {
    const committed = orm.em.fork()
    const copy = COPY[row.kind]?.[row.locale]
    const subscriber = await findSubscriber(em, { id: Number(row.payload.subscriberId) })
    if (!copy || !subscriber) return null
    // A confirmation for an address that has meanwhile confirmed or unsubscribed would only confuse.
    if (row.kind === 'newsletter-confirm' && subscriber.status !== SubscriptionStatus.PENDING) return null
    const manage = await issueToken(committed, subscriber.id, 'manage')
    const link = (path: string, token: string) => `${publicUrl}/newsletter/${path}?token=${token}&lang=${row.locale}`
    const links: Links = {
      unsubscribe: link('unsubscribe', manage),
      preferences: link('preferences', manage),
      data: link('data', manage),
      ...(row.kind === 'newsletter-confirm' ? { confirm: link('confirm', await issueToken(committed, subscriber.id, 'confirm')) } : {}),
    }
    const { text, html } = renderLayout({
      locale: row.locale,
      title: copy.title,
      paragraphs: copy.paragraphs,
      action: copy.action && links.confirm ? { label: copy.action, url: links.confirm } : undefined,
      footer: FOOTER[row.locale](links),
    })
    return {
      subject: copy.subject,
      text,
      html,
      headers: { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    }
  }
}

export const NEWSLETTER_MAIL_KINDS = Object.keys(COPY)
