import type { EntityManager } from '@mikro-orm/postgresql'
import { z } from 'zod'
import { CursorCodec } from '../../common/cursor'
import { intArray, selectRows } from '../../common/lean'
import {
  COUNTIES_OF_REGION_JSON,
  COUNTY_JSON,
  MUNICIPALITY_COLUMNS,
  REGION_JSON,
  toCountyRecord,
  toMunicipalityRecord,
  toRegionRecord,
  toRegionWithCounties,
  type CountyRecord,
  type MunicipalityRecord,
  type RegionRecord,
  type RegionRow,
  type RegionWithCounties,
} from './geography.records'

/** Pages of municipalities are in Swedish alphabetical order: a cursor is the last name seen, and its id. */
export type MunicipalityKey = [name: string, id: number]
export const MUNICIPALITY_CURSORS = new CursorCodec<MunicipalityKey>('municipalities', z.tuple([z.string(), z.number().int().nonnegative()]))

/** Published geography, one lean statement per call whatever the number of rows. */
export class GeographyService {
  constructor(private readonly em: EntityManager) {}

  /** Regions by slug with their counties in the same statement, so that a region page costs one statement for both. */
  async regions(slug?: string): Promise<RegionWithCounties[]> {
    const rows = await selectRows<RegionRow>(
      this.em,
      `SELECT ${REGION_JSON('r')} AS region, ${COUNTIES_OF_REGION_JSON('r')} AS counties
       FROM regions r WHERE r._status = 'published'${slug === undefined ? '' : ' AND r.slug = ?'} ORDER BY r.slug`,
      slug === undefined ? [] : [slug],
    )
    return rows.map(toRegionWithCounties)
  }

  async regionsByIds(ids: readonly number[]): Promise<RegionRecord[]> {
    const rows = await selectRows<{ region: RegionRow['region'] }>(
      this.em,
      `SELECT ${REGION_JSON('r')} AS region FROM regions r WHERE r._status = 'published' AND r.id = ANY(?::int[])`,
      [intArray(ids)],
    )
    return rows.map((row) => toRegionRecord(row.region))
  }

  async regionBySlug(slug: string): Promise<RegionWithCounties | null> {
    return (await this.regions(slug))[0] ?? null
  }

  async counties(where: { regionIds?: readonly number[]; ids?: readonly number[]; code?: string } = {}): Promise<CountyRecord[]> {
    const conditions = [`c._status = 'published'`]
    const params: unknown[] = []
    const add = (condition: string, param: unknown) => {
      conditions.push(condition)
      params.push(param)
    }
    if (where.regionIds) add('c.region_id = ANY(?::int[])', intArray(where.regionIds))
    if (where.ids) add('c.id = ANY(?::int[])', intArray(where.ids))
    if (where.code !== undefined) add('c.code = ?', where.code)
    const rows = await selectRows<{ county: RegionRow['counties'][number] }>(
      this.em,
      `SELECT ${COUNTY_JSON('c')} AS county FROM counties c WHERE ${conditions.join(' AND ')} ORDER BY c.code`,
      params,
    )
    return rows.map((row) => toCountyRecord(row.county))
  }

  async municipalitiesByCounties(countyIds: readonly number[]): Promise<MunicipalityRecord[]> {
    return bySwedishName(await this.municipalities('m.county_id = ANY(?::int[])', [intArray(countyIds)]))
  }

  /** All published municipalities: 290 short rows, the base of name matching and of filtered pages. */
  async allMunicipalities(): Promise<MunicipalityRecord[]> {
    return bySwedishName(await this.municipalities('true', []))
  }

  municipalitiesByIds(ids: readonly number[]): Promise<MunicipalityRecord[]> {
    return this.municipalities('m.id = ANY(?::int[])', [intArray(ids)])
  }

  async municipalityByCode(code: string): Promise<MunicipalityRecord | null> {
    return (await this.municipalities('m.code = ?', [code]))[0] ?? null
  }

  private async municipalities(condition: string, params: unknown[]): Promise<MunicipalityRecord[]> {
    const rows = await selectRows<MunicipalityRecord>(
      this.em,
      `SELECT ${MUNICIPALITY_COLUMNS('m')} FROM municipalities m WHERE m._status = 'published' AND ${condition}`,
      params,
    )
    return rows.map(toMunicipalityRecord)
  }
}

/** Swedish alphabetical order (… Z, Å, Ä, Ö) whatever the database's collation; the id decides between equal names. */
const swedish = new Intl.Collator('sv')
export function byNameThenId(a: { name: string; id: number }, b: { name: string; id: number }): number {
  return swedish.compare(a.name, b.name) || a.id - b.id
}

export function bySwedishName<T extends { name: string; id: number }>(rows: T[]): T[] {
  return rows.sort(byNameThenId)
}
