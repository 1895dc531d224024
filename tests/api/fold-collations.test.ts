import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { FOLD_NAME_SQL, FOLD_SQL, FOLDED_LETTERS, foldLetters, foldName, sameLetters } from '../../api/src/common/fold'
import { municipalityRows } from '../../seed/geography'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

/**
 * The SQL folding must equal the TypeScript folding whatever the database's collation: the API folds a caller's
 * words in TypeScript and compares them with names and texts folded by PostgreSQL (municipality lookup, search).
 * Two databases on the suite's server (embedded or DATABASE_URL): one with the C collation, one Swedish (the OS's
 * sv_SE.UTF-8 when the server has it, otherwise ICU's sv-SE, which both servers CI uses provide).
 */
const names = municipalityRows().map((municipality) => municipality.name)
const table = [...FOLDED_LETTERS.keys()]
const inputs = [
  ...names,
  ...names.map((name) => name.toUpperCase()),
  // Decomposed, as macOS keyboards may send it: "o" + U+0308 for "ö", "a" + U+030A for "å".
  ...names.map((name) => name.normalize('NFD')),
  ...table,
  table.join(''),
  table.join('').normalize('NFD'),
  'Go\u0308teborg',
  'ÅRE, ÄLVDALEN, ÖREBRO, ÉPÉE, ÜBER',
  // Outside the table: left as they are on both sides (lower() would change them under sv-SE only).
  'Ñandú Łódź ΣΟΦΙΑ İstanbul',
  '',
]

type Folded = { letters: string; name: string }
const foldInSql = async (db: pg.Client, values: string[]): Promise<Folded[]> =>
  (await db.query<Folded>(`SELECT ${FOLD_SQL('v')} AS letters, ${FOLD_NAME_SQL('v')} AS name FROM unnest($1::text[]) WITH ORDINALITY AS t (v, i) ORDER BY i`, [values])).rows

/** CREATE DATABASE options of a Swedish database: the OS's locale when the server has it, ICU's otherwise. */
async function swedishLocale(serverUrl: string): Promise<string> {
  const libc = await withClient(
    serverUrl,
    async (db) => (await db.query<{ collname: string }>("SELECT collname FROM pg_collation WHERE collprovider = 'c' AND collname ~* '^sv_SE\\.utf-?8$' LIMIT 1")).rows[0],
  )
  if (libc) return `LC_COLLATE '${libc.collname}' LC_CTYPE '${libc.collname}'`
  // C.UTF-8 for the ctype: under a plain C ctype PostgreSQL 15 lowers A–Z only even in an ICU database.
  return "LOCALE_PROVIDER icu ICU_LOCALE 'sv-SE' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
}

async function createDatabase(serverUrl: string, prefix: string, options: string): Promise<string> {
  const url = await createFreshDatabase(serverUrl, prefix)
  const name = new URL(url).pathname.slice(1)
  // createFreshDatabase copies template1; these need template0 to choose their own collation.
  await withClient(serverUrl, async (db) => {
    await db.query(`DROP DATABASE ${db.escapeIdentifier(name)}`)
    await db.query(`CREATE DATABASE ${db.escapeIdentifier(name)} TEMPLATE template0 ENCODING 'UTF8' ${options}`)
  })
  return url
}

describe('Swedish letter folding on a C and a Swedish database', () => {
  const serverUrl = inject('serverUrl')
  const databases: { collation: string; url: string }[] = []

  beforeAll(async () => {
    databases.push({ collation: 'C', url: await createDatabase(serverUrl, 'nspm_fold_c', "LC_COLLATE 'C' LC_CTYPE 'C'") })
    const swedish = await swedishLocale(serverUrl)
    databases.push({ collation: swedish, url: await createDatabase(serverUrl, 'nspm_fold_sv', swedish) })
  })
  afterAll(async () => {
    for (const { url } of databases) await dropDatabase(serverUrl, url)
  })

  it('uses two databases whose lower() differs, so the test would see a collation-dependent folding', async () => {
    const lowered = await Promise.all(
      databases.map(({ url }) => withClient(url, async (db) => (await db.query<{ lowered: string }>("SELECT lower('ÅÄÖ Ñ') AS lowered")).rows[0]?.lowered)),
    )
    expect(lowered).toEqual(['ÅÄÖ Ñ', 'åäö ñ'])
  })

  it('folds all 290 municipality names, the letter table, upper case and decomposed input as TypeScript does', async () => {
    expect(names).toHaveLength(290)
    const expected = inputs.map((input) => ({ letters: foldLetters(input), name: foldName(input) }))
    for (const { collation, url } of databases) {
      const folded = await withClient(url, (db) => foldInSql(db, inputs))
      expect({ collation, folded }).toEqual({ collation, folded: expected })
    }
  })

  it('folds the table to lower-case a–z and keeps letters outside it', () => {
    expect(foldLetters('ÅÄÖ åäö ÉÜ éü ÆØ æø')).toBe('aao aao eu eu ao ao')
    expect(foldLetters('Go\u0308teborg')).toBe('goteborg')
    expect(foldLetters('Ñandú')).toBe('Ñandu')
    expect(foldName('Upplands Väsby')).toBe('upplandsvasby')
  })

  it('folds "Håbo" and "Habo" alike while the letter-exact comparison keeps them apart, in SQL as in TypeScript', async () => {
    expect(foldName('Håbo')).toBe(foldName('Habo'))
    expect(sameLetters('Håbo', 'Habo')).toBe(false)
    expect(sameLetters('HÅBO', 'Ha\u030Abo')).toBe(true)
    for (const { collation, url } of databases) {
      // The municipality lookup's condition (api/src/modules/contact/contact.lookup.ts) over the 290 names.
      const found = await withClient(url, async (db) => {
        await db.query('CREATE TEMPORARY TABLE m (name text)')
        await db.query('INSERT INTO m SELECT unnest($1::text[])', [names])
        return (await db.query<{ name: string }>(`SELECT m.name FROM m WHERE ${FOLD_NAME_SQL('m.name')} = ANY($1::text[]) ORDER BY m.name COLLATE "C"`, [[foldName('HABO')]])).rows
      })
      expect({ collation, found: found.map((row) => row.name) }).toEqual({ collation, found: ['Habo', 'Håbo'] })
    }
  })
})
