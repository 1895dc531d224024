import { foldName } from '../common/fold'
import type { CoordinatorCheck } from '../modules/coordinators/coordinator-check.entity'
import type { CoordinatorDocument, CountyDocument, DocumentMaps, MunicipalityDocument, PublicDocuments, PublicationDocument, RegionDocument } from './documents'
import { latestCheckStatus } from '../modules/coordinators/verification'

/** Swedish alphabetical order (… Z, Å, Ä, Ö) whatever the database's collation; the id decides between equal names. */
const swedish = new Intl.Collator('sv')
export function byNameThenId(a: { name: string; id: number }, b: { name: string; id: number }): number {
  return swedish.compare(a.name, b.name) || a.id - b.id
}

const bySlugThenId = (a: { slug: string; id: number }, b: { slug: string; id: number }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.id - b.id)
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

/** Newest first, undated last, then by id: the publications' page order (publications.service.ts). */
export function byPublishedOn(a: Pick<PublicationDocument, 'id' | 'publishedOn'>, b: Pick<PublicationDocument, 'id' | 'publishedOn'>): number {
  const at = a.publishedOn?.getTime() ?? null
  const bt = b.publishedOn?.getTime() ?? null
  if (at !== bt) return at === null ? 1 : bt === null ? -1 : bt - at
  return a.id - b.id
}

function groupBy<K, T>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

const sorted = <T>(map: ReadonlyMap<number, T>, order: (a: T, b: T) => number): readonly T[] => [...map.values()].sort(order)
const bySlug = <T extends { slug: string }>(rows: readonly T[]): ReadonlyMap<string, T> => new Map(rows.map((row) => [row.slug, row]))

/**
 * Every published document of every public type at one position of the change log, with the indexes the queries
 * read. Immutable: a change builds a new snapshot and swaps it in (read-model.ts), so a request that took one
 * sees one consistent state from start to end. Indexes are rebuilt whole on each change: a few milliseconds for
 * thousands of documents, and no index can drift from the documents.
 */
export class Snapshot {
  readonly regions: readonly RegionDocument[]
  readonly regionsBySlug: ReadonlyMap<string, RegionDocument>
  readonly counties: readonly CountyDocument[]
  readonly countiesByCode: ReadonlyMap<string, CountyDocument>
  readonly countiesOfRegion: ReadonlyMap<number, readonly CountyDocument[]>
  readonly municipalities: readonly MunicipalityDocument[]
  readonly municipalitiesByCode: ReadonlyMap<string, MunicipalityDocument>
  /** By foldName of the name: "Håbo" and "Habo" share a key. */
  readonly municipalitiesByFoldedName: ReadonlyMap<string, readonly MunicipalityDocument[]>
  readonly municipalitiesOfCounty: ReadonlyMap<number, readonly MunicipalityDocument[]>
  readonly coordinators: readonly CoordinatorDocument[]
  readonly coordinatorsOfRegion: ReadonlyMap<number, readonly CoordinatorDocument[]>
  readonly organisations: readonly PublicDocuments['Organisation'][]
  readonly organisationsBySlug: ReadonlyMap<string, PublicDocuments['Organisation']>
  readonly networks: readonly PublicDocuments['Network'][]
  readonly networksBySlug: ReadonlyMap<string, PublicDocuments['Network']>
  readonly programmes: readonly PublicDocuments['Programme'][]
  readonly programmesBySlug: ReadonlyMap<string, PublicDocuments['Programme']>
  readonly concepts: readonly PublicDocuments['Concept'][]
  readonly conceptsBySlug: ReadonlyMap<string, PublicDocuments['Concept']>
  readonly pages: readonly PublicDocuments['Page'][]
  readonly pagesBySlug: ReadonlyMap<string, PublicDocuments['Page']>
  readonly manualSteps: readonly PublicDocuments['ManualStep'][]
  readonly publications: readonly PublicationDocument[]
  readonly supportLine: PublicDocuments['SupportLine'] | null
  /** The status of each coordinator's newest check sent after their last verification (verification.ts). */
  readonly checkStatus: ReadonlyMap<number, string>

  constructor(
    readonly documents: DocumentMaps,
    /** Every coordinator check, newest first. */
    readonly checks: readonly CoordinatorCheck[],
    /** The last change-log id this snapshot includes. */
    readonly changeId: number,
  ) {
    this.regions = sorted(documents.Region, bySlugThenId)
    this.regionsBySlug = bySlug(this.regions)
    this.counties = sorted(documents.County, byCode)
    this.countiesByCode = new Map(this.counties.map((county) => [county.code, county]))
    this.countiesOfRegion = groupBy(this.counties, (county) => county.region.id)
    this.municipalities = sorted(documents.Municipality, byNameThenId)
    this.municipalitiesByCode = new Map(this.municipalities.map((municipality) => [municipality.code, municipality]))
    this.municipalitiesByFoldedName = groupBy(this.municipalities, (municipality) => foldName(municipality.name))
    this.municipalitiesOfCounty = groupBy(this.municipalities, (municipality) => municipality.county.id)
    this.coordinators = sorted(documents.Coordinator, (a, b) => a.id - b.id)
    this.coordinatorsOfRegion = groupBy(this.coordinators, (coordinator) => coordinator.region.id)
    this.organisations = sorted(documents.Organisation, bySlugThenId)
    this.organisationsBySlug = bySlug(this.organisations)
    this.networks = sorted(documents.Network, bySlugThenId)
    this.networksBySlug = bySlug(this.networks)
    this.programmes = sorted(documents.Programme, bySlugThenId)
    this.programmesBySlug = bySlug(this.programmes)
    this.concepts = sorted(documents.Concept, bySlugThenId)
    this.conceptsBySlug = bySlug(this.concepts)
    this.pages = sorted(documents.Page, bySlugThenId)
    this.pagesBySlug = bySlug(this.pages)
    this.manualSteps = sorted(documents.ManualStep, (a, b) => Number(a.number) - Number(b.number) || a.id - b.id)
    this.publications = sorted(documents.Publication, byPublishedOn)
    this.supportLine = [...documents.SupportLine.values()][0] ?? null
    const checksOf = groupBy(checks, (check) => check.coordinatorId)
    this.checkStatus = new Map(
      this.coordinators.flatMap((coordinator) => {
        const status = latestCheckStatus(coordinator.lastVerifiedAt ?? null, checksOf.get(coordinator.id) ?? [])
        return status === null ? [] : [[coordinator.id, status] as const]
      }),
    )
  }

  /** A published document by type and id; undefined when it is not public. */
  get<T extends keyof PublicDocuments>(type: T, id: number): PublicDocuments[T] | undefined {
    return this.documents[type].get(id)
  }

  /** The ids of `ids` that are published, in the given order, as their documents. */
  all<T extends keyof PublicDocuments>(type: T, ids: readonly number[]): PublicDocuments[T][] {
    return ids.flatMap((id) => {
      const document = this.documents[type].get(id)
      return document ? [document] : []
    })
  }
}
