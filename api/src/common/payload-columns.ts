/**
 * Column conventions of the tables Payload owns (see cms/migrations). Payload alone migrates them; the API maps
 * them read-only, except the intake rows and coordinator answers it writes by SQL (README "One owner per table").
 */
export const PUBLISHED = 'published'
