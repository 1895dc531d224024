import { LANGUAGE_OPTIONS, PHONE_TYPE_OPTIONS } from '../../../../contracts/select-values/contact'
import type { Locale } from '../../common/locale'
import { escapeHtml } from '../../mail/layout'
import { form, paragraph } from '../newsletter/pages'
import type { CoordinatorDocument } from '../../read-model/documents'
import { FORM_COPY } from './change.copy'
import { LIMITS, type ChangeForm, type FormProblems } from './change.form'
import { COORDINATOR_CHECK_PATH } from './check.mail'
import { detailLines } from './coordinator-details'

export const CHANGE_PATH = `${COORDINATOR_CHECK_PATH}/change`

/** The published details and the two answers: a POST button, and a link to the change form (GET changes nothing). */
export function checkPage(record: CoordinatorDocument, token: string, locale: Locale): string {
  const copy = FORM_COPY[locale]
  const details = detailLines(record, locale)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join('')
  return (
    paragraph(copy.checkIntro) +
    `<ul>${details}</ul>` +
    form({ action: COORDINATOR_CHECK_PATH, token, locale, button: copy.correct }) +
    `<p><a href="${escapeHtml(`${CHANGE_PATH}?token=${encodeURIComponent(token)}`)}">${escapeHtml(copy.changed)}</a></p>`
  )
}

/** A labelled input (`id` unique on the page); its problem, if any, beside it and tied to it for screen readers. */
function input(name: string, id: string, label: string, value: string, problem: string | undefined, attributes = ''): string {
  const error = problem ? `<strong id="${id}-error">${escapeHtml(problem)}</strong><br>` : ''
  const described = problem ? ` aria-invalid="true" aria-describedby="${id}-error"` : ''
  return `<p><label for="${id}">${escapeHtml(label)}</label><br>${error}<input id="${id}" name="${name}" value="${escapeHtml(value)}"${attributes}${described}></p>`
}

function phoneRow(phone: ChangeForm['phones'][number], index: number, locale: Locale, problems: FormProblems, legend: string): string {
  const copy = FORM_COPY[locale]
  const options = PHONE_TYPE_OPTIONS.map(
    (option) => `<option value="${option.value}"${option.value === phone.type ? ' selected' : ''}>${escapeHtml(option.label[locale])}</option>`,
  ).join('')
  return (
    `<fieldset><legend>${escapeHtml(legend)}</legend>` +
    input('phoneNumber', `phoneNumber-${index}`, copy.phoneNumber, phone.number, problems[`phones.${index}.number`], ' type="tel" autocomplete="tel"') +
    `<p><label for="phoneType-${index}">${escapeHtml(copy.phoneType)}</label><br><select id="phoneType-${index}" name="phoneType">${options}</select></p>` +
    input('phoneLabel', `phoneLabel-${index}`, copy.phoneLabel, phone.label, problems[`phones.${index}.label`], ` maxlength="${LIMITS.label}"`) +
    '</fieldset>'
  )
}

/** The change form, prefilled with the published details or with what was posted (and its problems). */
export function changePage(values: ChangeForm, token: string, locale: Locale, problems: FormProblems = {}): string {
  const copy = FORM_COPY[locale]
  const listed = Object.values(problems)
  const summary =
    listed.length > 0
      ? `<div role="alert"><p><strong>${escapeHtml(copy.problemsTitle)}</strong></p><ul>${listed.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul></div>`
      : ''
  const phones = [...values.phones, { number: '', type: 'office', label: '' }]
    .map((phone, index) => phoneRow(phone, index, locale, problems, index < values.phones.length ? `${copy.phoneNumber} ${index + 1}` : copy.newPhone))
    .join('')
  const languages = LANGUAGE_OPTIONS.map(
    (option) =>
      `<label><input type="checkbox" name="languages" value="${option.value}"${values.languages.includes(option.value) ? ' checked' : ''}> ${escapeHtml(option.label[locale])}</label><br>`,
  ).join('')
  const fields =
    input('personName', 'personName', copy.personName, values.personName, problems.personName, ` maxlength="${LIMITS.personName}" autocomplete="name"`) +
    input('email', 'email', copy.email, values.email, problems.email, ' type="email" autocomplete="email"') +
    `<h2>${escapeHtml(copy.phones)}</h2>${problems.phones ? `<p><strong>${escapeHtml(problems.phones)}</strong></p>` : ''}<p>${escapeHtml(copy.phoneHint)}</p>${phones}` +
    input('employer', 'employer', copy.employer, values.employer, problems.employer, ` maxlength="${LIMITS.employer}"`) +
    `<fieldset><legend>${escapeHtml(copy.languages)}</legend>${languages}</fieldset>` +
    `<p><label for="comment">${escapeHtml(copy.comment)}</label><br>${problems.comment ? `<strong id="comment-error">${escapeHtml(problems.comment)}</strong><br>` : ''}` +
    `<textarea id="comment" name="comment" rows="4" cols="40" maxlength="${LIMITS.comment}"${problems.comment ? ' aria-invalid="true" aria-describedby="comment-error"' : ''}>${escapeHtml(values.comment)}</textarea></p>`
  return summary + paragraph(copy.changeIntro) + form({ action: CHANGE_PATH, token, locale, button: copy.send, fields })
}
