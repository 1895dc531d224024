'use client'
import React from 'react'
import { adminLanguage, t } from '../fields/i18n'
import type { SendStatus } from '../newsletter/sends'
import type { SendState } from '../../contracts/newsletter-issues'
import { formatCount } from './newsletterIssue'

const STATES: Record<SendState, { sv: string; en: string }> = {
  scheduled: t('Schemalagt', 'Scheduled'),
  sending: t('Skickas', 'Sending'),
  paused: t('Pausat', 'Paused'),
  sent: t('Skickat', 'Sent'),
  failed: t('Misslyckades', 'Failed'),
  cancelled: t('Avbokat', 'Cancelled'),
}
const L = {
  state: t('Status', 'State'),
  at: t('Schemalagt till', 'Scheduled for'),
  recipients: t('Mottagare', 'Recipients'),
  queued: t('I kö', 'Queued'),
  sent: t('Skickade', 'Sent'),
  failed: t('Misslyckade', 'Failed'),
  skipped: t('Hoppades över', 'Skipped'),
  failures: t('Fel per kod', 'Failures by code'),
  duration: t('Tid', 'Duration'),
}

const duration = (seconds: number): string => `${Math.floor(seconds / 60)} min ${seconds % 60} s`

/** A send's state and counts (never who): the send panel shows it to every staff member who reads the issue. */
export function SendProgress({ status, language }: { status: SendStatus; language: string }) {
  const { say, dateTime } = adminLanguage(language)
  const rows: [string, string, string][] = [
    ['state', say(L.state), say(STATES[status.state])],
    ['scheduled-at', say(L.at), dateTime.format(new Date(status.scheduledAt))],
    ...(status.recipients === null ? [] : [['recipients', say(L.recipients), formatCount(status.recipients, language)] as [string, string, string]]),
    ['queued', say(L.queued), formatCount(status.counts.queued, language)],
    ['sent', say(L.sent), formatCount(status.counts.sent, language)],
    ['failed', say(L.failed), formatCount(status.counts.failed, language)],
    ['skipped', say(L.skipped), formatCount(status.counts.skipped, language)],
    ...(status.durationSeconds === null ? [] : [['duration', say(L.duration), duration(status.durationSeconds)] as [string, string, string]]),
  ]
  return (
    <div data-testid="newsletter-progress" data-state={status.state} aria-live="polite">
      <dl>
        {rows.map(([key, label, value]) => (
          <div key={key} data-testid={`newsletter-progress-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {status.failures.length ? (
        <>
          <h5>{say(L.failures)}</h5>
          <ul data-testid="newsletter-failures">
            {status.failures.map((failure) => (
              <li key={failure.code}>
                <code>{failure.code}</code>: {formatCount(failure.count, language)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
