import { FOLD_SQL } from '../../common/fold'
import { CONTENT_CHANGES_TABLE } from '../../../../contracts/public-types'

/**
 * Full-text search over published content. Each document is a language's text with Swedish as fallback, field by
 * field, as everywhere in the API. The vector combines Swedish and English
 * stemming ("människohandeln" finds "människohandel") with a Swedish-stemmed copy folded to plain letters, so
 * "manniskohandel" finds it too. Titles weigh more (A) than bodies (B).
 */

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
const lexicalText = (column: string) => `(SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(coalesce(req.${column}, sv.${column}), 'strict $.**.text') AS t)`

/** Kinds that are places: each lies in one police region, whose coordinators a search for the place puts first. */
const PLACE_KINDS = ['region', 'county', 'municipality'] as const

const DOCS = [
  localizedDocs('concept', 'concepts', pick('term'), pick('definition')),
  localizedDocs('organisation', 'organisations', joined('name', 'short_name'), pick('description')),
  localizedDocs('programme', 'programmes', joined('name', 'short_name'), joined('summary', 'eligibility', 'how_to_apply')),
  localizedDocs('manualStep', 'manual_steps', pick('title'), pick('summary')),
  localizedDocs('page', 'pages', pick('title'), `concat_ws(' ', ${pick('summary')}, ${lexicalText('content')})`),
  localizedDocs('publication', 'publications', pick('title'), pick('summary')),
  localizedDocs('region', 'regions', pick('name'), pick('description')),
  localizedDocs('county', 'counties', pick('name'), 'NULL'),
  // Municipality names are proper names, the same in every language: no locales table.
  `
    SELECT 'municipality' AS kind, d.id, d.name AS title, NULL AS body FROM municipalities d WHERE d._status = 'published'`,
  // A post is found by its holder's name; its title ("Regionkoordinator mot prostitution och människohandel, region
  // Nord") weighs as a body, so that the seven posts do not crowd every search for "människohandel".
  localizedDocs('coordinator', 'coordinators', 'd.person_name', joined('title', 'employer')),
].join('\n    UNION ALL')

const VECTOR = `
  setweight(to_tsvector('swedish', coalesce(title, '')), 'A') || setweight(to_tsvector('swedish', coalesce(body, '')), 'B') ||
  setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B') ||
  setweight(to_tsvector('swedish', ${FOLD_SQL("coalesce(title, '')")}), 'A') || setweight(to_tsvector('swedish', ${FOLD_SQL("coalesce(body, '')")}), 'B') ||
  setweight(to_tsvector('simple', ${FOLD_SQL("coalesce(title, '')")}), 'A') || setweight(to_tsvector('simple', ${FOLD_SQL("coalesce(body, '')")}), 'B')`

const DOCS_IN_EVERY_LOCALE = `SELECT l.locale::text AS locale, docs.* FROM unnest(enum_range(NULL::_locales)) AS l (locale) CROSS JOIN LATERAL (${DOCS}) AS docs`

/**
 * What the index was built from: the change log's head (`content_changes`, ids in commit order). Every searched
 * table is a public type whose triggers log each publish, unpublish and delete, so the index is current exactly when
 * it was built at the head: one look-up on the log's primary key per search, where comparing row counts and latest
 * changes of ten tables had cost more than the search itself. Read in the rebuild's own statement, so the head
 * and the documents come from one snapshot.
 */
const HEAD_OF_LOG = `(SELECT coalesce(max(id), 0)::text FROM ${CONTENT_CHANGES_TABLE})`

/** Whether the index was built from the content as it is now (false before the first build). */
const INDEX_IS_CURRENT = `coalesce((SELECT fingerprint FROM nspm_api.search_state WHERE id = 1) = ${HEAD_OF_LOG}, false)`

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
  SELECT 1, ${HEAD_OF_LOG}, (SELECT count(*) FROM added), now()
  ON CONFLICT (id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, documents = EXCLUDED.documents, refreshed_at = EXCLUDED.refreshed_at`
export const REBUILD_CLEAR_SQL = 'DELETE FROM nspm_api.search_documents'
/** Whether the index still matches the content (read again under the lock: another process may just have rebuilt it). */
export const INDEX_CURRENT_SQL = `SELECT ${INDEX_IS_CURRENT} AS current`
/** Rebuilds serialise on this advisory lock, across every API process. */
export const SEARCH_INDEX_LOCK = 74_611_001

const PLACES = PLACE_KINDS.map((kind) => `'${kind}'`).join(', ')

/** The police region of a place hit `m` (kind, id): primary-key look-ups for the few places a search finds. */
const PLACE_REGION = (m: string) => `CASE ${m}.kind
      WHEN 'region' THEN ${m}.id
      WHEN 'county' THEN (SELECT c.region_id FROM counties c WHERE c.id = ${m}.id)
      WHEN 'municipality' THEN (SELECT c.region_id FROM municipalities mu JOIN counties c ON c.id = mu.county_id WHERE mu.id = ${m}.id)
    END`

/**
 * `query` unless it equals one of `others` (then the empty tsquery, which `||` ignores). Most words stem alike in
 * Swedish and English, and words without å, ä or ö fold to themselves: ranking an OR of identical parts gives the
 * same rank (ts_rank_cd merges equal operands) but costs a third more per matching document.
 */
const unlessIn = (query: string, ...others: string[]) => `CASE WHEN ${query} IN (${others.join(', ')}) THEN ''::tsquery ELSE ${query} END`

/** A place's coordinator posts rank just above the place itself (and above other places it outranks). */
const CONTACTS_FIRST = 1.01

/**
 * Knex named bindings: :locale, :words (the user's words), :prefixes (see prefixQuery), :limit.
 * A place (region, county, municipality) also ranks by the words as typed, without folding, so that "Håbo" puts
 * Håbo before Habo and "Habo" the other way round; each place found brings its region's coordinator posts, ranked
 * just above it ("Kiruna": region Nord's coordinators, then the municipality).
 * One statement: whether the index is current (`current`, the same on every row; one row with null hit columns
 * when nothing matched), and the hits from the index, best first; the
 * caller takes their documents from the snapshot. When `current` is false the caller rebuilds the index and asks again.
 */
export const SEARCH_SQL = `
  WITH state AS (
    SELECT ${INDEX_IS_CURRENT} AS current
  ),
  words AS (
    SELECT websearch_to_tsquery('swedish', :words) AS sv, websearch_to_tsquery('english', :words) AS en,
      websearch_to_tsquery('swedish', ${FOLD_SQL(':words')}) AS folded,
      CASE WHEN :prefixes = '' THEN ''::tsquery ELSE to_tsquery('simple', :prefixes) END AS prefixed
  ),
  -- MATERIALIZED: computed once. The statement is prepared, and in PostgreSQL's generic plan the words are
  -- parameters, not constants folded at planning: an inlined q would parse and stem them again for every document.
  q AS MATERIALIZED (
    SELECT w.sv || ${unlessIn('w.en', 'w.sv')} || ${unlessIn('w.folded', 'w.sv', 'w.en')} || w.prefixed AS query,
      w.sv || ${unlessIn('w.en', 'w.sv')} AS typed
    FROM words w
  ),
  matched AS (
    SELECT s.kind, s.id, ts_rank_cd(s.vector, q.query) + CASE WHEN s.kind IN (${PLACES}) THEN ts_rank_cd(s.vector, q.typed) ELSE 0 END AS rank
    FROM nspm_api.search_documents s, q
    WHERE s.locale = :locale AND s.vector @@ q.query
  ),
  places AS (
    SELECT ${PLACE_REGION('m')} AS region_id, max(m.rank) AS rank
    FROM matched m WHERE m.kind IN (${PLACES})
    GROUP BY 1
  ),
  ranked AS (
    SELECT kind, id, rank FROM matched
    UNION ALL
    SELECT 'coordinator', k.id, p.rank * ${CONTACTS_FIRST}
    FROM places p JOIN coordinators k ON k.region_id = p.region_id AND k._status = 'published'
  ),
  hits AS (
    SELECT kind, id, max(rank) AS rank FROM ranked
    GROUP BY kind, id
    ORDER BY rank DESC, kind, id
    LIMIT :limit
  )
  SELECT state.current, h.kind, h.id, h.rank
  FROM state LEFT JOIN hits h ON true
  ORDER BY h.rank DESC, h.kind, h.id`
