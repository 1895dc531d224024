import { localesJson, toDate } from '../../common/lean'

/** Plain records of published geography, read with lean SQL (see common/lean.ts). */
export type RegionRecord = {
  id: number
  slug: string
  updatedAt: Date
  locales: { locale: string; name: string | null; description: string | null }[]
}
export type CountyRecord = { id: number; code: string; regionId: number; updatedAt: Date; locales: { locale: string; name: string | null }[] }
export type MunicipalityRecord = { id: number; code: string; name: string; countyId: number; updatedAt: Date }
export type RegionWithCounties = RegionRecord & { counties: CountyRecord[] }

type Json<T> = Omit<T, 'updatedAt'> & { updatedAt: string }

export const REGION_JSON = (r: string) =>
  `json_build_object('id', ${r}.id, 'slug', ${r}.slug, 'updatedAt', ${r}.updated_at,
     'locales', ${localesJson('regions_locales', `${r}.id`, `${r}l`, { name: 'name', description: 'description' })})`

export const COUNTY_JSON = (c: string) =>
  `json_build_object('id', ${c}.id, 'code', ${c}.code, 'regionId', ${c}.region_id, 'updatedAt', ${c}.updated_at,
     'locales', ${localesJson('counties_locales', `${c}.id`, `${c}l`, { name: 'name' })})`

/** A region's published counties by code, as a JSON array. */
export const COUNTIES_OF_REGION_JSON = (r: string) =>
  `(SELECT coalesce(json_agg(${COUNTY_JSON('rc')} ORDER BY rc.code), '[]') FROM counties rc WHERE rc.region_id = ${r}.id AND rc._status = 'published')`

export const MUNICIPALITY_COLUMNS = (m: string) =>
  `${m}.id, ${m}.code, ${m}.name, ${m}.county_id AS "countyId", ${m}.updated_at AS "updatedAt"`

export const toRegionRecord = (json: Json<RegionRecord>): RegionRecord => ({ ...json, updatedAt: toDate(json.updatedAt) })
export const toCountyRecord = (json: Json<CountyRecord>): CountyRecord => ({ ...json, updatedAt: toDate(json.updatedAt) })
export const toMunicipalityRecord = (row: MunicipalityRecord): MunicipalityRecord => ({ ...row, updatedAt: toDate(row.updatedAt) })

export type RegionRow = { region: Json<RegionRecord>; counties: Json<CountyRecord>[] }
export const toRegionWithCounties = (row: RegionRow): RegionWithCounties => ({
  ...toRegionRecord(row.region),
  counties: row.counties.map(toCountyRecord),
})

/**
 * normaliseName (names.ts) in SQL, for finding candidates by index-free comparison over 290 short rows:
 * lower case, Swedish and common Latin letters with diacritics to their base letter (upper case too, as lower()
 * leaves them under a C locale), everything but a–z and 0–9 dropped. Callers confirm with normaliseName.
 */
const ACCENTED = 'ÅÄÖÉÈÊËÜÁÀÂÍÌÎÓÒÔÚÙÛÆØåäöéèêëüáàâíìîóòôúùûæø'
const BASE = 'aaoeeeeuaaaiiiooouuuaoaaoeeeeuaaaiiiooouuuao'
export const FOLDED_NAME = (column: string) => `regexp_replace(translate(lower(${column}), '${ACCENTED}', '${BASE}'), '[^a-z0-9]', '', 'g')`
