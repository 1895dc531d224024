'use client'
import { Button, CheckboxInput, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useState } from 'react'
import { adminLanguage, t } from '../fields/i18n'

const L = {
  title: t('Signeringsnyckel', 'Signing secret'),
  onCreate: t('En signeringsnyckel skapas när du sparar. Den visas en gång, här.', 'A signing secret is created when you save. It is shown once, here.'),
  reveal: t('Visa nyckeln (visas en gång)', 'Show the secret (shown once)'),
  revealHint: t('Nyckeln har inte visats än. Visa den när du kan ge den till partnern.', 'The secret has not been shown yet. Show it when you can pass it on to the partner.'),
  shown: t('Kopiera nyckeln nu och ge den till partnern på ett säkert sätt. Den visas inte igen.', 'Copy the secret now and pass it to the partner securely. It will not be shown again.'),
  copy: t('Kopiera', 'Copy'),
  hidden: t('Nyckeln skapades', 'The secret was created'),
  cannotShow: t('Den kan inte visas igen; byt den om partnern behöver en ny.', 'It cannot be shown again; rotate it if the partner needs a new one.'),
  none: t('Mottagaren har ingen nyckel, så inget kan skickas.', 'The endpoint has no secret, so nothing can be sent.'),
  rotate: t('Byt nyckel', 'Rotate secret'),
  retireNow: t('Sluta signera med den gamla nyckeln direkt (om den har läckt)', 'Stop signing with the old secret at once (if it leaked)'),
  overlap: t('Den förra nyckeln signerar också till', 'The previous secret also signs until'),
  failed: t('Det gick inte. Försök igen.', 'That did not work. Try again.'),
}

type SecretState = { hasSecret: boolean; revealable: boolean; createdAt: string | null; previousValidUntil: string | null }
type ErrorBody = { errors?: { message?: string }[] }

/**
 * The endpoint's signing secret in the sidebar (a UI field): the first one can be shown once after the endpoint
 * was created, and "Rotate secret" makes a new one and shows it once. The secret only ever travels in the answer
 * to those two POSTs; this component keeps it in memory until the page is left.
 */
export const WebhookSecret: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { say, dateTime } = adminLanguage(i18n.language)
  const [state, setState] = useState<SecretState | null>(null)
  const [secret, setSecret] = useState<string | null>(null)
  const [retireNow, setRetireNow] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const base = `${config.routes.api}/webhook-endpoints/${id}`

  useEffect(() => {
    if (!id) return
    void fetch(`${base}/secret-state`, { credentials: 'include', headers: { 'Accept-Language': i18n.language } })
      .then(async (response) => (response.ok ? setState((await response.json()) as SecretState) : undefined))
      .catch(() => undefined)
  }, [base, id, i18n.language])

  const post = useCallback(
    async (action: 'reveal-secret' | 'rotate-secret') => {
      setBusy(true)
      setProblem(null)
      try {
        const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
        const response = await fetch(`${base}/${action}`, { method: 'POST', credentials: 'include', headers, body: JSON.stringify({ retirePreviousNow: retireNow }) })
        const body = (await response.json()) as ErrorBody & { secret?: string; state?: SecretState }
        if (!response.ok || !body.secret) return setProblem(body.errors?.[0]?.message ?? say(L.failed))
        setSecret(body.secret)
        setState((previous) => body.state ?? (previous ? { ...previous, revealable: false } : previous))
      } catch {
        setProblem(say(L.failed))
      } finally {
        setBusy(false)
      }
    },
    [base, retireNow, i18n.language, say],
  )

  if (!id) return <p className="field-description">{say(L.onCreate)}</p>
  return (
    <div className="nspm-secret field-type">
      <strong>{say(L.title)}</strong>
      {secret ? (
        <div className="nspm-secret__shown" data-testid="webhook-secret">
          <code>{secret}</code>
          <Button buttonStyle="secondary" size="small" onClick={() => void navigator.clipboard?.writeText(secret)}>{say(L.copy)}</Button>
          <p className="nspm-secret__warning">{say(L.shown)}</p>
        </div>
      ) : state?.revealable ? (
        <>
          <p className="field-description">{say(L.revealHint)}</p>
          <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void post('reveal-secret')}>{say(L.reveal)}</Button>
        </>
      ) : state ? (
        <p className="field-description">{state.hasSecret && state.createdAt ? `${say(L.hidden)} ${dateTime.format(new Date(state.createdAt))}. ${say(L.cannotShow)}` : say(L.none)}</p>
      ) : null}
      {state?.previousValidUntil ? <p className="field-description">{say(L.overlap)} {dateTime.format(new Date(state.previousValidUntil))}.</p> : null}
      {state && !state.revealable ? (
        <>
          <CheckboxInput checked={retireNow} onToggle={() => setRetireNow(!retireNow)} label={say(L.retireNow)} />
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void post('rotate-secret')}>{say(L.rotate)}</Button>
        </>
      ) : null}
      {problem ? <p className="nspm-secret__problem" role="alert">{problem}</p> : null}
    </div>
  )
}
