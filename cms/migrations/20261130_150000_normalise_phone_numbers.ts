import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { displayPhone, normalisePhone } from '../../contracts/validation/phone-number'
import { normalisePostcode } from '../../contracts/validation/postcode-number'

/**
 * Data only, no schema change: phone numbers were stored as editors wrote them ("031-365 00 00"); from now on they
 * are stored normalised (E.164, short numbers as digits) and formatted when read. Published rows, drafts and version
 * history alike, so that restoring an old version gives a valid number. Values that are not valid numbers stay as
 * they are: the admin asks for a correction the next time someone saves the document, and nothing is lost.
 */
const PHONE_COLUMNS: readonly (readonly [table: string, column: string])[] = [
  ['coordinators_phones', 'number'],
  ['_coordinators_v_version_phones', 'number'],
  ['organisations', 'phone'],
  ['_organisations_v', 'version_phone'],
  ['support_line', 'phone'],
  ['_support_line_v', 'version_phone'],
  ['support_line_emergency_numbers', 'number'],
  ['_support_line_v_version_emergency_numbers', 'number'],
  ['material_orders', 'orderer_phone'],
]

type Db = MigrateUpArgs['db']

/** Rewrites each distinct value of a column through `map`; identifiers come from the list above, never from input. */
async function rewrite(db: Db, table: string, column: string, map: (value: string) => string): Promise<void> {
  const { rows } = await db.execute<{ value: string }>(sql.raw(`SELECT DISTINCT "${column}" AS value FROM "${table}" WHERE "${column}" IS NOT NULL`))
  for (const { value } of rows) {
    const mapped = map(value)
    if (mapped !== value) await db.execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${mapped} WHERE ${sql.identifier(column)} = ${value}`)
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, column] of PHONE_COLUMNS) await rewrite(db, table, column, normalisePhone)
  await rewrite(db, 'material_orders', 'delivery_address_postcode', normalisePostcode)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [table, column] of PHONE_COLUMNS) await rewrite(db, table, column, displayPhone)
}
