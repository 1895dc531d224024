import { t, type Bilingual } from '../bilingual'

/**
 * A deliberately plain email rule, shared by the CMS and the public API's intake: one @, at most 64 characters
 * before it, a domain with a dot and a top-level part of two or more characters, no spaces, at most 254 characters
 * (RFC 5321's path limit). Sending the email is the real check; this catches typing mistakes. Shared.
 */
export type EmailProblem = 'length' | 'spaces' | 'at' | 'characters' | 'domain'

// Characters that need quoting in an address, which nobody types into a contact field.
const SPECIAL = /["(),:;<>[\]\\]/
// Whitespace and control characters (PostgreSQL refuses NUL in text anyway).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/
const DOMAIN = /^[^.]+(\.[^.]+)*\.[^.]{2,}$/

export function emailProblem(value: string): EmailProblem | null {
  if (value.length > 254) return 'length'
  if (SPACE_OR_CONTROL.test(value)) return 'spaces'
  const parts = value.split('@')
  if (parts.length !== 2 || !parts[0] || parts[0].length > 64) return 'at'
  if (SPECIAL.test(value)) return 'characters'
  return DOMAIN.test(parts[1] ?? '') ? null : 'domain'
}

export const isEmailAddress = (value: string): boolean => emailProblem(value) === null

/** The problems of an email address in both languages. Also the API's forms' words. */
export const EMAIL_MESSAGES: Record<EmailProblem, Bilingual> = {
  length: t('E-postadressen får vara högst 254 tecken.', 'An email address may be at most 254 characters long.'),
  spaces: t('E-postadressen får inte innehålla mellanslag.', 'An email address may not contain spaces.'),
  at: t('E-postadressen ska ha exakt ett @ med namnet före, t.ex. namn@kommun.se.', 'An email address has exactly one @ with the name before it, e.g. name@example.se.'),
  characters: t(
    'E-postadressen innehåller tecken som inte hör hemma i en adress, t.ex. komma eller parentes.',
    'The email address contains characters that do not belong in an address, such as commas or brackets.',
  ),
  domain: t('Domänen efter @ ska innehålla en punkt, t.ex. kommun.se.', 'The domain after the @ must contain a dot, e.g. example.se.'),
}
