import { isEmailAddress } from '../../../contracts/validation/email-address'
import { parsePhone } from '../../../contracts/validation/phone-number'
import { parsePostcode } from '../../../contracts/validation/postcode-number'
import { BadInputError } from './errors'

export type FieldProblem = { field: string; problem: string }

/**
 * Collects every invalid field of an input, then fails once naming them all. Messages describe the rule,
 * never the value: inputs here are personal data.
 */
export class FieldErrors {
  private readonly problems: FieldProblem[] = []

  add(field: string, problem: string): void {
    this.problems.push({ field, problem })
  }

  check(ok: boolean, field: string, problem: string): void {
    if (!ok) this.add(field, problem)
  }

  throwIfAny(message = 'Some fields are invalid.'): void {
    if (this.problems.length > 0) throw new BadInputError(message, { fields: this.problems })
  }
}

// NUL and other control characters have no place in names and addresses, and PostgreSQL refuses NUL in text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/

export const isPlainText = (value: string): boolean => !CONTROL.test(value)

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase()
}

// The CMS's rules (cms/fields/validation), so that an order's details pass the admin's validation when handled.
// Deliberately plain: one @, no spaces, a dot in the domain. The confirmation email is the real check.
export function isEmail(value: string): boolean {
  return isPlainText(value) && isEmailAddress(value)
}

export const isSwedishPostcode = (value: string): boolean => isPlainText(value) && parsePostcode(value).ok

export const isPhone = (value: string): boolean => isPlainText(value) && parsePhone(value).ok

export const hasLength = (value: string, min: number, max: number): boolean => isPlainText(value) && value.trim().length >= min && value.trim().length <= max
