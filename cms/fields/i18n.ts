/** A label or description in both admin languages; Swedish is the default, English the alternative. */
export type Bilingual = { sv: string; en: string }

export const t = (sv: string, en: string): Bilingual => ({ sv, en })

/** The text in the admin user's language (`req.i18n.language`); anything but English gets Swedish, the default. */
export const inLanguage = (text: Bilingual, language: string | undefined): string => (language === 'en' ? text.en : text.sv)
