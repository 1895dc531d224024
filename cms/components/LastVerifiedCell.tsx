import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { isStale, staleLabel, toDate } from '../coordinators/staleness'
import { cmsEnv } from '../env'
import { inLanguage } from '../fields/i18n'

/**
 * The coordinators list's "Last verified" cell (server component): the date, and for a record nobody confirmed
 * within CMS_VERIFY_AFTER_MONTHS (or ever) a warning marker with words, so it stands out without relying on colour.
 */
export function LastVerifiedCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const now = new Date()
  const date = toDate(cellData)
  const lang = i18n.language
  const shown = date
    ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeZone: 'Europe/Stockholm' }).format(date)
    : null
  if (!isStale(date, now, cmsEnv.verifyAfterMonths)) return <span className="nspm-verified">{shown}</span>
  return (
    <span className="nspm-verified nspm-verified--stale" data-stale="true">
      {shown ? <span className="nspm-verified__date">{shown}</span> : null}
      <span className="nspm-verified__marker">
        <span aria-hidden="true">⚠ </span>
        {inLanguage(staleLabel(date, now), lang)}
      </span>
    </span>
  )
}
