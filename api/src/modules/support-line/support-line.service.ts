import type { ResponseCachePolicy } from '../../cache/cache-policy'
import { localized, type Locale } from '../../common/locale'
import { toPhoneNumber } from '../../common/phone'
import { openingState, type OpeningHoursRule, type OpeningState } from './opening-hours'
import type { Weekday } from '../../../../contracts/select-values/support-line'
import type { Snapshot } from '../../read-model/snapshot'
import { addDays, stockholmDate, stockholmToUtc } from './stockholm-time'
import { EmergencyNumberApplies, type SupportLineView } from './support-line.types'

/** The last opening state computed for a published support line (a snapshot's record), and the instants it holds for. */
type Held = { from: number; until: number; state: OpeningState }
const heldStates = new WeakMap<object, Held>()

/**
 * openingState walks days of rules and holidays (0.3–1.6 ms, most of an uncached coordinatorsForMunicipality).
 * Its answer stays the same until the line next opens or closes, or the local date changes (closedForHoliday):
 * one computation serves every request until then. A new snapshot brings a new record, and so a new computation.
 */
function heldOpeningState(record: object, rules: OpeningHoursRule[], closedOnPublicHolidays: boolean, at: Date): OpeningState {
  const instant = at.getTime()
  const held = heldStates.get(record)
  if (held && instant >= held.from && instant < held.until) return held.state
  const state = openingState(rules, closedOnPublicHolidays, at)
  const midnight = stockholmToUtc(addDays(stockholmDate(at), 1), 0).getTime()
  const change = (state.isOpenNow ? state.closesAt : state.nextOpensAt)?.getTime() ?? Number.POSITIVE_INFINITY
  heldStates.set(record, { from: instant, until: Math.min(midnight, change), state })
  return state
}

export class SupportLineService {
  constructor(private readonly snapshot: Snapshot) {}

  /** The published support line, evaluated at `at` (opening state is computed per request); null until published. */
  view(locale: Locale, at: Date): SupportLineView | null {
    const record = this.snapshot.supportLine
    if (!record?.phone) return null
    const rules: OpeningHoursRule[] = record.openingHours.getItems().map((row) => ({
      days: row.days.getItems().flatMap((day) => (day.value ? [day.value as Weekday] : [])),
      opens: row.opens ?? '00:00',
      closes: row.closes ?? '00:00',
    }))
    const closedOnPublicHolidays = record.closedOnPublicHolidays ?? true
    const rows = record.locales.getItems()
    const numbers = record.emergencyNumbers.getItems().map((entry) => ({
      kind: entry.kind ?? 'emergency',
      // A row saved before the field existed is an urgent number: none of them was ever meant to wait for the line.
      appliesWhen: entry.appliesWhen === 'line-closed' ? EmergencyNumberApplies.LINE_CLOSED : EmergencyNumberApplies.ALWAYS,
      label: localized(entry.locales.getItems(), locale, 'label') ?? '',
      phone: entry.number ? toPhoneNumber(entry.number) : null,
      whenToCall: localized(entry.locales.getItems(), locale, 'whenToCall'),
    }))
    return {
      name: localized(rows, locale, 'name') ?? '',
      phone: toPhoneNumber(record.phone),
      description: localized(rows, locale, 'description'),
      openingHours: rules,
      openingHoursConfirmed: record.openingHoursConfirmed ?? false,
      closedOnPublicHolidays,
      ...heldOpeningState(record, rules, closedOnPublicHolidays, at),
      whenClosed: localized(rows, locale, 'whenClosed'),
      emergencyNumbers: numbers,
      urgentNumbers: numbers.filter((entry) => entry.appliesWhen === EmergencyNumberApplies.ALWAYS),
      whenClosedNumbers: numbers.filter((entry) => entry.appliesWhen === EmergencyNumberApplies.LINE_CLOSED),
      email: record.email ?? '',
      website: record.website ?? '',
      locale,
    }
  }
}

/** "Open now" is only true until the line closes (or opens): no cache may keep an answer about now past that instant. */
export function keepUntilOpeningChanges(policy: ResponseCachePolicy, view: SupportLineView, now: Date): void {
  const changesAt = view.isOpenNow ? view.closesAt : view.nextOpensAt
  if (changesAt) policy.restrict({ maxAge: Math.max(0, Math.floor((changesAt.getTime() - now.getTime()) / 1000)) })
}
