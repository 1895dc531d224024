/**
 * A deliberately plain email rule, shared by the CMS and the public API's intake: one @, at most 64 characters
 * before it, a domain with a dot and a top-level part of two or more characters, no spaces, at most 254 characters
 * (RFC 5321's path limit). Sending the email is the real check; this catches typing mistakes. No imports: shared.
 */
export type EmailProblem = 'length' | 'spaces' | 'at' | 'characters' | 'domain'

// Characters that need quoting in an address, which nobody types into a contact field.
const SPECIAL = /["(),:;<>[\]\\]/
// Whitespace and control characters (PostgreSQL refuses NUL in text anyway).
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
