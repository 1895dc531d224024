'use client'
import { Button, toast, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useState } from 'react'
import { hasRole } from '../access/roles'
import { inLanguage, t } from '../fields/i18n'
import { stockholmToInstant } from '../newsletter/stockholm-time'
import { callIssue, formatCount, type StatusAnswer } from './newsletterIssue'
import { SendProgress } from './NewsletterSendProgress'

const L = {
  title: t('Utskick', 'Send'),
  now: t('Skicka nu', 'Send now'),
  schedule: t('Schemalägg', 'Schedule'),
  at: t('Tid (svensk tid)', 'Time (Swedish time)'),
  confirm: t('Bekräfta', 'Confirm'),
  back: t('Avbryt', 'Back'),
  pause: t('Pausa', 'Pause'),
  resume: t('Återuppta', 'Resume'),
  cancel: t('Avboka utskicket', 'Cancel the send'),
  needsTime: t('Välj en tid.', 'Choose a time.'),
  saveFirst: t('Spara och publicera numret först.', 'Save and publish the issue first.'),
  failed: t('Det gick inte.', 'That did not work.'),
}
const recipientsText = (count: string) => t(`Skickas till ${count} bekräftade prenumeranter`, `Will be sent to ${count} confirmed subscribers`)

type Pending = { at: string | null; recipients: number }

/**
 * The send panel in the issue's sidebar: state and progress for all staff; for newsletter editors and
 * administrators "Send now" and "Schedule" (Swedish time), each confirmed with the recipient count, and pause,
 * resume and cancel as the state allows. Refreshes every few seconds while a send is scheduled or running.
 */
export const NewsletterSend: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [status, setStatus] = useState<StatusAnswer['send']>(null)
  const [at, setAt] = useState('')
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, setBusy] = useState(false)
  const say = (text: { sv: string; en: string }) => inLanguage(text, i18n.language)
  const api = config.routes.api
  const sender = hasRole(user, 'newsletter-editor')

  const refresh = useCallback(async () => {
    if (!id) return
    const { ok, body } = await callIssue<StatusAnswer>(api, id, 'send-status', i18n.language)
    if (ok) setStatus(body.send)
  }, [api, id, i18n.language])

  const live = status?.state === 'scheduled' || status?.state === 'sending' || status?.state === 'paused'
  useEffect(() => {
    void refresh()
    if (!live) return
    const timer = setInterval(() => void refresh(), 3000)
    return () => clearInterval(timer)
  }, [refresh, live])

  const act = useCallback(
    async (path: string, body?: unknown) => {
      if (!id) return
      setBusy(true)
      try {
        const result = await callIssue<Record<string, unknown>>(api, id, path, i18n.language, { method: 'POST', body })
        if (!result.ok) toast.error(result.error ?? inLanguage(L.failed, i18n.language))
        await refresh()
        return result.ok
      } finally {
        setBusy(false)
      }
    },
    [api, id, i18n.language, refresh],
  )

  const ask = useCallback(
    async (scheduled: boolean): Promise<void> => {
      if (!id) return
      const instant = scheduled ? stockholmToInstant(at) : null
      if (scheduled && !instant) {
        toast.error(inLanguage(L.needsTime, i18n.language))
        return
      }
      // The count as of now, for the confirmation; the API freezes the real list when sending starts.
      const { ok, body, error } = await callIssue<{ recipients: number }>(api, id, 'recipients', i18n.language)
      if (ok) setPending({ at: instant, recipients: body.recipients })
      else toast.error(error ?? inLanguage(L.failed, i18n.language))
    },
    [api, id, at, i18n.language],
  )

  if (!id) return <p className="field-description">{say(L.saveFirst)}</p>
  // A send cancelled before it started may be scheduled again; one that started (some got it) never.
  const schedulable = !status || (status.state === 'cancelled' && status.startedAt === null)
  return (
    <section className="nspm-newsletter-send field-type" aria-label={say(L.title)} data-testid="newsletter-send">
      <h4>{say(L.title)}</h4>
      {status ? <SendProgress status={status} language={i18n.language} /> : null}
      {sender && schedulable && !pending ? (
        <div className="nspm-newsletter-send__start">
          <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void ask(false)} id="newsletter-send-now">
            {say(L.now)}
          </Button>
          <label className="field-label" htmlFor="newsletter-send-at">
            {say(L.at)}
          </label>
          <input id="newsletter-send-at" type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} />
          <Button buttonStyle="secondary" size="small" disabled={busy || !at} onClick={() => void ask(true)} id="newsletter-schedule">
            {say(L.schedule)}
          </Button>
        </div>
      ) : null}
      {sender && pending ? (
        <div role="alertdialog" aria-label={say(L.confirm)} data-testid="newsletter-confirm">
          <p>{say(recipientsText(formatCount(pending.recipients, i18n.language)))}</p>
          <Button
            buttonStyle="primary"
            size="small"
            disabled={busy}
            id="newsletter-confirm"
            onClick={() => void act('schedule', pending.at ? { at: pending.at } : {}).then(() => setPending(null))}
          >
            {say(L.confirm)}
          </Button>
          <Button buttonStyle="secondary" size="small" onClick={() => setPending(null)}>
            {say(L.back)}
          </Button>
        </div>
      ) : null}
      {sender && status ? (
        <div className="nspm-newsletter-send__controls">
          {status.state === 'sending' ? (
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void act('pause')} id="newsletter-pause">
              {say(L.pause)}
            </Button>
          ) : null}
          {status.state === 'paused' ? (
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void act('resume')} id="newsletter-resume">
              {say(L.resume)}
            </Button>
          ) : null}
          {live ? (
            <Button buttonStyle="error" size="small" disabled={busy} onClick={() => void act('cancel')} id="newsletter-cancel">
              {say(L.cancel)}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
