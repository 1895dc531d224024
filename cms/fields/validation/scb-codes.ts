import { sql } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'
import { requestDb } from '../../db/requestDb'
import { t } from '../i18n'
import { say, validateText } from './validate'

/**
 * SCB's county codes (länskoder), the 21 counties since 1999 (02, 11, 15 and 16 were merged away), as in
 * seed/data/se-municipalities.csv. A municipality's four-digit code (kommunkod) starts with its county's code.
 */
const COUNTY_CODES = ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'] as const

const COUNTY = t(
  'Länskoden ska vara en av SCB:s 21 länskoder, två siffror 01–25, t.ex. 14.',
  "The county code must be one of Statistics Sweden's 21 county codes, two digits 01–25, e.g. 14.",
)
const MUNICIPALITY = t('Kommunkoden ska vara fyra siffror enligt SCB, t.ex. 1480.', "The municipality code must be Statistics Sweden's four digits, e.g. 1480.")
const PREFIX = t('Kommunkoden ska börja med länets kod {county}.', "The municipality code must start with its county's code {county}.")

export const validateCountyCode = validateText((value, req) => ((COUNTY_CODES as readonly string[]).includes(value) ? true : say(COUNTY, req)))

/** The county's code is read in the save's own transaction (a county created in the same run is visible). */
async function countyCode(county: unknown, req: PayloadRequest): Promise<string | null> {
  const id = typeof county === 'object' && county !== null && 'id' in county ? (county as { id: unknown }).id : county
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const db = await requestDb(req)
  const { rows } = await db.execute<{ code: string | null }>(sql`SELECT code FROM counties WHERE id = ${Number(id)}`)
  return rows[0]?.code ?? null
}

export const validateMunicipalityCode = (value: unknown, options: { req: PayloadRequest; required?: boolean; data: { county?: unknown } }) =>
  validateText(async (code, req) => {
    if (!/^\d{4}$/.test(code)) return say(MUNICIPALITY, req)
    const county = await countyCode(options.data.county, req)
    return county && !code.startsWith(county) ? say(PREFIX, req).replace('{county}', county) : true
  })(value, options)
