import type { PayloadRequest } from 'payload'
import { inLanguage, type Bilingual } from '../i18n'

/** What every validator here needs from Payload's validate options. */
export type ValidateContext = { req: PayloadRequest; required?: boolean }

/** A message in the language the editor's admin (or an API caller's `Accept-Language`/`payload-lng`) uses. */
export const say = (text: Bilingual, req: PayloadRequest | undefined): string => inLanguage(text, req?.i18n?.language)

/**
 * A custom `validate` replaces Payload's own, required check included: empty values are left to this, in Payload's
 * own words (already translated), and everything else to the rule.
 */
export function validateText(rule: (value: string, req: PayloadRequest) => string | true | Promise<string | true>) {
  return (value: unknown, { req, required }: ValidateContext): string | true | Promise<string | true> => {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      return required ? req.t('validation:required') : true
    }
    if (typeof value !== 'string') return req.t('validation:invalidInput')
    return rule(value, req)
  }
}

/** A `beforeValidate`/`afterRead` field hook that maps non-empty strings and leaves everything else alone. */
export const mapString =
  (map: (value: string) => string) =>
  ({ value }: { value?: unknown }): unknown =>
    typeof value === 'string' && value.trim() !== '' ? map(value) : value
