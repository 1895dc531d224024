import type { ServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { outboxSummary, recentOutboxFailures } from '../db/outbox'
import { poolDb } from '../db/requestDb'
import { adminLanguage, t } from '../fields/i18n'

const L = {
  title: t('E-postutskick', 'Outgoing email'),
  pending: t('Väntar på att skickas', 'Waiting to be sent'),
  failing: t('Med misslyckade försök', 'With failed attempts'),
  oldest: t('Äldsta väntande', 'Oldest waiting'),
  recent: t('Senaste misslyckade', 'Most recent failures'),
  none: t('Inga misslyckade utskick.', 'No failed emails.'),
  missing: t(
    'Utkorgen finns inte ännu: det publika API:t har inte startats mot den här databasen.',
    'The outbox does not exist yet: the public API has not been started against this database.',
  ),
  hint: t(
    'API:t försöker igen automatiskt med allt längre mellanrum. Många fel i rad tyder på att SMTP-servern inte svarar.',
    'The API retries automatically with growing intervals. Many failures in a row suggest the SMTP relay is not answering.',
  ),
  kind: t('Typ', 'Kind'),
  attempts: t('Försök', 'Attempts'),
  error: t('Senaste fel', 'Last error'),
  next: t('Nästa försök', 'Next attempt'),
  created: t('Skapad', 'Created'),
}

/**
 * Dashboard panel (admin.components.afterDashboard): whether the API's email outbox is getting its mail out.
 * Administrators only, and never the recipients: the table holds their addresses.
 */
export async function OutboxStatus({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, 'admin')) return null
  const { say, dateTime: when } = adminLanguage(i18n.language)
  const db = poolDb(payload)
  const summary = await outboxSummary(db)
  const failures = summary && summary.failing > 0 ? await recentOutboxFailures(db) : []
  return (
    <section className="nspm-outbox" aria-labelledby="nspm-outbox-title">
      <h2 id="nspm-outbox-title">{say(L.title)}</h2>
      {!summary ? (
        <p>{say(L.missing)}</p>
      ) : (
        <>
          <dl className="nspm-outbox__counts">
            <div>
              <dt>{say(L.pending)}</dt>
              <dd>{summary.pending}</dd>
            </div>
            <div className={summary.failing > 0 ? 'nspm-outbox__alert' : undefined}>
              <dt>{say(L.failing)}</dt>
              <dd>{summary.failing}</dd>
            </div>
            <div>
              <dt>{say(L.oldest)}</dt>
              <dd>{summary.oldestPending ? when.format(summary.oldestPending) : '–'}</dd>
            </div>
          </dl>
          <h3>{say(L.recent)}</h3>
          {failures.length === 0 ? (
            <p>{say(L.none)}</p>
          ) : (
            <>
              <table className="nspm-outbox__table">
                <thead>
                  <tr>
                    <th>{say(L.kind)}</th>
                    <th>{say(L.attempts)}</th>
                    <th>{say(L.error)}</th>
                    <th>{say(L.next)}</th>
                    <th>{say(L.created)}</th>
                  </tr>
                </thead>
                <tbody>
                  {failures.map((row) => (
                    <tr key={row.id}>
                      <td>{row.kind}</td>
                      <td>{row.attempts}</td>
                      <td>
                        <code>{row.lastError ?? '–'}</code>
                      </td>
                      <td>{when.format(row.nextAttemptAt)}</td>
                      <td>{when.format(row.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="nspm-outbox__hint">{say(L.hint)}</p>
            </>
          )}
        </>
      )}
    </section>
  )
}
