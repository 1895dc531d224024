import { NEWSLETTER_SENDS_TABLE } from '../../../../contracts/newsletter-issues'

/**
 * The archive is the sends in state `sent` (contracts/newsletter-issues.ts), newest first on the partial index
 * `newsletter_sends_archive_idx`. Only the public parts leave the database: the issue's content per language
 * without the whole message (`html` and `text` carry the per-subscriber link placeholders, and are the bulk of
 * the row), and never `requested_by`, `recipients` or anything from the deliveries.
 */
const ARCHIVED = `state = 'sent' AND finished_at IS NOT NULL AND (rendered->'sv' IS NOT NULL OR rendered->'en' IS NOT NULL)`

/** The send's time with PostgreSQL's full microseconds: a keyset cursor rounded to milliseconds could skip a row. */
const SENT_AT_KEY = `to_char(s.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`

const ISSUE_JSON = `json_build_object(
    'id', s.issue_id, 'slug', s.slug, 'language', s.language, 'topics', s.topics, 'sentAt', ${SENT_AT_KEY},
    'texts', (SELECT coalesce(jsonb_object_agg(r.key, r.value - 'html' - 'text'), '{}') FROM jsonb_each(s.rendered) r))`

/**
 * One page and the total in one statement. Bindings: topic (or null) twice, the cursor's sent-at key (or null)
 * twice and its issue id, the number of rows (the page and one more).
 */
export const ARCHIVE_PAGE_SQL = `
  WITH matching AS (
    SELECT * FROM ${NEWSLETTER_SENDS_TABLE} WHERE ${ARCHIVED} AND (?::text IS NULL OR ?::text = ANY(topics))),
  page AS (
    SELECT * FROM matching s
    WHERE ?::timestamptz IS NULL OR (s.finished_at, s.issue_id) < (?::timestamptz, ?::int)
    ORDER BY s.finished_at DESC, s.issue_id DESC LIMIT ?)
  SELECT (SELECT count(*) FROM matching)::int AS "totalCount",
         coalesce((SELECT json_agg(${ISSUE_JSON} ORDER BY s.finished_at DESC, s.issue_id DESC) FROM page s), '[]') AS "issues"`

/** The newest sent issue with that slug (the CMS keeps slugs unique; the newest wins should two sends share one). */
export const ARCHIVE_ISSUE_SQL = `
  SELECT ${ISSUE_JSON} AS "issue" FROM ${NEWSLETTER_SENDS_TABLE} s
  WHERE ${ARCHIVED} AND s.slug = ? ORDER BY s.finished_at DESC, s.issue_id DESC LIMIT 1`
