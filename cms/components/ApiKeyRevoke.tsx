'use client'
import { Button, toast, useConfig, useDocumentInfo, useForm, useFormFields, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useState } from 'react'
import { adminLanguage, t } from '../fields/i18n'

const L = {
  revoke: t('Återkalla nyckeln', 'Revoke the key'),
  warning: t(
    'API:t nekar nyckeln inom någon sekund, med felkoden API_KEY_INVALID. Det går inte att ångra: partnern behöver en ny nyckel.',
    'The API refuses the key within a second, with the error code API_KEY_INVALID. This cannot be undone: the partner needs a new key.',
  ),
  confirm: t('Ja, återkalla', 'Yes, revoke'),
  cancel: t('Avbryt', 'Cancel'),
  failed: t('Det gick inte att återkalla nyckeln.', 'Could not revoke the key.'),
}

type Body = { errors?: { message?: string }[]; message?: string }

/**
 * "Revoke the key" in the sidebar of an active key, with a confirmation step: posts to the revoke endpoint, then
 * reloads the form from the server so the sidebar shows the new status, who and when.
 */
export const ApiKeyRevoke: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { reset } = useForm()
  const status = useFormFields(([fields]) => fields.status?.value)
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { say } = adminLanguage(i18n.language)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const base = `${config.routes.api}/api-keys/${id}`

  const revoke = async () => {
    setBusy(true)
    const headers = { 'Accept-Language': i18n.language }
    try {
      const response = await fetch(`${base}/revoke`, { method: 'POST', credentials: 'include', headers })
      const body = (await response.json()) as Body
      if (!response.ok) return void toast.error(body.errors?.[0]?.message ?? say(L.failed))
      const fresh = await fetch(`${base}?depth=0`, { credentials: 'include', headers })
      if (fresh.ok) await reset((await fresh.json()) as Record<string, unknown>)
      setConfirming(false)
      toast.success(body.message ?? say(L.revoke))
    } catch {
      toast.error(say(L.failed))
    } finally {
      setBusy(false)
    }
  }

  if (!id || status !== 'active') return null
  return (
    <div className="nspm-revoke field-type">
      {confirming ? (
        <>
          <p className="nspm-revoke__warning">{say(L.warning)}</p>
          <div className="nspm-revoke__actions">
            <Button buttonStyle="error" size="small" disabled={busy} onClick={() => void revoke()}>
              {say(L.confirm)}
            </Button>
            <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => setConfirming(false)}>
              {say(L.cancel)}
            </Button>
          </div>
        </>
      ) : (
        <Button buttonStyle="secondary" size="small" onClick={() => setConfirming(true)}>
          {say(L.revoke)}
        </Button>
      )}
    </div>
  )
}
