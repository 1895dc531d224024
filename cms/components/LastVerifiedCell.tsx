import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'
import { isStale, staleLabel, toDate } from '../coordinators/staleness'
import { cmsEnv } from '../env'
import { adminLanguage } from '../fields/i18n'

/**
 * The coordinators list's "Last verified" cell (server component): the date, and for a record nobody confirmed
 * within CMS_VERIFY_AFTER_MONTHS (or ever) a warning marker with words, so it stands out without relying on colour.
 */
export function LastVerifiedCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  const now = new Date()
  const date = toDate(cellData)
  const { say, date: day } = adminLanguage(i18n.language)
  const shown = date ? day.format(date) : null
  if (!isStale(date, now, cmsEnv.verifyAfterMonths)) return <span className="nspm-verified">{shown}</span>
  return (
    <span className="nspm-verified nspm-verified--stale" data-stale="true">
      {shown ? <span className="nspm-verified__date">{shown}</span> : null}
      <span className="nspm-verified__marker">
        <span aria-hidden="true">⚠ </span>
        {say(staleLabel(date, now))}
      </span>
    </span>
  )
}
