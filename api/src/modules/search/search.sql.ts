import { HIT_DOC } from './search.docs'

/**
 * Full-text search over published content in one statement. Each document is the requested language with
 * Swedish as fallback, field by field, as everywhere in the API. The vector combines Swedish and English
 * stemming ("människohandeln" finds "människohandel") with a Swedish-stemmed copy folded to plain letters, so
 * "manniskohandel" finds it too. Titles weigh more (A) than bodies (B).
 */
const FOLD = (expression: string) => `translate(lower(${expression}), 'åäöéèêëüáàâíìîóòôúùûæø', 'aaoeeeeuaaaiiiooouuuao')`

/** One SELECT per kind: kind, id, title, body; `:locale` is the requested locale. */
function localizedDocs(kind: string, table: string, titleSql: string, bodySql: string): string {
  return `
    SELECT '${kind}' AS kind, d.id, ${titleSql} AS title, ${bodySql} AS body
    FROM ${table} d
    LEFT JOIN ${table}_locales req ON req._parent_id = d.id AND req._locale = :locale
    LEFT JOIN ${table}_locales sv ON sv._parent_id = d.id AND sv._locale = 'sv'
    WHERE d._status = 'published'`
}

const pick = (column: string) => `coalesce(nullif(req.${column}, ''), sv.${column})`
const joined = (...columns: string[]) => `concat_ws(' ', ${columns.map(pick).join(', ')})`
const lexicalText = (column: string) =>
  `(SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(coalesce(req.${column}, sv.${column}), 'strict $.**.text') AS t)`

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

/**
 * Knex named bindings: :locale, :words (the user's words), :prefixes (see prefixQuery), :limit.
 * Returns kind, id, rank, best first, and each hit's document as JSON (`doc`, see search.docs.ts). The vectors
 * are computed once per document (a materialized CTE), not once for the filter and again for the rank.
 */
export const SEARCH_SQL = `
  WITH docs AS (${DOCS}
  ),
  vectors AS MATERIALIZED (
    SELECT kind, id, ${VECTOR} AS vector FROM docs
  ),
  q AS (
    SELECT websearch_to_tsquery('swedish', :words) || websearch_to_tsquery('english', :words) || websearch_to_tsquery('swedish', ${FOLD(':words')})
      || CASE WHEN :prefixes = '' THEN ''::tsquery ELSE to_tsquery('simple', :prefixes) END AS query
  ),
  hits AS (
    SELECT kind, id, ts_rank_cd(vector, q.query) AS rank
    FROM vectors, q
    WHERE vector @@ q.query
    ORDER BY rank DESC, kind, id
    LIMIT :limit
  )
  SELECT h.kind, h.id, h.rank, ${HIT_DOC('h')} AS doc
  FROM hits h
  ORDER BY h.rank DESC, h.kind, h.id`
