import type { EmailField } from 'payload'
import { t, type Bilingual } from '../i18n'
import { emailProblem, type EmailProblem } from './email-address'
import { mapString, say, validateText } from './validate'

const MESSAGES: Record<EmailProblem, Bilingual> = {
  length: t('E-postadressen får vara högst 254 tecken.', 'An email address may be at most 254 characters long.'),
  spaces: t('E-postadressen får inte innehålla mellanslag.', 'An email address may not contain spaces.'),
  at: t('E-postadressen ska ha exakt ett @ med namnet före, t.ex. namn@kommun.se.', 'An email address has exactly one @ with the name before it, e.g. name@example.se.'),
  characters: t('E-postadressen innehåller tecken som inte hör hemma i en adress, t.ex. komma eller parentes.', 'The email address contains characters that do not belong in an address, such as commas or brackets.'),
  domain: t('Domänen efter @ ska innehålla en punkt, t.ex. kommun.se.', 'The domain after the @ must contain a dot, e.g. example.se.'),
}

export const validateEmail = validateText((value, req) => {
  const problem = emailProblem(value.trim())
  return problem ? say(MESSAGES[problem], req) : true
})

/** An email field with the stricter rule and messages in the editor's language; stored trimmed. */
export const emailField = (field: Omit<EmailField, 'type' | 'validate'>): EmailField => ({
  ...field,
  type: 'email',
  validate: validateEmail,
  hooks: { ...field.hooks, beforeValidate: [mapString((value) => value.trim()), ...(field.hooks?.beforeValidate ?? [])] },
})
