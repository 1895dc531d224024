import type { Bilingual } from '../../contracts/bilingual'

// The CMS's fields import their labels' type and maker from here; the API shares them through contracts/.
export { t, type Bilingual } from '../../contracts/bilingual'

/** The text in the admin user's language (`req.i18n.language`); anything but English gets Swedish, the default. */
export const inLanguage = (text: Bilingual, language: string | undefined): string => (language === 'en' ? text.en : text.sv)

/**
 * What the admin's own components (dashboard panels, list cells) need to speak the editor's language: texts, and
 * dates and times as Swedish offices read them (Stockholm time, `sv-SE` or `en-GB` notation).
 */
export function adminLanguage(language: string | undefined) {
  const locale = language === 'en' ? 'en-GB' : 'sv-SE'
  return {
    say: (text: Bilingual): string => inLanguage(text, language),
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeZone: 'Europe/Stockholm' }),
    dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
  }
}
