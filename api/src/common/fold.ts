/**
 * Swedish letter folding, the one definition for TypeScript and SQL: "Göteborg", "GÖTEBORG" and "goteborg" fold
 * alike. Both sides apply the same letter table and nothing else, so the database's collation cannot change the
 * result: PostgreSQL's lower() follows the collation (under C it lowers A–Z only, under sv_SE Å, Ä, Ö too), so
 * case is folded by the table, not by lower(). Letters outside the table stay as they are on both sides. The input
 * is composed first (NFC): a macOS keyboard may send "o" + U+0308 for "ö". tests/api/fold-collations.test.ts runs
 * both on a C and a Swedish database.
 */
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÈÊËÜÁÀÂÍÌÎÓÒÔÚÙÛÆØ'
const LOWER = 'abcdefghijklmnopqrstuvwxyzåäöéèêëüáàâíìîóòôúùûæø'
const FOLDED = 'abcdefghijklmnopqrstuvwxyzaaoeeeeuaaaiiiooouuuao'

/** The letter table: each letter that folds and what it folds to (both cases of a letter fold alike). */
export const FOLDED_LETTERS: ReadonlyMap<string, string> = new Map(
  [...FOLDED]
    .flatMap((folded, index): [string, string][] => [
      [UPPER[index]!, folded],
      [LOWER[index]!, folded],
    ])
    .filter(([letter, folded]) => letter !== folded),
)

const FROM = [...FOLDED_LETTERS.keys()].join('')
const TO = [...FOLDED_LETTERS.values()].join('')

/** The text with every letter of the table folded: lower case, Swedish and accented letters as their base letters. */
export function foldLetters(text: string): string {
  return [...text.normalize('NFC')].map((letter) => FOLDED_LETTERS.get(letter) ?? letter).join('')
}

/** foldLetters in SQL, for an expression (the database's encoding is UTF-8, which normalize() requires). */
export const FOLD_SQL = (expression: string): string => `translate(normalize(${expression}, NFC), '${FROM}', '${TO}')`

/** A name folded for comparison: folded letters, everything but a–z and 0–9 dropped ("Upplands-Väsby" → "upplandsvasby"). */
export function foldName(name: string): string {
  return foldLetters(name).replace(/[^a-z0-9]/g, '')
}

/** foldName in SQL, for a column; the regular expression's range is taken as code points, whatever the collation. */
export const FOLD_NAME_SQL = (column: string): string => `regexp_replace(${FOLD_SQL(column)} COLLATE "C", '[^a-z0-9]', '', 'g')`

/**
 * The letter-exact comparison: equal ignoring case, spaces and hyphens, but not Swedish letters, so "Håbo" and "Habo"
 * (two municipalities that fold alike) stay apart.
 */
export function sameLetters(a: string, b: string): boolean {
  const simplify = (name: string) =>
    name
      .normalize('NFC')
      .toLocaleLowerCase('sv')
      .replace(/[\s-]+/g, '')
  return simplify(a) === simplify(b)
}
