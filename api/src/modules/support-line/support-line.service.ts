import type { EntityManager } from '@mikro-orm/postgresql'
import type { ResponseCachePolicy } from '../../cache/cache-policy'
import { localized, type Locale } from '../../common/locale'
import { PUBLISHED } from '../../common/payload-columns'
import { toPhoneNumber } from '../../common/phone'
import { openingState, type OpeningHoursRule, type Weekday } from './opening-hours'
import { SupportLineRecord } from './support-line.entity'
import type { SupportLineView } from './support-line.types'

const POPULATE = ['locales', 'openingHours', 'openingHours.days', 'emergencyNumbers', 'emergencyNumbers.locales'] as const

export class SupportLineService {
  constructor(private readonly em: EntityManager) {}

  /** The published support line, evaluated at `at`; null until an editor has published it. */
  async view(locale: Locale, at: Date): Promise<SupportLineView | null> {
    const record = await this.em.findOne(SupportLineRecord, { status: PUBLISHED }, { populate: POPULATE })
    if (!record?.phone) return null
    const rules: OpeningHoursRule[] = record.openingHours.getItems().map((row) => ({
      days: row.days.getItems().flatMap((day) => (day.value ? [day.value as Weekday] : [])),
      opens: row.opens ?? '00:00',
      closes: row.closes ?? '00:00',
    }))
    const closedOnPublicHolidays = record.closedOnPublicHolidays ?? true
    const rows = record.locales.getItems()
    return {
      name: localized(rows, locale, 'name') ?? '',
      phone: toPhoneNumber(record.phone),
      description: localized(rows, locale, 'description'),
      openingHours: rules,
      closedOnPublicHolidays,
      ...openingState(rules, closedOnPublicHolidays, at),
      whenClosed: localized(rows, locale, 'whenClosed'),
      emergencyNumbers: record.emergencyNumbers.getItems().map((entry) => ({
        kind: entry.kind ?? 'emergency',
        label: localized(entry.locales.getItems(), locale, 'label') ?? '',
        phone: entry.number ? toPhoneNumber(entry.number) : null,
        whenToCall: localized(entry.locales.getItems(), locale, 'whenToCall'),
      })),
      email: record.email ?? '',
      website: record.website ?? '',
    }
  }
}

/** "Open now" is only true until the line closes (or opens): no cache may keep an answer about now past that instant. */
export function keepUntilOpeningChanges(policy: ResponseCachePolicy, view: SupportLineView, now: Date): void {
  const changesAt = view.isOpenNow ? view.closesAt : view.nextOpensAt
  if (changesAt) policy.restrict({ maxAge: Math.max(0, Math.floor((changesAt.getTime() - now.getTime()) / 1000)) })
}
