import { LANGUAGE_OPTIONS, PHONE_TYPE_OPTIONS, type ContactOption } from '../../contracts/select-values/contact'
import { displayPhone } from '../../contracts/validation/phone-number'
import { t, type Bilingual } from '../fields/i18n'
import type { CoordinatorDetails } from '../../contracts/coordinator-checks'

export type DetailChange = { field: keyof CoordinatorDetails; label: Bilingual; from: string; to: string }

const LABELS: Record<keyof CoordinatorDetails, Bilingual> = {
  personName: t('Namn', 'Name'),
  email: t('E-post', 'Email'),
  phones: t('Telefonnummer', 'Phone numbers'),
  employer: t('Arbetsgivare', 'Employer'),
  languages: t('Språk', 'Languages'),
}

type Say = (text: Bilingual) => string

/** A select value by its label in the editor's language; a value no longer offered as it is stored. */
const named = (options: readonly ContactOption[], value: string, say: Say): string => {
  const option = options.find((candidate) => candidate.value === value)
  return option ? say(option.label) : value
}

const phoneLine = (phone: CoordinatorDetails['phones'][number], say: Say): string =>
  `${displayPhone(phone.number)} (${named(PHONE_TYPE_OPTIONS, phone.type, say)})${phone.label ? ` ${phone.label}` : ''}`

/** One field's value as the dashboard shows it, comparable as a string ('' for nothing). */
function shown(details: Partial<CoordinatorDetails> | null | undefined, field: keyof CoordinatorDetails, say: Say): string {
  const value = details?.[field]
  if (field === 'phones') return Array.isArray(value) ? (value as CoordinatorDetails['phones']).map((phone) => phoneLine(phone, say)).join('; ') : ''
  if (field === 'languages') return Array.isArray(value) ? (value as string[]).map((code) => named(LANGUAGE_OPTIONS, code, say)).join(', ') : ''
  return typeof value === 'string' ? value.trim() : ''
}

/** Only the fields the coordinator changed: published value → proposed value, in the form's order and the editor's language. */
export function detailChanges(current: unknown, proposed: unknown, say: Say): DetailChange[] {
  const before = (current ?? {}) as Partial<CoordinatorDetails>
  const after = (proposed ?? {}) as Partial<CoordinatorDetails>
  return (Object.keys(LABELS) as (keyof CoordinatorDetails)[])
    .map((field) => ({ field, label: LABELS[field], from: shown(before, field, say), to: shown(after, field, say) }))
    .filter((change) => change.from !== change.to)
}
