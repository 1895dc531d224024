import { PHONE_DISPLAY, phoneDisplayLaterals } from './phone-display-sql'

/**
 * Q1's whole response, `{"data":{"regions":[…]}}`, built by PostgreSQL in one statement with json_agg: the same
 * fields, order and Swedish texts as `regions(locale: SV)` in the API, phone numbers formatted for display and turned
 * into E.164 and tel: URIs the way api/src/common/phone.ts does. Nested subqueries are correlated; PostgreSQL runs
 * them per parent row.
 */
const PHONES = `
  SELECT coalesce(json_agg(json_build_object('display', ${PHONE_DISPLAY}, 'e164', e.e164, 'telUri', 'tel:' || coalesce(e.e164, e.digits), 'type', p.type)
                  ORDER BY p._order), '[]')
  FROM coordinators_phones p
  CROSS JOIN LATERAL (SELECT regexp_replace(p.number, '\\D', '', 'g') AS digits) d
  CROSS JOIN LATERAL (SELECT CASE WHEN btrim(p.number) LIKE '+%' THEN '+' || d.digits
                                  WHEN d.digits LIKE '00%' THEN '+' || substr(d.digits, 3)
                                  WHEN d.digits LIKE '0%' THEN '+46' || substr(d.digits, 2) END AS e164, d.digits) e
  ${phoneDisplayLaterals('p.number')}
  WHERE p._parent_id = k.id AND coalesce(p.number, '') <> ''`

const COORDINATORS = `
  SELECT coalesce(json_agg(json_build_object(
           'id', k.id::text, 'title', coalesce(nullif(kl.title, ''), ''), 'personName', k.person_name, 'employer', nullif(kl.employer, ''),
           'status', upper(replace(k.status::text, '-', '_')), 'email', k.email, 'alert', nullif(kl.alert, ''),
           'phones', (${PHONES}),
           'languages', (SELECT coalesce(json_agg(lg.value ORDER BY lg."order"), '[]') FROM coordinators_languages lg WHERE lg.parent_id = k.id AND lg.value IS NOT NULL),
           'tasks', (SELECT coalesce(json_agg(tl.task ORDER BY t._order), '[]') FROM coordinators_tasks t
                     JOIN coordinators_tasks_locales tl ON tl._parent_id = t.id AND tl._locale = 'sv' AND tl.task <> ''
                     WHERE t._parent_id = k.id)
         ) ORDER BY k.id), '[]')
  FROM coordinators k LEFT JOIN coordinators_locales kl ON kl._parent_id = k.id AND kl._locale = 'sv'
  WHERE k.region_id = r.id AND k._status = 'published'`

const COUNTIES = `
  SELECT coalesce(json_agg(json_build_object('code', c.code, 'name', coalesce(cl.name, '')) ORDER BY c.code), '[]')
  FROM counties c LEFT JOIN counties_locales cl ON cl._parent_id = c.id AND cl._locale = 'sv'
  WHERE c.region_id = r.id AND c._status = 'published'`

export const Q1_JSON_AGG_SQL = `
  SELECT json_build_object('data', json_build_object('regions', coalesce(json_agg(json_build_object(
           'id', r.id::text, 'slug', r.slug, 'name', coalesce(rl.name, ''), 'description', nullif(rl.description, ''),
           'counties', (${COUNTIES}), 'coordinators', (${COORDINATORS})
         ) ORDER BY r.slug), '[]')))::text AS body
  FROM regions r LEFT JOIN regions_locales rl ON rl._parent_id = r.id AND rl._locale = 'sv'
  WHERE r._status = 'published'`
