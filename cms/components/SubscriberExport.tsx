import type { ServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { TOPIC_LABELS, TOPICS } from '../../contracts/select-values/newsletter'
import { inLanguage, t } from '../fields/i18n'

const L = {
  title: t('Exportera bekräftade prenumeranter (CSV)', 'Export confirmed subscribers (CSV)'),
  all: t('Alla ämnen', 'All topics'),
}

/**
 * Above the subscribers list (beforeListTable): download links to the CSV export, one per topic. The endpoint
 * checks the role itself; the links are only hidden from those it would refuse.
 */
export function SubscriberExport({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, 'subscriber-manager')) return null
  const say = (text: { sv: string; en: string }) => inLanguage(text, i18n.language)
  const href = (topic?: string) => `${payload.config.routes.api}/newsletter-subscribers/export${topic ? `?topic=${topic}` : ''}`
  return (
    <nav className="nspm-export" aria-label={say(L.title)}>
      <strong>{say(L.title)}:</strong>
      {TOPICS.map((topic) => (
        <a key={topic} className="btn btn--style-secondary btn--size-small" href={href(topic)} download>
          {say(TOPIC_LABELS[topic])}
        </a>
      ))}
      <a className="btn btn--style-secondary btn--size-small" href={href()} download>
        {say(L.all)}
      </a>
    </nav>
  )
}
