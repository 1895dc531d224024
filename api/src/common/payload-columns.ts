/**
 * Column conventions of the tables Payload owns (see cms/migrations). The API maps them read-only: Payload is
 * the only writer of these tables and their schema.
 */
export const PUBLISHED = 'published'
export type PublishStatus = 'draft' | 'published'
