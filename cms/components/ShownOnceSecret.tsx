'use client'
import { Button, CheckboxInput, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'
import { adminLanguage, t, type Bilingual } from '../fields/i18n'

/** What a document's secret panel says; the rotation texts only where the secret can be rotated. */
type ShownOnceTexts = {
  title: Bilingual
  /** On the create form, before the document exists. */
  onCreate: Bilingual
  /** The button that shows the secret (or makes it and shows it). */
  reveal: Bilingual
  revealHint: Bilingual
  /** Beside the secret once it is shown. */
  shown: Bilingual
  /** "<hidden> <date>. <cannotShow>" once it was shown. */
  hidden: Bilingual
  cannotShow: Bilingual
  /** No secret, and none can be shown. */
  none: Bilingual
  rotation?: { rotate: Bilingual; retireNow: Bilingual; overlap: Bilingual }
}

export type ShownOnceConfig = {
  /** The collection's REST path, e.g. `webhook-endpoints`: its endpoints are `/:id/<state|reveal|rotate>`. */
  collection: string
  paths: { state: string; reveal: string; rotate?: string }
  /** `data-testid` of the shown secret. */
  testId: string
  texts: ShownOnceTexts
}

/** The state endpoint's answer: never the secret itself, at most its public name. */
type SecretState = { hasSecret: boolean; revealable: boolean; createdAt: string | null; previousValidUntil?: string | null; publicName?: string | null }
type ErrorBody = { errors?: { message?: string }[] }

const COMMON = {
  copy: t('Kopiera', 'Copy'),
  failed: t('Det gick inte. Försök igen.', 'That did not work. Try again.'),
}

/**
 * A secret that the server shows exactly once, in the sidebar (a UI field): webhook signing secrets and partner API
 * keys. The secret only ever travels in the answer to the reveal (or rotate) POST, and this component keeps it in
 * memory until the page is left, so a reload shows only that it exists.
 */
export function ShownOnceSecret({ config: { collection, paths, testId, texts } }: { config: ShownOnceConfig }): React.ReactElement {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { say, dateTime } = adminLanguage(i18n.language)
  const [state, setState] = useState<SecretState | null>(null)
  const [secret, setSecret] = useState<string | null>(null)
  const [retireNow, setRetireNow] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const base = `${config.routes.api}/${collection}/${id}`

  useEffect(() => {
    if (!id) return
    void fetch(`${base}/${paths.state}`, { credentials: 'include', headers: { 'Accept-Language': i18n.language } })
      .then(async (response) => (response.ok ? setState((await response.json()) as SecretState) : undefined))
      .catch(() => undefined)
  }, [base, id, paths.state, i18n.language])

  const post = useCallback(
    async (path: string) => {
      setBusy(true)
      setProblem(null)
      try {
        const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
        const response = await fetch(`${base}/${path}`, { method: 'POST', credentials: 'include', headers, body: JSON.stringify({ retirePreviousNow: retireNow }) })
        const body = (await response.json()) as ErrorBody & { secret?: string; state?: SecretState }
        if (!response.ok || !body.secret) return setProblem(body.errors?.[0]?.message ?? say(COMMON.failed))
        setSecret(body.secret)
        setState((previous) => body.state ?? (previous ? { ...previous, revealable: false } : previous))
      } catch {
        setProblem(say(COMMON.failed))
      } finally {
        setBusy(false)
      }
    },
    [base, retireNow, i18n.language, say],
  )

  if (!id) return <p className="field-description">{say(texts.onCreate)}</p>
  const rotation = paths.rotate ? texts.rotation : undefined
  return (
    <div className="nspm-secret field-type">
      <strong>{say(texts.title)}</strong>
      {secret ? (
        <div className="nspm-secret__shown" data-testid={testId}>
          <code>{secret}</code>
          <Button buttonStyle="secondary" size="small" onClick={() => void navigator.clipboard?.writeText(secret)}>
            {say(COMMON.copy)}
          </Button>
          <p className="nspm-secret__warning">{say(texts.shown)}</p>
        </div>
      ) : state?.revealable ? (
        <>
          <p className="field-description">{say(texts.revealHint)}</p>
          <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void post(paths.reveal)}>
            {say(texts.reveal)}
          </Button>
        </>
      ) : state ? (
        <p className="field-description">
          {state.hasSecret && state.createdAt ? `${say(texts.hidden)} ${dateTime.format(new Date(state.createdAt))}. ${say(texts.cannotShow)}` : say(texts.none)}
        </p>
      ) : null}
      {state?.publicName ? <code className="nspm-secret__name">{state.publicName}_…</code> : null}
      {rotation && state?.previousValidUntil ? (
        <p className="field-description">
          {say(rotation.overlap)} {dateTime.format(new Date(state.previousValidUntil))}.
        </p>
      ) : null}
      {rotation && paths.rotate && state && !state.revealable ? (
        <>
          <CheckboxInput checked={retireNow} onToggle={() => setRetireNow(!retireNow)} label={say(rotation.retireNow)} />
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void post(paths.rotate!)}>
            {say(rotation.rotate)}
          </Button>
        </>
      ) : null}
      {problem ? (
        <p className="nspm-secret__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  )
}
