import { HIT_DOC } from './search.docs'

/**
 * Full-text search over published content. Each document is a language's text with Swedish as fallback, field by
 * field, as everywhere in the API. The vector combines Swedish and English
 * stemming ("människohandeln" finds "människohandel") with a Swedish-stemmed copy folded to plain letters, so
 * "manniskohandel" finds it too. Titles weigh more (A) than bodies (B).
 */
const FOLD = (expression: string) => `translate(lower(${expression}), 'åäöéèêëüáàâíìîóòôúùûæø', 'aaoeeeeuaaaiiiooouuuao')`

/** One SELECT per kind: kind, id, title, body in the language `l.locale` (see DOCS_IN_EVERY_LOCALE). */
function localizedDocs(kind: string, table: string, titleSql: string, bodySql: string): string {
  return `
    SELECT '${kind}' AS kind, d.id, ${titleSql} AS title, ${bodySql} AS body
    FROM ${table} d
    LEFT JOIN ${table}_locales req ON req._parent_id = d.id AND req._locale = l.locale
    LEFT JOIN ${table}_locales sv ON sv._parent_id = d.id AND sv._locale = 'sv'
    WHERE d._status = 'published'`
}

const pick = (column: string) => `coalesce(nullif(req.${column}, ''), sv.${column})`
const joined = (...columns: string[]) => `concat_ws(' ', ${columns.map(pick).join(', ')})`
const lexicalText = (column: string) =>
  `(SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(coalesce(req.${column}, sv.${column}), 'strict $.**.text') AS t)`

/** The searchable tables; their row counts and latest `updated_at` tell whether the index is current. */
const SEARCHED_TABLES = ['concepts', 'organisations', 'programmes', 'manual_steps', 'pages', 'publications'] as const

const DOCS = [
  localizedDocs('concept', 'concepts', pick('term'), pick('definition')),
  localizedDocs('organisation', 'organisations', joined('name', 'short_name'), pick('description')),
  localizedDocs('programme', 'programmes', joined('name', 'short_name'), joined('summary', 'eligibility', 'how_to_apply')),
  localizedDocs('manualStep', 'manual_steps', pick('title'), pick('summary')),
  localizedDocs('page', 'pages', pick('title'), `concat_ws(' ', ${pick('summary')}, ${lexicalText('content')})`),
  localizedDocs('publication', 'publications', pick('title'), pick('summary')),
].join('\n    UNION ALL')

const VECTOR = `
  setweight(to_tsvector('swedish', coalesce(title, '')), 'A') || setweight(to_tsvector('swedish', coalesce(body, '')), 'B') ||
  setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B') ||
  setweight(to_tsvector('swedish', ${FOLD("coalesce(title, '')")}), 'A') || setweight(to_tsvector('swedish', ${FOLD("coalesce(body, '')")}), 'B') ||
  setweight(to_tsvector('simple', ${FOLD("coalesce(title, '')")}), 'A') || setweight(to_tsvector('simple', ${FOLD("coalesce(body, '')")}), 'B')`

const DOCS_IN_EVERY_LOCALE = `SELECT l.locale::text AS locale, docs.* FROM unnest(enum_range(NULL::_locales)) AS l (locale) CROSS JOIN LATERAL (${DOCS}) AS docs`

/**
 * What the index was built from: per searched table its row count and latest change. Payload updates a document's
 * `updated_at` on every publish (also for changes to its localized rows), and unpublishing or deleting changes
 * one of the two; draft saves go to the versions tables and do not show in search anyway.
 */
const CONTENT_FINGERPRINT = `concat_ws('|', ${SEARCHED_TABLES.map((table) => `(SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM ${table})`).join(', ')})`

/** Whether the index was built from the content as it is now (false before the first build). */
const INDEX_IS_CURRENT = `coalesce((SELECT fingerprint FROM nspm_api.search_state WHERE id = 1) = ${CONTENT_FINGERPRINT}, false)`

/**
 * Rebuilding the index, in the caller's transaction after `pg_advisory_xact_lock(SEARCH_INDEX_LOCK)`: first
 * REBUILD_CLEAR_SQL, then this, which computes every document's vectors (once per content change instead of once
 * per search: ~0.3 s for 2,000 publications) and records the fingerprint they were built from.
 */
export const REBUILD_FILL_SQL = `
  WITH added AS (
    INSERT INTO nspm_api.search_documents (locale, kind, id, vector)
    SELECT locale, kind, id, ${VECTOR} FROM (${DOCS_IN_EVERY_LOCALE}) AS docs
    RETURNING 1
  )
  INSERT INTO nspm_api.search_state (id, fingerprint, documents, refreshed_at)
  SELECT 1, ${CONTENT_FINGERPRINT}, (SELECT count(*) FROM added), now()
  ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, documents = EXCLUDED.documents, refreshed_at = EXCLUDED.refreshed_at`
export const REBUILD_CLEAR_SQL = 'DELETE FROM nspm_api.search_documents'
/** Whether the index still matches the content (read again under the lock: another process may just have rebuilt it). */
export const INDEX_CURRENT_SQL = `SELECT ${INDEX_IS_CURRENT} AS current`
/** Rebuilds serialise on this advisory lock, across every API process. */
export const SEARCH_INDEX_LOCK = 74_611_001

/**
 * Knex named bindings: :locale, :words (the user's words), :prefixes (see prefixQuery), :limit.
 * One statement: whether the index is current (`current`, the same on every row; one row with null hit columns
 * when nothing matched), and the hits from the index with each hit's document as JSON (`doc`, see search.docs.ts),
 * best first. When `current` is false the caller rebuilds the index and asks again.
 */
export const SEARCH_SQL = `
  WITH state AS (
    SELECT ${INDEX_IS_CURRENT} AS current
  ),
  q AS (
    SELECT websearch_to_tsquery('swedish', :words) || websearch_to_tsquery('english', :words) || websearch_to_tsquery('swedish', ${FOLD(':words')})
      || CASE WHEN :prefixes = '' THEN ''::tsquery ELSE to_tsquery('simple', :prefixes) END AS query
  ),
  hits AS (
    SELECT s.kind, s.id, ts_rank_cd(s.vector, q.query) AS rank
    FROM nspm_api.search_documents s, q
    WHERE s.locale = :locale AND s.vector @@ q.query
    ORDER BY rank DESC, s.kind, s.id
    LIMIT :limit
  )
  SELECT state.current, h.kind, h.id, h.rank, ${HIT_DOC('h')} AS doc
  FROM state LEFT JOIN hits h ON true
  ORDER BY h.rank DESC, h.kind, h.id`
