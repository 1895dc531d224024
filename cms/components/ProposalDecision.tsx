'use client'
import { Button, toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'
import { inLanguage, t } from '../fields/i18n'

const L = {
  accept: t('Godta (sparas som utkast)', 'Accept (saved as a draft)'),
  reject: t('Avslå', 'Reject'),
  note: t('Motivering (krävs vid avslag, mejlas till koordinatorn)', 'Note (required to reject; emailed to the coordinator)'),
  noteMissing: t('Skriv en motivering innan du avslår.', 'Write a note before rejecting.'),
  failed: t('Beslutet kunde inte sparas.', 'The decision could not be saved.'),
}

type Body = { message?: string; errors?: { message?: string }[] }

/** Accept and Reject for one proposal on the dashboard; the server decides, then the panel reloads. */
export function ProposalDecision({ proposalId }: { proposalId: number }) {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const say = (text: { sv: string; en: string }) => inLanguage(text, i18n.language)

  const decide = async (action: 'accept' | 'reject') => {
    if (action === 'reject' && note.trim() === '') {
      toast.error(say(L.noteMissing))
      return
    }
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/coordinator-change-proposals/${proposalId}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' },
        body: JSON.stringify({ note }),
      })
      const body = (await response.json()) as Body
      if (!response.ok) toast.error(body.errors?.[0]?.message ?? say(L.failed))
      else toast.success(body.message ?? '')
      router.refresh()
    } catch {
      toast.error(say(L.failed))
    } finally {
      setBusy(false)
    }
  }

  const noteId = `nspm-proposal-note-${proposalId}`
  return (
    <div className="nspm-proposal__decision">
      <label htmlFor={noteId}>{say(L.note)}</label>
      <textarea id={noteId} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      <div className="nspm-proposal__buttons">
        <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void decide('accept')}>
          {say(L.accept)}
        </Button>
        <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => void decide('reject')}>
          {say(L.reject)}
        </Button>
      </div>
    </div>
  )
}
