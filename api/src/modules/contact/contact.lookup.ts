import type { EntityManager } from '@mikro-orm/postgresql'
import { selectRows } from '../../common/lean'
import { COORDINATOR_JSON, toCoordinatorRecord, type CoordinatorJson, type CoordinatorRecord } from '../coordinators/coordinator.records'
import {
  COUNTY_JSON,
  FOLDED_NAME,
  MUNICIPALITY_COLUMNS,
  REGION_JSON,
  toCountyRecord,
  toMunicipalityRecord,
  toRegionRecord,
  type CountyRecord,
  type MunicipalityRecord,
  type RegionRecord,
  type RegionRow,
} from '../geography/geography.records'
import { bySwedishName } from '../geography/geography.service'

export type MunicipalityMatch = MunicipalityRecord & { county: CountyRecord | null; region: RegionRecord | null; coordinators: CoordinatorRecord[] }

type Row = MunicipalityRecord & { county: RegionRow['counties'][number] | null; region: RegionRow['region'] | null; coordinators: CoordinatorJson[] }

/**
 * Municipalities by SCB code, or whose folded name equals `foldedName` (normaliseName in names.ts), each with its
 * published county, region and the region's published coordinators: a contact lookup in one statement.
 */
export async function municipalityMatches(em: EntityManager, by: { code: string } | { foldedName: string }): Promise<MunicipalityMatch[]> {
  const condition = 'code' in by ? 'm.code = ?' : `${FOLDED_NAME('m.name')} = ?`
  const rows = await selectRows<Row>(
    em,
    `SELECT ${MUNICIPALITY_COLUMNS('m')},
            (SELECT ${COUNTY_JSON('c')} FROM counties c WHERE c.id = m.county_id AND c._status = 'published') AS county,
            (SELECT ${REGION_JSON('r')} FROM counties c JOIN regions r ON r.id = c.region_id
             WHERE c.id = m.county_id AND c._status = 'published' AND r._status = 'published') AS region,
            (SELECT coalesce(json_agg(${COORDINATOR_JSON('k')} ORDER BY k.id), '[]') FROM counties c JOIN coordinators k ON k.region_id = c.region_id
             WHERE c.id = m.county_id AND k._status = 'published') AS coordinators
     FROM municipalities m WHERE m._status = 'published' AND ${condition}`,
    ['code' in by ? by.code : by.foldedName],
  )
  return bySwedishName(
    rows.map((row) => ({
      ...toMunicipalityRecord(row),
      county: row.county ? toCountyRecord(row.county) : null,
      region: row.region ? toRegionRecord(row.region) : null,
      coordinators: row.coordinators.map(toCoordinatorRecord),
    })),
  )
}
