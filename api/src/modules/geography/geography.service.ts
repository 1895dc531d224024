import type { EntityManager } from '@mikro-orm/postgresql'
import { PUBLISHED } from '../../common/payload-columns'
import { County } from './county.entity'
import { Municipality } from './municipality.entity'
import { Region } from './region.entity'

/** Published geography, read with a constant number of statements whatever the number of rows. */
export class GeographyService {
  constructor(private readonly em: EntityManager) {}

  regions(): Promise<Region[]> {
    return this.em.find(Region, { status: PUBLISHED }, { populate: ['locales'], orderBy: { slug: 'asc' } })
  }

  regionsByIds(ids: readonly number[]): Promise<Region[]> {
    return this.em.find(Region, { id: { $in: [...ids] }, status: PUBLISHED }, { populate: ['locales'] })
  }

  regionBySlug(slug: string): Promise<Region | null> {
    return this.em.findOne(Region, { slug, status: PUBLISHED }, { populate: ['locales'] })
  }

  counties(where: { regionIds?: readonly number[]; ids?: readonly number[]; code?: string } = {}): Promise<County[]> {
    return this.em.find(
      County,
      {
        status: PUBLISHED,
        ...(where.regionIds ? { region: { $in: [...where.regionIds] } } : {}),
        ...(where.ids ? { id: { $in: [...where.ids] } } : {}),
        ...(where.code ? { code: where.code } : {}),
      },
      { populate: ['locales'], orderBy: { code: 'asc' } },
    )
  }

  async municipalitiesByCounties(countyIds: readonly number[]): Promise<Municipality[]> {
    return bySwedishName(await this.em.find(Municipality, { county: { $in: [...countyIds] }, status: PUBLISHED }))
  }

  /** All published municipalities: 290 short rows, the base of name matching and of filtered pages. */
  async allMunicipalities(): Promise<Municipality[]> {
    return bySwedishName(await this.em.find(Municipality, { status: PUBLISHED }))
  }

  municipalitiesByIds(ids: readonly number[]): Promise<Municipality[]> {
    return this.em.find(Municipality, { id: { $in: [...ids] }, status: PUBLISHED })
  }

  municipalityByCode(code: string): Promise<Municipality | null> {
    return this.em.findOne(Municipality, { code, status: PUBLISHED })
  }
}

/** Swedish alphabetical order (… Z, Å, Ä, Ö) whatever the database's collation. */
const swedish = new Intl.Collator('sv')
function bySwedishName(rows: Municipality[]): Municipality[] {
  return rows.sort((a, b) => swedish.compare(a.name, b.name))
}
