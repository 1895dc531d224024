'use client'
import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useState } from 'react'
import { inLanguage, t } from '../fields/i18n'
import type { ContentLocale } from '../../contracts/locales'
import { callIssue, type PreviewAnswer } from './newsletterIssue'

const L = {
  title: t('Förhandsvisning', 'Preview'),
  hint: t(
    'Så här ser det sparade numret ut när det skickas (länkarna till inställningar och avregistrering är exempel).',
    'The saved issue as it will be sent (the settings and unsubscribe links are examples).',
  ),
  saveFirst: t('Spara numret för att förhandsgranska det.', 'Save the issue to preview it.'),
  refresh: t('Uppdatera förhandsvisningen', 'Refresh the preview'),
  test: t('Skicka ett test till mig', 'Send a test to me'),
  html: t('HTML-delen', 'HTML part'),
  text: t('Textdelen', 'Plain-text part'),
  missing: t('Ämnesrad saknas på', 'Subject missing in'),
  failed: t('Förhandsvisningen kunde inte hämtas.', 'The preview could not be loaded.'),
}
const LOCALE_NAMES: Record<ContentLocale, { sv: string; en: string }> = { sv: t('Svenska', 'Swedish'), en: t('Engelska', 'English') }

/**
 * The issue as sent, in each of its languages side by side: the HTML in a sandboxed frame (no scripts, no
 * same-origin: whatever an editor pasted cannot act on the admin) and the plain-text part as it is. A UI field
 * below the content; it reloads after every save. "Send a test to me" mails the saved issue to the editor only.
 */
export const NewsletterPreview: UIFieldClientComponent = () => {
  const { id, lastUpdateTime, docPermissions } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [preview, setPreview] = useState<PreviewAnswer | null>(null)
  const [busy, setBusy] = useState(false)
  const say = (text: { sv: string; en: string }) => inLanguage(text, i18n.language)
  const api = config.routes.api

  const load = useCallback(async () => {
    if (!id) return
    const { ok, body, error } = await callIssue<PreviewAnswer>(api, id, 'preview', i18n.language)
    if (ok) setPreview(body)
    else toast.error(error ?? inLanguage(L.failed, i18n.language))
  }, [api, id, i18n.language])

  useEffect(() => void load(), [load, lastUpdateTime])

  const sendTest = useCallback(async () => {
    if (!id) return
    setBusy(true)
    try {
      const { ok, body, error } = await callIssue<{ message: string }>(api, id, 'test', i18n.language, { method: 'POST' })
      if (ok) toast.success(body.message)
      else toast.error(error ?? inLanguage(L.failed, i18n.language))
    } finally {
      setBusy(false)
    }
  }, [api, id, i18n.language])

  if (!id) return <p className="field-description">{say(L.saveFirst)}</p>
  const locales = (['sv', 'en'] as const).filter((locale) => preview?.[locale])
  return (
    <section className="nspm-newsletter-preview field-type" aria-label={say(L.title)} data-testid="newsletter-preview">
      <h3>{say(L.title)}</h3>
      <p className="field-description">{say(L.hint)}</p>
      <div className="nspm-newsletter-preview__actions">
        <Button buttonStyle="secondary" size="small" onClick={() => void load()}>
          {say(L.refresh)}
        </Button>
        {docPermissions?.update ? (
          <Button buttonStyle="primary" size="small" onClick={() => void sendTest()} disabled={busy} id="newsletter-send-test">
            {say(L.test)}
          </Button>
        ) : null}
      </div>
      {preview?.missing.length ? (
        <p role="alert">
          {say(L.missing)} {preview.missing.map((locale) => say(LOCALE_NAMES[locale])).join(', ')}
        </p>
      ) : null}
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(${Math.max(locales.length, 1)}, minmax(0, 1fr))`, gap: 16 }}>
        {locales.map((locale) => {
          const part = preview![locale]!
          return (
            <article key={locale} lang={locale} data-testid={`newsletter-preview-${locale}`} aria-label={say(LOCALE_NAMES[locale])}>
              <h4>
                {say(LOCALE_NAMES[locale])}: {part.subject}
              </h4>
              {part.preheader ? <p className="field-description">{part.preheader}</p> : null}
              <iframe
                title={`${say(L.html)} (${say(LOCALE_NAMES[locale])})`}
                sandbox=""
                srcDoc={part.html}
                style={{ width: '100%', height: 600, border: '1px solid var(--theme-elevation-150)', background: '#fff' }}
              />
              <h5>{say(L.text)}</h5>
              <pre style={{ whiteSpace: 'pre-wrap', fontSize: 13 }} data-testid={`newsletter-preview-text-${locale}`}>
                {part.text}
              </pre>
            </article>
          )
        })}
      </div>
    </section>
  )
}
