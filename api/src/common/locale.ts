import { registerEnumType } from 'type-graphql'
import { LOCALES } from '../../../contracts/locales'
import { enumOf } from './select-enum'

export const Locale = enumOf(LOCALES)
export type Locale = (typeof Locale)[keyof typeof Locale]

registerEnumType(Locale, {
  name: 'Locale',
  description: 'Content language. Swedish is authoritative; English falls back to Swedish field by field.',
  valuesConfig: { SV: { description: 'Swedish (svenska)' }, EN: { description: 'English' } },
})

/** The first supported language in an Accept-Language header, honouring q-values; Swedish otherwise. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return Locale.SV
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      return { language: tag.toLowerCase().split('-')[0], quality: q ? Number(q.slice(2)) : 1 }
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
  for (const { language } of ranked) {
    if (language === 'sv') return Locale.SV
    if (language === 'en') return Locale.EN
  }
  return Locale.SV
}

type LocaleRow = { locale: string }

/**
 * One localized field with Payload's fallback: the requested language if it has a value, else Swedish.
 * `rows` are the `<table>_locales` rows of one document.
 */
export function localized<Row extends LocaleRow, Key extends keyof Row>(rows: Iterable<Row>, locale: Locale, key: Key): NonNullable<Row[Key]> | null {
  let swedish: NonNullable<Row[Key]> | null = null
  // The rows' locale is the column's text; the enum's values are that text.
  const wanted: string = locale
  const fallback: string = Locale.SV
  for (const row of rows) {
    const value = row[key]
    if (value === null || value === undefined || value === '') continue
    if (row.locale === wanted) return value
    if (row.locale === fallback) swedish = value
  }
  return swedish
}
