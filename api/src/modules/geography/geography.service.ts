import { z } from 'zod'
import { CursorCodec } from '../../common/cursor'
import type { Snapshot } from '../../read-model/snapshot'
import type { CountyDocument, MunicipalityDocument, RegionDocument } from '../../read-model/documents'

export { byNameThenId } from '../../read-model/snapshot'

/** Pages of municipalities are in Swedish alphabetical order: a cursor is the last name seen, and its id. */
export type MunicipalityKey = [name: string, id: number]
export const MUNICIPALITY_CURSORS = new CursorCodec<MunicipalityKey>('municipalities', z.tuple([z.string(), z.number().int().nonnegative()]))

/** Published geography, read from the request's snapshot. */
export class GeographyService {
  constructor(private readonly snapshot: Snapshot) {}

  /** By slug. */
  regions(): readonly RegionDocument[] {
    return this.snapshot.regions
  }

  region(id: number): RegionDocument | undefined {
    return this.snapshot.get('Region', id)
  }

  regionBySlug(slug: string): RegionDocument | undefined {
    return this.snapshot.regionsBySlug.get(slug)
  }

  /** By code. */
  counties(): readonly CountyDocument[] {
    return this.snapshot.counties
  }

  county(id: number): CountyDocument | undefined {
    return this.snapshot.get('County', id)
  }

  countyByCode(code: string): CountyDocument | undefined {
    return this.snapshot.countiesByCode.get(code)
  }

  countiesOfRegion(regionId: number): readonly CountyDocument[] {
    return this.snapshot.countiesOfRegion.get(regionId) ?? []
  }

  /** All published municipalities in Swedish alphabetical order: the base of name matching and of pages. */
  municipalities(): readonly MunicipalityDocument[] {
    return this.snapshot.municipalities
  }

  municipality(id: number): MunicipalityDocument | undefined {
    return this.snapshot.get('Municipality', id)
  }

  municipalityByCode(code: string): MunicipalityDocument | undefined {
    return this.snapshot.municipalitiesByCode.get(code)
  }

  /** Municipalities whose folded name (foldName in common/fold.ts) is one of `foldedNames`. */
  municipalitiesByFoldedNames(foldedNames: readonly string[]): MunicipalityDocument[] {
    return [...new Set(foldedNames)].flatMap((name) => this.snapshot.municipalitiesByFoldedName.get(name) ?? [])
  }

  /** By name. */
  municipalitiesOfCounty(countyId: number): readonly MunicipalityDocument[] {
    return this.snapshot.municipalitiesOfCounty.get(countyId) ?? []
  }
}
