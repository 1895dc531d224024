import { localesJson } from '../../common/lean'

/**
 * Each kind's document as a JSON object shaped like its view converter's source (the converters accept an entity
 * or these records), built by correlated subqueries for the hit `h` (columns kind, id): the hits load in the
 * ranking statement itself, whatever their kinds.
 */
const ref = (column: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE json_build_object('id', ${column}) END`
const rowsJson = (table: string, parent: string, alias: string, fields: string, order: string) =>
  `(SELECT coalesce(json_agg(json_build_object(${fields}) ORDER BY ${order}), '[]') FROM ${table} ${alias} WHERE ${alias}.${parent} = d.id)`

const DOCS: Record<string, { table: string; json: string }> = {
  concept: {
    table: 'concepts',
    json: `json_build_object('id', d.id, 'slug', d.slug, 'updatedAt', d.updated_at,
      'locales', ${localesJson('concepts_locales', 'd.id', 'l', { term: 'term', definition: 'definition' })},
      'rels', ${rowsJson('concepts_rels', 'parent_id', 'r', `'path', r.path, 'concept', ${ref('r.concepts_id')}`, 'r."order", r.id')})`,
  },
  organisation: {
    table: 'organisations',
    json: `json_build_object('id', d.id, 'slug', d.slug, 'type', d.type, 'website', d.website, 'email', d.email, 'phone', d.phone, 'updatedAt', d.updated_at,
      'locales', ${localesJson('organisations_locales', 'd.id', 'l', { name: 'name', shortName: 'short_name', description: 'description' })})`,
  },
  programme: {
    table: 'programmes',
    json: `json_build_object('id', d.id, 'slug', d.slug, 'website', d.website, 'updatedAt', d.updated_at,
      'operator', ${ref('d.operator_id')}, 'funder', ${ref('d.funder_id')},
      'locales', ${localesJson('programmes_locales', 'd.id', 'l', { name: 'name', shortName: 'short_name', summary: 'summary', eligibility: 'eligibility', howToApply: 'how_to_apply' })},
      'supportOffered', ${rowsJson('programmes_support_offered', '_parent_id', 's', `'locales', ${localesJson('programmes_support_offered_locales', 's.id', 'sl', { item: 'item' })}`, 's._order')})`,
  },
  manualStep: {
    table: 'manual_steps',
    json: `json_build_object('id', d.id, 'number', d.number::text, 'updatedAt', d.updated_at,
      'locales', ${localesJson('manual_steps_locales', 'd.id', 'l', { title: 'title', summary: 'summary' })},
      'rels', ${rowsJson('manual_steps_rels', 'parent_id', 'r', `'organisation', ${ref('r.organisations_id')}`, 'r."order", r.id')})`,
  },
  page: {
    table: 'pages',
    json: `json_build_object('id', d.id, 'slug', d.slug, 'updatedAt', d.updated_at,
      'locales', ${localesJson('pages_locales', 'd.id', 'l', { title: 'title', summary: 'summary', content: 'content' })},
      'links', ${rowsJson('pages_links', '_parent_id', 'k', `'url', k.url, 'locales', ${localesJson('pages_links_locales', 'k.id', 'kl', { label: 'label' })}`, 'k._order')})`,
  },
  publication: {
    table: 'publications',
    json: `json_build_object('id', d.id, 'slug', d.slug, 'type', d.type, 'publishedOn', d.published_on, 'url', d.url, 'orderable', d.orderable,
      'articleNumber', d.article_number, 'maxQuantityPerOrder', d.max_quantity_per_order::text, 'inStock', d.in_stock, 'updatedAt', d.updated_at,
      'file', (SELECT json_build_object('url', f.url) FROM media f WHERE f.id = d.file_id),
      'locales', ${localesJson('publications_locales', 'd.id', 'l', { title: 'title', summary: 'summary' })},
      'audiences', ${rowsJson('publications_audiences', 'parent_id', 'a', `'value', a.value`, 'a."order"')},
      'languages', ${rowsJson('publications_languages', 'parent_id', 'g', `'value', g.value`, 'g."order"')})`,
  },
}

/** The hit's document as JSON (null once unpublished): one CASE branch per kind, a correlated subquery on its table. */
export const HIT_DOC = (hit: string) =>
  `CASE ${hit}.kind ${Object.entries(DOCS)
    .map(([kind, { table, json }]) => `WHEN '${kind}' THEN (SELECT ${json} FROM ${table} d WHERE d.id = ${hit}.id AND d._status = 'published')`)
    .join('\n    ')} END`
