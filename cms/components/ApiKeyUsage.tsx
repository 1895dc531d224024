'use client'
import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useState } from 'react'
import { USAGE_DAYS_SHOWN } from '../../contracts/api-keys'
import type { KeyUsage } from '../db/api-keys'
import { adminLanguage, t } from '../fields/i18n'

const L = {
  title: t('Användning', 'Usage'),
  intro: t(
    `Anrop med nyckeln per dag (UTC) de senaste ${USAGE_DAYS_SHOWN} dagarna, svar ur cachen medräknade. API:t skriver siffrorna med några sekunders fördröjning.`,
    `Requests with the key per day (UTC) over the last ${USAGE_DAYS_SHOWN} days, answers from the cache included. The API writes the figures a few seconds behind.`,
  ),
  lastUsed: t('Senast använd', 'Last used'),
  never: t('Aldrig använd', 'Never used'),
  total: t(`Totalt ${USAGE_DAYS_SHOWN} dagar`, `Total, ${USAGE_DAYS_SHOWN} days`),
  day: t('Dag (UTC)', 'Day (UTC)'),
  requests: t('Anrop', 'Requests'),
  limited: t('Över kvoten (429)', 'Over the quota (429)'),
  refused: t('Nekade efter återkallelse', 'Refused after revocation'),
  none: t('Inga anrop de senaste dagarna.', 'No requests in these days.'),
  refresh: t('Uppdatera', 'Refresh'),
}

type Answer = Omit<KeyUsage, 'lastUsedAt'> & { lastUsedAt: string | null }

/** The key's requests per day and when it was last used, under its fields (a UI field). */
export const ApiKeyUsage: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { say, dateTime } = adminLanguage(i18n.language)
  const [usage, setUsage] = useState<Answer | null>(null)

  const load = useCallback(async () => {
    const response = await fetch(`${config.routes.api}/api-keys/${id}/usage`, { credentials: 'include', headers: { 'Accept-Language': i18n.language } }).catch(() => null)
    if (response?.ok) setUsage((await response.json()) as Answer)
  }, [config.routes.api, id, i18n.language])

  useEffect(() => {
    if (id) void load()
  }, [id, load])

  if (!id) return null
  const sum = (pick: (day: Answer['days'][number]) => number) => usage?.days.reduce((total, day) => total + pick(day), 0) ?? 0
  return (
    <section className="nspm-usage field-type" aria-labelledby="nspm-usage-title">
      <h3 id="nspm-usage-title">{say(L.title)}</h3>
      <p className="field-description">{say(L.intro)}</p>
      {usage ? (
        <p className="nspm-usage__last" data-testid="api-key-last-used">
          {say(L.lastUsed)}: {usage.lastUsedAt ? dateTime.format(new Date(usage.lastUsedAt)) : say(L.never)}
        </p>
      ) : null}
      <Button buttonStyle="secondary" size="small" onClick={() => void load()}>
        {say(L.refresh)}
      </Button>
      {usage && usage.days.length === 0 ? <p>{say(L.none)}</p> : null}
      {usage && usage.days.length > 0 ? (
        <table className="nspm-deliveries__table nspm-usage__table">
          <thead>
            <tr>
              <th>{say(L.day)}</th>
              <th>{say(L.requests)}</th>
              <th>{say(L.limited)}</th>
              <th>{say(L.refused)}</th>
            </tr>
          </thead>
          <tbody>
            {usage.days.map((day) => (
              <tr key={day.day}>
                <td>{day.day}</td>
                <td>{day.requests}</td>
                <td>{day.limited}</td>
                <td>{day.refused}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{say(L.total)}</th>
              <th>{sum((day) => day.requests)}</th>
              <th>{sum((day) => day.limited)}</th>
              <th>{sum((day) => day.refused)}</th>
            </tr>
          </tfoot>
        </table>
      ) : null}
    </section>
  )
}
