import type { CoordinatorDetails } from '../../../../contracts/coordinator-checks'
import { LANGUAGE_OPTIONS, PHONE_TYPES } from '../../../../contracts/select-values/contact'
import { EMAIL_MESSAGES, emailProblem } from '../../../../contracts/validation/email-address'
import { displayPhone, parsePhone, PHONE_MESSAGES } from '../../../../contracts/validation/phone-number'
import type { Locale } from '../../common/locale'
import { containsLink } from '../../common/link-free-text'
import { isPlainText } from '../../common/validation'
import { FORM_COPY } from './change.copy'

/** What the change form posts, as typed (shown again with the problems when it does not pass). */
export type ChangeForm = {
  personName: string
  email: string
  phones: { number: string; type: string; label: string }[]
  employer: string
  languages: string[]
  comment: string
}

/** Problems by field: `personName`, `email`, `employer`, `comment`, `phones`, `phones.<i>.number`, `phones.<i>.label`. */
export type FormProblems = Record<string, string>

export const LIMITS = { personName: 100, employer: 150, label: 80, comment: 2000, phones: 10 } as const

const LANGUAGES: readonly string[] = LANGUAGE_OPTIONS.map((option) => option.value)
const TYPES: readonly string[] = PHONE_TYPES

/** Reads the posted form; the phone rows come as parallel lists in the order of the rows. */
export function readChangeForm(body: URLSearchParams): ChangeForm {
  const numbers = body.getAll('phoneNumber')
  const types = body.getAll('phoneType')
  const labels = body.getAll('phoneLabel')
  return {
    personName: (body.get('personName') ?? '').trim(),
    email: (body.get('email') ?? '').trim(),
    phones: numbers
      .map((number, index) => ({ number: number.trim(), type: types[index] ?? 'office', label: (labels[index] ?? '').trim() }))
      // The empty row the form offers for a new number.
      .filter((phone) => phone.number !== '' || phone.label !== ''),
    employer: (body.get('employer') ?? '').trim(),
    languages: [...new Set(body.getAll('languages'))],
    comment: (body.get('comment') ?? '').trim(),
  }
}

/** The form as the published details prefill it (numbers shown grouped, as the API shows them: the parser reads them back). */
export const formOf = (details: CoordinatorDetails): ChangeForm => ({
  personName: details.personName ?? '',
  email: details.email ?? '',
  phones: details.phones.map((phone) => ({ number: displayPhone(phone.number), type: phone.type, label: phone.label ?? '' })),
  employer: details.employer ?? '',
  languages: details.languages,
  comment: '',
})

/**
 * Every field checked with the CMS's own rules (phone numbers, email addresses) and words, every problem named at
 * once. Free text must be plain and fit; names and labels must not carry links (they are published once accepted).
 */
export function validateChange(form: ChangeForm, locale: Locale): { details: CoordinatorDetails; comment: string | null } | { problems: FormProblems } {
  const words = FORM_COPY[locale].problems
  const problems: FormProblems = {}
  const text = (field: string, value: string, max: number, links: boolean) => {
    if (value.length > max) problems[field] = words.tooLong.replace('{max}', String(max))
    else if (!isPlainText(field === 'comment' ? value.replace(/[\r\n\t]/g, ' ') : value)) problems[field] = words.characters
    else if (!links && containsLink(value)) problems[field] = words.link
  }
  text('personName', form.personName, LIMITS.personName, false)
  text('employer', form.employer, LIMITS.employer, false)
  text('comment', form.comment, LIMITS.comment, true)
  const emailIssue = form.email ? emailProblem(form.email) : null
  if (emailIssue) problems.email = EMAIL_MESSAGES[emailIssue][locale]
  if (form.phones.length > LIMITS.phones) problems.phones = words.tooManyPhones.replace('{max}', String(LIMITS.phones))
  const phones = form.phones.slice(0, LIMITS.phones).map((phone, index) => {
    const parsed = parsePhone(phone.number)
    if (!phone.number) problems[`phones.${index}.number`] = words.numberMissing
    else if (!parsed.ok) problems[`phones.${index}.number`] = PHONE_MESSAGES[parsed.problem][locale].replace('{areaCode}', parsed.areaCode ?? '')
    text(`phones.${index}.label`, phone.label, LIMITS.label, false)
    return { number: parsed.ok ? parsed.stored : phone.number, type: TYPES.includes(phone.type) ? phone.type : 'office', label: phone.label || null }
  })
  if (Object.keys(problems).length > 0) return { problems }
  return {
    details: {
      personName: form.personName || null,
      email: form.email || null,
      phones,
      employer: form.employer || null,
      languages: form.languages.filter((code) => LANGUAGES.includes(code)),
    },
    comment: form.comment || null,
  }
}
