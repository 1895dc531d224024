/** What kind of publication: the CMS's select and the API's `PublicationType`. */
export const PUBLICATION_TYPES = ['report', 'manual', 'brochure', 'information-material', 'poster'] as const
export type PublicationType = (typeof PUBLICATION_TYPES)[number]

/** Who a publication is for: the CMS's select (hasMany) and the API's `Audience`. */
export const AUDIENCES = ['professionals', 'at-risk', 'public'] as const
export type Audience = (typeof AUDIENCES)[number]

/**
 * The languages a publication can be in: the values of the CMS's select (a PostgreSQL enum) and what the API's
 * `publications(language:)` accepts. Any other value failed in PostgreSQL as an invalid enum input (22P02, a 500).
 */
export const PUBLICATION_LANGUAGES = ['sv', 'en', 'ar', 'ro', 'ru', 'th', 'uk', 'es', 'fr'] as const
export type PublicationLanguage = (typeof PUBLICATION_LANGUAGES)[number]

export const isPublicationLanguage = (value: string): value is PublicationLanguage => (PUBLICATION_LANGUAGES as readonly string[]).includes(value)
