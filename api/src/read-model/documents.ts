import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql'
import type { PublicTypeName } from '../../../contracts/public-types'
import { PUBLISHED } from '../common/payload-columns'
import { Concept } from '../modules/concepts/concept.entity'
import { Coordinator } from '../modules/coordinators/coordinator.entity'
import { County } from '../modules/geography/county.entity'
import { Municipality } from '../modules/geography/municipality.entity'
import { Region } from '../modules/geography/region.entity'
import { ManualStep, MANUAL_STEP_POPULATE } from '../modules/manual/manual-step.entity'
import { Network } from '../modules/organisations/network.entity'
import { Organisation } from '../modules/organisations/organisation.entity'
import { Page, PAGE_POPULATE } from '../modules/pages/page.entity'
import { Programme, PROGRAMME_POPULATE } from '../modules/programmes/programme.entity'
import { Publication, PUBLICATION_POPULATE } from '../modules/publications/publication.entity'
import { SupportLineRecord, SUPPORT_LINE_POPULATE } from '../modules/support-line/support-line.entity'
import { COORDINATOR_POPULATE } from '../modules/coordinators/coordinator.entity'
import { loadPlain, type Plain } from './plain'

/** Each public type as the snapshot holds it: a read-only copy of the entity that maps it (plain.ts). */
export type PublicDocuments = {
  Region: Plain<Region>
  County: Plain<County>
  Municipality: Plain<Municipality>
  Coordinator: Plain<Coordinator>
  Organisation: Plain<Organisation>
  Network: Plain<Network>
  Programme: Plain<Programme>
  ManualStep: Plain<ManualStep>
  Concept: Plain<Concept>
  Page: Plain<Page>
  Publication: Plain<Publication>
  SupportLine: Plain<SupportLineRecord>
}

export type RegionDocument = PublicDocuments['Region']
export type CountyDocument = PublicDocuments['County']
export type MunicipalityDocument = PublicDocuments['Municipality']
export type CoordinatorDocument = PublicDocuments['Coordinator']
export type OrganisationDocument = PublicDocuments['Organisation']
export type NetworkDocument = PublicDocuments['Network']
export type ProgrammeDocument = PublicDocuments['Programme']
export type ManualStepDocument = PublicDocuments['ManualStep']
export type ConceptDocument = PublicDocuments['Concept']
export type PageDocument = PublicDocuments['Page']
export type PublicationDocument = PublicDocuments['Publication']

/** Every published document of each type, by id. */
export type DocumentMaps = { readonly [T in PublicTypeName]: ReadonlyMap<number, PublicDocuments[T]> }

/** `ids`: only these documents (after a change); without: all of the type. Unpublished ones are never returned. */
type Load<T> = (em: EntityManager, ids?: readonly number[]) => Promise<T[]>

const byIds = (ids?: readonly number[]) => (ids ? { id: { $in: [...ids] } } : {})

/** Published documents of `entity` (by `ids`, or all) with `populate` loaded, as plain copies. */
async function published<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  status: FilterQuery<T>,
  ids: readonly number[] | undefined,
  populate: readonly string[] = [],
): Promise<Plain<T>[]> {
  const rows = await loadPlain(em, em.getMetadata().get(entity), { ...byIds(ids), ...(status as object) }, populate)
  return rows as unknown as Plain<T>[]
}

/**
 * How each type is read: the MikroORM mapping that tests/api/entity-contract.test.ts checks against the migrated
 * database, so a column renamed by a Payload migration fails that test rather than the snapshot's load.
 */
export const LOADERS: { [T in PublicTypeName]: Load<PublicDocuments[T]> } = {
  Region: (em, ids) => published(em, Region, { status: PUBLISHED }, ids, ['locales']),
  County: (em, ids) => published(em, County, { status: PUBLISHED }, ids, ['locales']),
  Municipality: (em, ids) => published(em, Municipality, { status: PUBLISHED }, ids),
  Coordinator: (em, ids) => published(em, Coordinator, { publishStatus: PUBLISHED }, ids, COORDINATOR_POPULATE),
  Organisation: (em, ids) => published(em, Organisation, { status: PUBLISHED }, ids, ['locales']),
  Network: (em, ids) => published(em, Network, { status: PUBLISHED }, ids, ['locales', 'rels']),
  Programme: (em, ids) => published(em, Programme, { status: PUBLISHED }, ids, PROGRAMME_POPULATE),
  ManualStep: (em, ids) => published(em, ManualStep, { status: PUBLISHED }, ids, MANUAL_STEP_POPULATE),
  Concept: (em, ids) => published(em, Concept, { status: PUBLISHED }, ids, ['locales', 'rels']),
  Page: (em, ids) => published(em, Page, { status: PUBLISHED }, ids, PAGE_POPULATE),
  Publication: (em, ids) => published(em, Publication, { status: PUBLISHED }, ids, PUBLICATION_POPULATE),
  SupportLine: (em, ids) => published(em, SupportLineRecord, { status: PUBLISHED }, ids, SUPPORT_LINE_POPULATE),
}
