'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useState } from 'react'
import { inLanguage, t } from '../fields/i18n'

const L = {
  button: t('Markera som kontrollerad', 'Mark as verified'),
  description: t(
    'Bekräftar att kontaktuppgifterna stämmer: sparar dig och nu. Ändrar inget annat och publicerar inget utkast.',
    'Confirms the contact details are correct: records you and now. Changes nothing else and publishes no draft.',
  ),
  saveFirst: t('Spara dina ändringar först: markeringen gäller de sparade uppgifterna.', 'Save your changes first: the mark applies to the saved details.'),
  failed: t('Det gick inte att markera som kontrollerad.', 'Could not mark as verified.'),
}

type ErrorBody = { errors?: { message?: string }[] }

/**
 * The coordinator's "Mark as verified" button (a UI field in the sidebar): one click posts to the verify
 * endpoint, which records who and when, then the form is reloaded from the server so the sidebar shows them.
 * Hidden on a new document and from those who may not update this coordinator.
 */
export const VerifyCoordinatorButton: UIFieldClientComponent = () => {
  const { id, collectionSlug, docPermissions, incrementVersionCount } = useDocumentInfo()
  const { reset } = useForm()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const say = (text: { sv: string; en: string }) => inLanguage(text, i18n.language)
  const api = config.routes.api

  const verify = useCallback(async () => {
    setBusy(true)
    const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' }
    try {
      const response = await fetch(`${api}/${collectionSlug}/${id}/verify?locale=${locale}`, { method: 'POST', credentials: 'include', headers })
      const body = (await response.json()) as ErrorBody & { message?: string }
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? inLanguage(L.failed, i18n.language))
        return
      }
      // The latest version, as the edit view loads it (draft, this locale, no fallback): the new who and when.
      const fresh = await fetch(`${api}/${collectionSlug}/${id}?draft=true&depth=0&locale=${locale}&fallback-locale=null`, { credentials: 'include', headers })
      if (fresh.ok) await reset((await fresh.json()) as Record<string, unknown>)
      incrementVersionCount()
      toast.success(body.message ?? inLanguage(L.button, i18n.language))
    } catch {
      toast.error(inLanguage(L.failed, i18n.language))
    } finally {
      setBusy(false)
    }
  }, [api, collectionSlug, id, locale, i18n.language, reset, incrementVersionCount])

  if (!id || !docPermissions?.update) return null
  // A click starts the request and returns: verify() reports its own failures as a toast.
  return (
    <div className="nspm-verify field-type">
      <Button buttonStyle="secondary" size="medium" onClick={() => void verify()} disabled={busy || modified} className="nspm-verify__button">
        {say(L.button)}
      </Button>
      <p className="nspm-verify__hint field-description">{say(modified ? L.saveFirst : L.description)}</p>
    </div>
  )
}
