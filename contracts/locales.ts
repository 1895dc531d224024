/**
 * The content languages: Payload's localization (the `_locale` column and the `_locales` enum in every localized
 * table), the API's `Locale` enum and the language of an email. Swedish is authoritative; English falls back to it.
 */
export const LOCALES = ['sv', 'en'] as const
export type ContentLocale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: ContentLocale = 'sv'
