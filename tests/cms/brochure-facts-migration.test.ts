import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { manualSteps, networks, organisations, supportLine } from '../../seed/data'
import { printed, runCli } from '../helpers/run-cli'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

const MIGRATION = '20261207_130100_brochure_facts'
const NMT_EN = 'National Task Force against Prostitution and Human Trafficking'
const OLD_NMT_EN = 'National Methods Support Team'
/** The first seed's words for the police number: "only when the line is closed". */
const OLD_POLICE = {
  sv: 'Vid brådskande ärenden när stödtelefonen är stängd och det inte är akut fara.',
  en: 'In urgent cases when the support line is closed and there is no immediate danger.',
}
const EDITED_WHEN_CLOSED = 'Redaktionens egen text: ring stödtelefonen nästa vardag.'
const EDITED_DESCRIPTION = 'An editor rewrote this description.'

const police = supportLine.emergencyNumbers.find((entry) => entry.kind === 'police')!
const english = (slug: string) => organisations.find((org) => org.slug === slug)!.description.en

/** Sets a text column back in the published rows and in every version, as a database seeded before issue 15 has it. */
async function setText(db: pg.Client, tables: [string, string][], from: string, to: string): Promise<void> {
  for (const [table, column] of tables)
    await db.query(`UPDATE ${db.escapeIdentifier(table)} SET ${db.escapeIdentifier(column)} = $2 WHERE ${db.escapeIdentifier(column)} = $1`, [from, to])
}
const ORG_DESCRIPTION: [string, string][] = [
  ['organisations_locales', 'description'],
  ['_organisations_v_locales', 'version_description'],
]

/** Rewinds a seeded database to what the first seed wrote, plus two texts an editor changed since. */
async function rewindToOldSeed(db: pg.Client): Promise<void> {
  const { rows } = await db.query<{ id: number; slug: string }>("SELECT id, slug FROM organisations WHERE slug IN ('jamstalldhetsmyndigheten', 'nspm')")
  const agency = rows.find((row) => row.slug === 'jamstalldhetsmyndigheten')!.id
  const nspm = rows.find((row) => row.slug === 'nspm')!.id
  await db.query('UPDATE networks SET coordinated_by_id = $1 WHERE coordinated_by_id = $2', [agency, nspm])
  await db.query('UPDATE _networks_v SET version_coordinated_by_id = $1 WHERE version_coordinated_by_id = $2', [agency, nspm])
  await db.query('DELETE FROM _organisations_v WHERE parent_id = $1', [nspm])
  await db.query('DELETE FROM organisations WHERE id = $1', [nspm])
  await db.query("UPDATE organisations SET type = 'coordinating-agency', location = NULL WHERE id = $1", [agency])
  await db.query("UPDATE _organisations_v SET version_type = 'coordinating-agency', version_location = NULL WHERE parent_id = $1", [agency])
  await setText(db, ORG_DESCRIPTION, english('migrationsverket'), english('migrationsverket').replace(NMT_EN, OLD_NMT_EN))
  await setText(
    db,
    [
      ['networks_locales', 'name'],
      ['_networks_v_locales', 'version_name'],
    ],
    NMT_EN,
    OLD_NMT_EN,
  )
  for (const locale of ['sv', 'en'] as const) {
    await setText(
      db,
      [
        ['support_line_emergency_numbers_locales', 'when_to_call'],
        ['_support_line_v_version_emergency_numbers_locales', 'when_to_call'],
      ],
      police.whenToCall[locale],
      OLD_POLICE[locale],
    )
  }
  await db.query("UPDATE programmes_funding SET share = 'full'")
  await db.query("UPDATE _programmes_v_version_funding SET share = 'full'")
  for (const table of ['manual_steps_residence_permits', '_manual_steps_v_version_residence_permits']) await db.query(`DELETE FROM ${table}`)
  await db.query("DELETE FROM manual_steps_rels WHERE path LIKE 'residencePermits.%'")
  await db.query("DELETE FROM _manual_steps_v_rels WHERE path LIKE 'version.residencePermits.%'")
  // The first seed's responsible organisations: without the police and the prosecutor in step 3, the Migration Agency in step 5.
  for (const [number, added] of [
    [3, ['polismyndigheten', 'aklagarmyndigheten']],
    [5, ['migrationsverket']],
  ] as const) {
    const params = [number, [...added]]
    await db.query(
      "DELETE FROM manual_steps_rels r USING manual_steps s, organisations o WHERE r.parent_id = s.id AND s.number = $1 AND r.path = 'responsibleOrganisations' AND o.id = r.organisations_id AND o.slug = ANY($2)",
      params,
    )
    await db.query(
      "DELETE FROM _manual_steps_v_rels r USING _manual_steps_v v, organisations o WHERE r.parent_id = v.id AND v.version_number = $1 AND r.path = 'version.responsibleOrganisations' AND o.id = r.organisations_id AND o.slug = ANY($2)",
      params,
    )
  }
  await db.query('UPDATE manual_steps SET manual_id = NULL')
  await db.query('UPDATE _manual_steps_v SET version_manual_id = NULL')
  // An editor's own changes: these must survive the correction.
  await setText(
    db,
    [
      ['support_line_locales', 'when_closed'],
      ['_support_line_v_locales', 'version_when_closed'],
    ],
    supportLine.whenClosed.sv,
    EDITED_WHEN_CLOSED,
  )
  await setText(db, ORG_DESCRIPTION, english('tullverket'), EDITED_DESCRIPTION)
}

const one = async <T extends pg.QueryResultRow>(db: pg.Client, sql: string, params: unknown[] = []): Promise<T> => (await db.query<T>(sql, params)).rows[0]!
const localeText = (db: pg.Client, sql: string, params: unknown[]) => one<{ value: string | null }>(db, sql, params).then((row) => row?.value ?? null)

describe('the brochure facts migration on a database seeded before it', () => {
  let databaseUrl: string
  const env = () => ({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: inject('payloadSecret'), ADMIN_EMAIL: 'facts-test@test.nspm.localhost', ADMIN_PASSWORD: 'a-long-test-password' })

  beforeAll(async () => {
    databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_factsmig')
    const seeded = await runCli('seed/cli.ts', env())
    if (seeded.code !== 0) throw new Error(printed(seeded))
    await withClient(databaseUrl, async (db) => {
      await rewindToOldSeed(db)
      await db.query('DELETE FROM payload_migrations WHERE name = $1', [MIGRATION])
    })
    const migrated = await runCli('runtime/migrate.ts', env())
    if (migrated.code !== 0 || /✖/.test(migrated.stderr)) throw new Error(printed(migrated))
  }, 300_000)
  afterAll(async () => {
    await dropDatabase(inject('serverUrl'), databaseUrl)
  })

  it('has run the data migration again', async () => {
    await withClient(databaseUrl, async (db) => {
      expect((await db.query('SELECT 1 FROM payload_migrations WHERE name = $1', [MIGRATION])).rowCount).toBe(1)
    })
  })

  it('makes the urgent numbers always applicable and keeps the editor\'s own "when closed" text', async () => {
    await withClient(databaseUrl, async (db) => {
      for (const locale of ['sv', 'en']) {
        const sql = `SELECT l.when_to_call AS value FROM support_line_emergency_numbers n JOIN support_line_emergency_numbers_locales l ON l._parent_id = n.id
          WHERE n.kind = 'police' AND l._locale = $1`
        expect(await localeText(db, sql, [locale])).toBe(police.whenToCall[locale as 'sv' | 'en'])
      }
      const { rows } = await db.query<{ applies_when: string }>('SELECT applies_when FROM support_line_emergency_numbers ORDER BY _order')
      expect(rows.map((row) => row.applies_when)).toEqual(['always', 'always', 'always'])
      expect(await localeText(db, "SELECT when_closed AS value FROM support_line_locales WHERE _locale = 'sv'", [])).toBe(EDITED_WHEN_CLOSED)
      expect(await localeText(db, "SELECT when_closed AS value FROM support_line_locales WHERE _locale = 'en'", [])).toBe(supportLine.whenClosed.en)
      // A new version in the history, published and latest, with the corrected number.
      const latest = await one<{ status: string }>(db, 'SELECT version__status AS status FROM _support_line_v WHERE latest ORDER BY id DESC LIMIT 1')
      expect(latest.status).toBe('published')
      const versioned = await localeText(
        db,
        `SELECT l.when_to_call AS value FROM _support_line_v v JOIN _support_line_v_version_emergency_numbers n ON n._parent_id = v.id
          JOIN _support_line_v_version_emergency_numbers_locales l ON l._parent_id = n.id WHERE v.latest AND n.kind = 'police' AND l._locale = 'sv'`,
        [],
      )
      expect(versioned).toBe(police.whenToCall.sv)
    })
  })

  it('renames NMT in English where the seeded text was untouched, and keeps an edited description', async () => {
    await withClient(databaseUrl, async (db) => {
      const description = (slug: string) =>
        localeText(db, "SELECT l.description AS value FROM organisations o JOIN organisations_locales l ON l._parent_id = o.id WHERE o.slug = $1 AND l._locale = 'en'", [slug])
      expect(await description('migrationsverket')).toBe(english('migrationsverket'))
      expect(await description('tullverket')).toBe(EDITED_DESCRIPTION)
      const nmt = networks.find((network) => network.slug === 'nationellt-metodstodsteam')!
      expect(await localeText(db, "SELECT l.name AS value FROM networks n JOIN networks_locales l ON l._parent_id = n.id WHERE n.slug = $1 AND l._locale = 'en'", [nmt.slug])).toBe(
        NMT_EN,
      )
    })
  })

  it("creates NSPM under the agency in Göteborg, and makes it NMT's coordinator", async () => {
    await withClient(databaseUrl, async (db) => {
      const nspm = await one<{ id: number; type: string; location: string; parent: string; status: string }>(
        db,
        "SELECT o.id, o.type, o.location, p.slug AS parent, o._status AS status FROM organisations o JOIN organisations p ON p.id = o.part_of_id WHERE o.slug = 'nspm'",
      )
      expect(nspm).toMatchObject({ type: 'coordinating-agency', location: 'Göteborg', parent: 'jamstalldhetsmyndigheten', status: 'published' })
      expect(await one(db, "SELECT type, location FROM organisations WHERE slug = 'jamstalldhetsmyndigheten'")).toEqual({ type: 'government-agency', location: 'Göteborg' })
      expect((await one<{ id: number }>(db, "SELECT coordinated_by_id AS id FROM networks WHERE slug = 'nationellt-metodstodsteam'")).id).toBe(nspm.id)
    })
  })

  it('makes the agency a contributor to NSP and the full funder of ÅMP', async () => {
    await withClient(databaseUrl, async (db) => {
      const { rows } = await db.query<{ slug: string; share: string; funder: string }>(
        'SELECT p.slug, f.share, o.slug AS funder FROM programmes p JOIN programmes_funding f ON f._parent_id = p.id JOIN organisations o ON o.id = f.organisation_id ORDER BY p.slug',
      )
      expect(rows).toEqual([
        { slug: 'amp', share: 'full', funder: 'jamstalldhetsmyndigheten' },
        { slug: 'nsp', share: 'contribution', funder: 'jamstalldhetsmyndigheten' },
      ])
    })
  })

  it('links the manual and the reflection period rules to the steps, with police and prosecution as applicants', async () => {
    await withClient(databaseUrl, async (db) => {
      const { rows: linked } = await db.query<{ slug: string | null }>('SELECT p.slug FROM manual_steps s LEFT JOIN publications p ON p.id = s.manual_id ORDER BY s.number')
      expect(linked.map((row) => row.slug)).toEqual(Array(6).fill('manual-vid-misstanke-om-manniskohandel'))
      const { rows: rules } = await db.query<{ number: string; permit: string; applicant: string; days: string | null; applies_to: string }>(
        `SELECT s.number::text, r.permit, r.applicant, r.duration_days::text AS days, l.applies_to FROM manual_steps s
          JOIN manual_steps_residence_permits r ON r._parent_id = s.id JOIN manual_steps_residence_permits_locales l ON l._parent_id = r.id AND l._locale = 'en'
          ORDER BY s.number, r._order`,
      )
      const expected = manualSteps.flatMap((step) =>
        step.residencePermits.map((rule) => ({
          number: String(step.number),
          permit: rule.permit,
          applicant: rule.applicant,
          days: rule.durationDays === undefined ? null : String(rule.durationDays),
          applies_to: rule.appliesTo.en,
        })),
      )
      expect(rules).toEqual(expected)
      const { rows: applicants } = await db.query<{ slug: string }>(
        'SELECT o.slug FROM manual_steps s JOIN manual_steps_rels r ON r.parent_id = s.id JOIN organisations o ON o.id = r.organisations_id WHERE s.number = 5 AND r.path = \'residencePermits.0.applicantOrganisations\' ORDER BY r."order"',
      )
      expect(applicants.map((row) => row.slug)).toEqual(['polismyndigheten', 'aklagarmyndigheten'])
      const { rows: responsible } = await db.query<{ slug: string }>(
        'SELECT o.slug FROM manual_steps s JOIN manual_steps_rels r ON r.parent_id = s.id JOIN organisations o ON o.id = r.organisations_id WHERE s.number = 3 AND r.path = \'responsibleOrganisations\' ORDER BY r."order"',
      )
      expect(responsible.map((row) => row.slug)).toEqual(manualSteps.find((step) => step.number === 3)!.responsible)
      const { rows: step5 } = await db.query<{ slug: string }>(
        'SELECT o.slug FROM manual_steps s JOIN manual_steps_rels r ON r.parent_id = s.id JOIN organisations o ON o.id = r.organisations_id WHERE s.number = 5 AND r.path = \'responsibleOrganisations\' ORDER BY r."order"',
      )
      expect(step5.map((row) => row.slug)).toEqual(manualSteps.find((step) => step.number === 5)!.responsible)
    })
  })
})
