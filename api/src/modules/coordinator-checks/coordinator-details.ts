import type { CoordinatorDetails } from '../../../../contracts/coordinator-checks'
import { LANGUAGE_OPTIONS, PHONE_TYPE_OPTIONS, type ContactOption } from '../../../../contracts/select-values/contact'
import { localized, type Locale } from '../../common/locale'
import type { CoordinatorDocument } from '../../read-model/documents'
import { toCoordinatorView } from '../coordinators/coordinator.types'
import { CHECK_COPY } from './check.copy'

/** What a coordinator may change, as published in the check's language: the form's prefill and a proposal's `current`. */
export function detailsOf(record: CoordinatorDocument, locale: Locale): CoordinatorDetails {
  return {
    personName: record.personName ?? null,
    email: record.email ?? null,
    phones: record.phones
      .getItems()
      .filter((phone) => phone.number)
      .map((phone) => ({ number: phone.number ?? '', type: phone.type ?? 'office', label: localized(phone.locales.getItems(), locale, 'label') })),
    employer: localized(record.locales.getItems(), locale, 'employer'),
    languages: record.languages.getItems().flatMap((language) => (language.value ? [language.value] : [])),
  }
}

const optionLabel = (options: readonly ContactOption[], value: string, locale: Locale): string => options.find((option) => option.value === value)?.label[locale] ?? value

/**
 * The published details as lines ("Telefon: 031-365 00 00 (Direktnummer, Vardagar 8–16)"), numbers grouped as the
 * API shows them: the same lines in the emails and on the page behind their link.
 */
export function detailLines(record: CoordinatorDocument, locale: Locale): string[] {
  const words = CHECK_COPY[locale].fields
  // The check's own state is not part of the details it asks about.
  const view = toCoordinatorView(record, locale, null)
  const none = words.none
  const phones = view.phones.map((phone) => {
    const notes = [phone.type ? optionLabel(PHONE_TYPE_OPTIONS, phone.type, locale) : null, phone.label].filter(Boolean).join(', ')
    return `${words.phone}: ${phone.display}${notes ? ` (${notes})` : ''}`
  })
  return [
    `${words.title}: ${view.title || none}`,
    `${words.personName}: ${view.personName ?? none}`,
    ...(phones.length > 0 ? phones : [`${words.phone}: ${none}`]),
    `${words.email}: ${view.email ?? none}`,
    `${words.employer}: ${view.employer ?? none}`,
    `${words.languages}: ${view.languages.map((code) => optionLabel(LANGUAGE_OPTIONS, code, locale)).join(', ') || none}`,
  ]
}
