/** A label or description in both admin languages; Swedish is the default, English the alternative. */
export type Bilingual = { sv: string; en: string }

export const t = (sv: string, en: string): Bilingual => ({ sv, en })
