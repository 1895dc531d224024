import pg from 'pg'

/**
 * The synthetic enlargement, written as Payload stores a published document: the main row with `_status`
 * 'published', one `_locales` row per language (sv, en), array rows (`_order` from 1, 24-hex ids as Payload
 * generates them) with their own `_locales`, and hasMany selects (`order` from 1). No version rows (`_<slug>_v`):
 * no measured query reads them; the admin's version tab of these documents is empty.
 * One INSERT … SELECT per table keeps 500 coordinators and 2,000 publications to a second or two.
 */
const HEX_ID = `substr(md5(random()::text || clock_timestamp()::text), 1, 24)`

/** Adds `count` active coordinators spread round-robin over the published regions, each with two phones, an email, two languages and two tasks. */
export async function addCoordinators(client: pg.Client, count: number): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query(`CREATE TEMP TABLE bench_new (id integer PRIMARY KEY, n integer) ON COMMIT DROP`)
    await client.query(
      `WITH regions AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM regions WHERE _status = 'published'),
            start AS (SELECT coalesce(max(id), 0) AS last FROM coordinators),
            hosts AS (
              SELECT DISTINCT ON (c.region_id) c.region_id, m.id AS municipality_id
              FROM municipalities m JOIN counties c ON c.id = m.county_id ORDER BY c.region_id, m.code
            ),
            made AS (
              INSERT INTO coordinators (person_name, region_id, host_municipality_id, email, status, last_verified_at, _status)
              SELECT 'Bench Koordinator ' || (s.last + g), r.id, h.municipality_id, 'koordinator-' || (s.last + g) || '@bench.nspm.example',
                     'active', now(), 'published'
              FROM generate_series(1, $1::integer) g CROSS JOIN start s
              JOIN regions r ON r.k = (g - 1) % r.total
              LEFT JOIN hosts h ON h.region_id = r.id
              ORDER BY g
              RETURNING id
            )
       INSERT INTO bench_new SELECT id, row_number() OVER (ORDER BY id) FROM made`,
      [count],
    )
    await client.query(
      `INSERT INTO coordinators_locales (title, employer, alert, _locale, _parent_id)
       SELECT CASE l WHEN 'sv' THEN 'Regionkoordinator mot prostitution och människohandel ' || id ELSE 'Regional coordinator against prostitution and human trafficking ' || id END,
              CASE l WHEN 'sv' THEN 'Socialförvaltningen' ELSE 'Social services' END, NULL, l::_locales, id
       FROM bench_new CROSS JOIN (VALUES ('sv'), ('en')) AS locales(l)`,
    )
    await client.query(
      `INSERT INTO coordinators_phones (_order, _parent_id, id, number, type)
       SELECT o, id, ${HEX_ID}, CASE o WHEN 1 THEN '+4610' || lpad((1000000 + id)::text, 7, '0') ELSE '+4670' || lpad((2000000 + id)::text, 7, '0') END,
              (CASE o WHEN 1 THEN 'office' ELSE 'mobile' END)::enum_coordinators_phones_type
       FROM bench_new CROSS JOIN generate_series(1, 2) o`,
    )
    await client.query(
      `INSERT INTO coordinators_phones_locales (label, _locale, _parent_id)
       SELECT CASE l WHEN 'sv' THEN 'Vardagar 8–16' ELSE 'Weekdays 8–16' END, l::_locales, p.id
       FROM coordinators_phones p JOIN bench_new b ON b.id = p._parent_id CROSS JOIN (VALUES ('sv'), ('en')) AS locales(l) WHERE p._order = 1`,
    )
    await client.query(
      `INSERT INTO coordinators_languages ("order", parent_id, value)
       SELECT o, id, (CASE o WHEN 1 THEN 'sv' ELSE 'en' END)::enum_coordinators_languages FROM bench_new CROSS JOIN generate_series(1, 2) o`,
    )
    await client.query(`INSERT INTO coordinators_tasks (_order, _parent_id, id) SELECT o, id, ${HEX_ID} FROM bench_new CROSS JOIN generate_series(1, 2) o`)
    await client.query(
      `INSERT INTO coordinators_tasks_locales (task, _locale, _parent_id)
       SELECT CASE l WHEN 'sv' THEN 'Ge konsultativt metodstöd, uppgift ' || t._order ELSE 'Provide consultative methods support, task ' || t._order END, l::_locales, t.id
       FROM coordinators_tasks t JOIN bench_new b ON b.id = t._parent_id CROSS JOIN (VALUES ('sv'), ('en')) AS locales(l)`,
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

const TOPICS = [
  ['människohandel för sexuella ändamål', 'trafficking for sexual purposes'],
  ['prostitution och utnyttjande', 'prostitution and exploitation'],
  ['arbetskraftsexploatering', 'labour exploitation'],
  ['stöd till utsatta', 'support for victims'],
  ['samverkan mellan myndigheter', 'cooperation between agencies'],
]

/** Adds `count` published publications (reports, brochures, …) with Swedish and English title and summary. */
export async function addPublications(client: pg.Client, count: number): Promise<void> {
  const topics = `(VALUES ${TOPICS.map(([sv, en], index) => `(${index}, '${sv}', '${en}')`).join(', ')}) AS t(k, sv, en)`
  await client.query('BEGIN')
  try {
    await client.query(`CREATE TEMP TABLE bench_pub (id integer PRIMARY KEY, n integer) ON COMMIT DROP`)
    await client.query(
      `WITH start AS (SELECT coalesce(max(id), 0) AS last FROM publications),
            made AS (
              INSERT INTO publications (slug, type, published_on, url, orderable, in_stock, _status)
              SELECT 'bench-publikation-' || (s.last + g),
                     (ARRAY['report', 'manual', 'brochure', 'information-material', 'poster'])[1 + g % 5]::enum_publications_type,
                     now() - (g || ' days')::interval, 'https://example.org/bench/' || (s.last + g), false, true, 'published'
              FROM generate_series(1, $1::integer) g CROSS JOIN start s ORDER BY g
              RETURNING id
            )
       INSERT INTO bench_pub SELECT id, row_number() OVER (ORDER BY id) FROM made`,
      [count],
    )
    await client.query(
      `INSERT INTO publications_locales (title, summary, _locale, _parent_id)
       SELECT CASE l WHEN 'sv' THEN 'Rapport ' || n || ' om ' || t.sv ELSE 'Report ' || n || ' on ' || t.en END,
              CASE l WHEN 'sv' THEN 'En sammanfattning av läget inom ' || t.sv || ' i Sverige, del ' || n || '.'
                     ELSE 'A summary of ' || t.en || ' in Sweden, part ' || n || '.' END,
              l::_locales, id
       FROM bench_pub JOIN ${topics} ON t.k = n % ${TOPICS.length} CROSS JOIN (VALUES ('sv'), ('en')) AS locales(l)`,
    )
    await client.query(`INSERT INTO publications_audiences ("order", parent_id, value) SELECT 1, id, 'professionals' FROM bench_pub`)
    await client.query(`INSERT INTO publications_languages ("order", parent_id, value) SELECT 1, id, 'sv' FROM bench_pub`)
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

export async function countPublished(client: pg.Client): Promise<{ coordinators: number; publications: number; regions: number; counties: number; nord: number }> {
  const { rows } = await client.query<{ coordinators: string; publications: string; regions: string; counties: string; nord: string }>(
    `SELECT (SELECT count(*) FROM coordinators WHERE _status = 'published') AS coordinators,
            (SELECT count(*) FROM publications WHERE _status = 'published') AS publications,
            (SELECT count(*) FROM regions WHERE _status = 'published') AS regions,
            (SELECT count(*) FROM counties WHERE _status = 'published') AS counties,
            (SELECT count(*) FROM coordinators c JOIN regions r ON r.id = c.region_id WHERE c._status = 'published' AND r.slug = 'nord') AS nord`,
  )
  const row = rows[0]
  if (!row) throw new Error('Counting the published rows returned nothing')
  return { coordinators: Number(row.coordinators), publications: Number(row.publications), regions: Number(row.regions), counties: Number(row.counties), nord: Number(row.nord) }
}
