/**
 * The change log's contract between the database (the triggers of migration 20261206_090000_content_changes), the
 * CMS and the public API: which Payload tables hold a public type and the actions recorded (its channel: channels.ts).
 * The migration keeps its own frozen copy of the table list (migrations never change); a test checks that every
 * table here has its trigger, so a new public type needs a migration that adds one.
 */
export const PUBLIC_TYPE_TABLES = {
  Region: 'regions',
  County: 'counties',
  Municipality: 'municipalities',
  Coordinator: 'coordinators',
  Organisation: 'organisations',
  Network: 'networks',
  Programme: 'programmes',
  ManualStep: 'manual_steps',
  Concept: 'concepts',
  Page: 'pages',
  Publication: 'publications',
  SupportLine: 'support_line',
} as const

/** A public type's GraphQL name, as the change log and the API call it. */
export type PublicTypeName = keyof typeof PUBLIC_TYPE_TABLES

export const PUBLIC_TYPE_NAMES = Object.keys(PUBLIC_TYPE_TABLES) as PublicTypeName[]

/**
 * What happened to a document as the public sees it (drafts are invisible, so saving one records nothing):
 * CREATED: it became public (first publish, or publish after an unpublish); UPDATED: it was public and still is,
 * changed; UNPUBLISHED: it was public and no longer is; DELETED: it was public and was deleted.
 */
export const CHANGE_ACTIONS = ['CREATED', 'UPDATED', 'UNPUBLISHED', 'DELETED'] as const
export type ChangeAction = (typeof CHANGE_ACTIONS)[number]

/** The table the triggers write, one row per change, `id` in commit order. */
export const CONTENT_CHANGES_TABLE = 'content_changes'
