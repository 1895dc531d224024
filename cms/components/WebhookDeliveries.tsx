'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useState } from 'react'
import type { DeliveryLogEntry } from '../db/webhook-deliveries'
import { adminLanguage, t } from '../fields/i18n'
import { attemptSummary, STATUS_LABELS, TYPE_LABELS } from '../collections/WebhookEndpoints/labels'

const L = {
  title: t('Senaste leveranser', 'Recent deliveries'),
  intro: t(
    'Misslyckade försök görs om automatiskt med allt längre mellanrum i minst 24 timmar. "Skicka igen" köar en leverans direkt, med samma webhook-id.',
    'Failed attempts are retried automatically at growing intervals for at least 24 hours. "Send again" queues a delivery at once, with the same webhook-id.',
  ),
  none: t(
    'Inga leveranser än: de skapas när något publiceras, avpubliceras eller tas bort.',
    'No deliveries yet: they are made when something is published, unpublished or deleted.',
  ),
  event: t('Händelse', 'Event'),
  document: t('Dokument', 'Document'),
  status: t('Status', 'Status'),
  attempts: t('Försök', 'Attempts'),
  last: t('Senaste svar', 'Last answer'),
  next: t('Nästa försök', 'Next attempt'),
  created: t('Köad', 'Queued'),
  resend: t('Skicka igen', 'Send again'),
  resendFailed: t('Skicka alla misslyckade igen', 'Send all failed again'),
  refresh: t('Uppdatera', 'Refresh'),
  failed: t('Det gick inte. Försök igen.', 'That did not work. Try again.'),
}

type ErrorBody = { errors?: { message?: string }[]; message?: string; queued?: number }

/** The endpoint's delivery log under its fields (a UI field), with "Send again" per delivery. Never shows a secret. */
export const WebhookDeliveries: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { say, dateTime } = adminLanguage(i18n.language)
  const [rows, setRows] = useState<DeliveryLogEntry[] | null>(null)
  const [busy, setBusy] = useState(false)
  const base = `${config.routes.api}/webhook-endpoints/${id}/deliveries`

  const load = useCallback(async () => {
    const response = await fetch(`${base}?limit=50`, { credentials: 'include', headers: { 'Accept-Language': i18n.language } }).catch(() => null)
    if (response?.ok) setRows(((await response.json()) as { docs: DeliveryLogEntry[] }).docs)
  }, [base, i18n.language])

  useEffect(() => {
    if (id) void load()
  }, [id, load])

  const resend = async (path: string) => {
    setBusy(true)
    try {
      const response = await fetch(`${base}/${path}`, { method: 'POST', credentials: 'include', headers: { 'Accept-Language': i18n.language } })
      const body = (await response.json()) as ErrorBody
      if (response.ok) toast.success(body.message ?? say(L.resend))
      else toast.error(body.errors?.[0]?.message ?? say(L.failed))
      await load()
    } catch {
      toast.error(say(L.failed))
    } finally {
      setBusy(false)
    }
  }

  if (!id) return null
  const when = (value: string | null) => (value ? dateTime.format(new Date(value)) : '–')
  return (
    <section className="nspm-deliveries field-type" aria-labelledby="nspm-deliveries-title">
      <h3 id="nspm-deliveries-title">{say(L.title)}</h3>
      <p className="field-description">{say(L.intro)}</p>
      <div className="nspm-deliveries__actions">
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void load()}>
          {say(L.refresh)}
        </Button>
        {rows?.some((row) => row.status === 'failed') ? (
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void resend('resend-failed')}>
            {say(L.resendFailed)}
          </Button>
        ) : null}
      </div>
      {rows && rows.length === 0 ? <p>{say(L.none)}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="nspm-deliveries__table">
          <thead>
            <tr>
              <th>{say(L.event)}</th>
              <th>{say(L.document)}</th>
              <th>{say(L.status)}</th>
              <th>{say(L.attempts)}</th>
              <th>{say(L.last)}</th>
              <th>{say(L.next)}</th>
              <th>{say(L.created)}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={`nspm-deliveries__row--${row.status}`}>
                <td>
                  <code>{row.eventType}</code>
                </td>
                <td>
                  {row.documentType in TYPE_LABELS ? say(TYPE_LABELS[row.documentType as keyof typeof TYPE_LABELS]) : row.documentType} {row.documentId}
                </td>
                <td>{say(STATUS_LABELS[row.status])}</td>
                <td>{row.attempts}</td>
                <td>{attemptSummary(row.lastStatus, row.lastError, say) ?? '–'}</td>
                <td>{when(row.nextAttemptAt)}</td>
                <td>{when(row.createdAt)}</td>
                <td>
                  <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void resend(`${row.id}/resend`)}>
                    {say(L.resend)}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
