import type { ServerProps } from 'payload'
import React from 'react'
import { hasRole } from '../access/roles'
import { endpointCounts, troubledEndpoints } from '../db/webhook-deliveries'
import { poolDb } from '../db/requestDb'
import { adminLanguage, t } from '../fields/i18n'
import { attemptSummary } from '../collections/WebhookEndpoints/labels'

const RECENT_DAYS = 7

const L = {
  title: t('Webhooks till partner', 'Webhooks to partners'),
  allWell: (active: number) => t(`Alla ${active} aktiva mottagare tar emot sina händelser.`, `All ${active} active endpoints receive their events.`),
  endpoint: t('Mottagare', 'Endpoint'),
  retrying: t('Försöker igen', 'Retrying'),
  failed: t(`Misslyckade (${RECENT_DAYS} d)`, `Failed (${RECENT_DAYS} d)`),
  error: t('Senaste fel', 'Last error'),
  when: t('Senast', 'When'),
  inactive: t('avstängd', 'off'),
  hint: t(
    'Leveranser försöks igen i minst 24 timmar och markeras sedan som misslyckade. Kontakta partnern (se Kontakt på mottagaren) och skicka dem igen från mottagarens sida.',
    "Deliveries are retried for at least 24 hours and then marked failed. Contact the partner (see the endpoint's Contact) and send them again from the endpoint's page.",
  ),
}

/**
 * Dashboard panel (admin.components.afterDashboard) for administrators, who manage partners' endpoints: which ones
 * are failing right now or failed lately, linked to their delivery logs. Shown once an endpoint exists.
 */
export async function WebhookStatus({ payload, user, i18n }: ServerProps) {
  if (!hasRole(user ?? null, 'admin')) return null
  const db = poolDb(payload)
  const counts = await endpointCounts(db)
  if (!counts || counts.total === 0) return null
  const { say, dateTime } = adminLanguage(i18n.language)
  const troubled = await troubledEndpoints(db, RECENT_DAYS)
  const admin = payload.config.routes.admin
  return (
    <section className="nspm-outbox nspm-webhooks" aria-labelledby="nspm-webhooks-title">
      <h2 id="nspm-webhooks-title">{say(L.title)}</h2>
      {troubled.length === 0 ? (
        <p data-testid="webhooks-all-well">{say(L.allWell(counts.active))}</p>
      ) : (
        <>
          <table className="nspm-outbox__table">
            <thead>
              <tr>
                <th>{say(L.endpoint)}</th>
                <th>{say(L.retrying)}</th>
                <th>{say(L.failed)}</th>
                <th>{say(L.error)}</th>
                <th>{say(L.when)}</th>
              </tr>
            </thead>
            <tbody>
              {troubled.map((endpoint) => (
                <tr key={endpoint.id} data-testid="webhooks-troubled">
                  <td>
                    <a href={`${admin}/collections/webhook-endpoints/${endpoint.id}`}>{endpoint.name}</a>
                    {endpoint.active ? null : ` (${say(L.inactive)})`}
                  </td>
                  <td>{endpoint.retrying}</td>
                  <td className={endpoint.failed > 0 ? 'nspm-outbox__alert' : undefined}>{endpoint.failed}</td>
                  <td>{attemptSummary(null, endpoint.lastError, say) ?? '–'}</td>
                  <td>{endpoint.lastFailureAt ? dateTime.format(endpoint.lastFailureAt) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="nspm-outbox__hint">{say(L.hint)}</p>
        </>
      )}
    </section>
  )
}
