import { MikroORM, type Options } from '@mikro-orm/postgresql'
import { MIGRATION_LOCKS, withMigrationLock } from './migrations/advisory-lock'
import { API_MIGRATION_NAMES } from './migrations/names'
import { ArrayRow, LocaleRow, PayloadDocument, SelectRow } from './common/payload-entity'
import { Coordinator, CoordinatorLocale } from './modules/coordinators/coordinator.entity'
import { CoordinatorCheck } from './modules/coordinators/coordinator-check.entity'
import { ContentChange } from './modules/changes/content-change.entity'
import { CoordinatorLanguage, CoordinatorPhone, CoordinatorPhoneLocale, CoordinatorTask, CoordinatorTaskLocale } from './modules/coordinators/coordinator-parts.entity'
import { Concept, ConceptLocale, ConceptRel } from './modules/concepts/concept.entity'
import { County, CountyLocale } from './modules/geography/county.entity'
import { ManualStep, ManualStepLocale, ManualStepRel, ResidencePermitLocale, ResidencePermitRow } from './modules/manual/manual-step.entity'
import { Network, NetworkLocale, NetworkRel } from './modules/organisations/network.entity'
import { Organisation, OrganisationLocale } from './modules/organisations/organisation.entity'
import { Page, PageLink, PageLinkLocale, PageLocale } from './modules/pages/page.entity'
import { Programme, ProgrammeFundingRow, ProgrammeLocale, ProgrammeSupportItem, ProgrammeSupportItemLocale } from './modules/programmes/programme.entity'
import { MediaFile, Publication, PublicationAudience, PublicationLanguage, PublicationLocale } from './modules/publications/publication.entity'
import { Municipality } from './modules/geography/municipality.entity'
import { Region, RegionLocale } from './modules/geography/region.entity'
import { EmergencyNumberLocale, EmergencyNumberRow, OpeningHoursDay, OpeningHoursRow, SupportLineLocale, SupportLineRecord } from './modules/support-line/support-line.entity'
import { WebhookEndpoint, WebhookEndpointType } from './webhooks/endpoint.entity'
import { ApiKeyRecord } from './keys/api-key.entity'
import { RoutedEntityManager } from './replicas/routed-entity-manager'

/** Every entity the API maps onto Payload's tables; the contract test walks this list. */
const ENTITIES = [
  PayloadDocument,
  LocaleRow,
  ArrayRow,
  SelectRow,
  Region,
  RegionLocale,
  County,
  CountyLocale,
  Municipality,
  Coordinator,
  CoordinatorLocale,
  CoordinatorPhone,
  CoordinatorPhoneLocale,
  CoordinatorLanguage,
  CoordinatorTask,
  CoordinatorTaskLocale,
  CoordinatorCheck,
  SupportLineRecord,
  SupportLineLocale,
  OpeningHoursRow,
  OpeningHoursDay,
  EmergencyNumberRow,
  EmergencyNumberLocale,
  Organisation,
  OrganisationLocale,
  Network,
  NetworkLocale,
  NetworkRel,
  Programme,
  ProgrammeLocale,
  ProgrammeSupportItem,
  ProgrammeSupportItemLocale,
  ProgrammeFundingRow,
  ManualStep,
  ManualStepLocale,
  ManualStepRel,
  ResidencePermitRow,
  ResidencePermitLocale,
  Concept,
  ConceptLocale,
  ConceptRel,
  Page,
  PageLocale,
  PageLink,
  PageLinkLocale,
  Publication,
  PublicationLocale,
  PublicationAudience,
  PublicationLanguage,
  MediaFile,
  ContentChange,
  WebhookEndpoint,
  WebhookEndpointType,
  ApiKeyRecord,
]

type OrmOptions = {
  databaseUrl: string
  /** Streaming replicas (DATABASE_REPLICA_URLS): public queries may read there (replicas/replica-reads.ts). */
  replicaUrls?: readonly string[]
  poolMax?: number
  /** How long a query waits for a free pooled connection (or a new one) before failing as SERVICE_UNAVAILABLE. */
  acquireTimeoutMs?: number
  debug?: Options['debug']
  logger?: (message: string) => void
}

const DEFAULT_ACQUIRE_TIMEOUT_MS = 3_000
const API_APPLICATION_NAME = 'nspm-api'

function ormOptions({ databaseUrl, replicaUrls = [], poolMax = 10, acquireTimeoutMs = DEFAULT_ACQUIRE_TIMEOUT_MS, debug = false, logger }: OrmOptions): Options {
  return {
    clientUrl: databaseUrl,
    // Each replica gets a pool like the primary's (same size and timeouts). Nothing reads a replica unless a request
    // is switched to it (RoutedEntityManager.readFromReplica): with MikroORM's default, every em.find outside a
    // transaction would, including the outbox's, the limits' and the partner keys' reads that must see the latest
    // commit.
    replicas: replicaUrls.map((clientUrl, index) => ({ name: `replica-${index + 1}`, clientUrl })),
    preferReadReplicas: false,
    entityManager: RoutedEntityManager,
    entities: ENTITIES,
    // Decorators carry explicit types: esbuild (tsx, vitest) emits no decorator metadata.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // A full pool or an unreachable server fails a request within seconds (knex's default wait is 60 s), so
    // clients get SERVICE_UNAVAILABLE instead of piling up. Idle connections that die are dropped by knex on
    // their 'error' event and replaced on the next acquire.
    pool: { min: 0, max: poolMax, acquireTimeoutMillis: acquireTimeoutMs },
    // The name tells the database's audit trail (cms/migrations/20261207_090100_audit_triggers.ts) that a change to
    // a subscriber or an order came through the public API: the person's own form or link, or the retention job.
    driverOptions: { connection: { connectionTimeoutMillis: acquireTimeoutMs, application_name: API_APPLICATION_NAME } },
    // The API never flushes entities (a stray flush must not write), and it writes Payload's tables only where
    // the public is the author: the intake rows (newsletter subscribers, material orders) and the coordinator
    // checks' answers, each by explicit SQL in its module (README "One owner per table").
    allowGlobalContext: false,
    ensureDatabase: false,
    // The API's own tables and their migration history live in schema nspm_api; Payload owns `public`. The
    // migrator and the list of migrations are added by migrateApiSchema when one is missing.
    migrations: { tableName: MIGRATIONS_TABLE, transactional: true, allOrNothing: true, snapshot: false },
    debug,
    logger,
  }
}

export function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(options))
}

/**
 * Applies the API's own migrations (schema nspm_api). Payload's migrations must have run first. Replicas starting
 * together queue on an advisory lock, and each checks again once it holds it: the first applies, the others find
 * nothing left to do. A database that is up to date costs one query and no lock.
 */
export async function migrateApiSchema(orm: MikroORM, log?: (line: string) => void): Promise<void> {
  if (await allMigrationsApplied(orm)) return
  const databaseUrl = orm.config.get('clientUrl')
  if (!databaseUrl) throw new Error('The ORM has no clientUrl to take the migration lock with')
  await withMigrationLock(
    databaseUrl,
    MIGRATION_LOCKS.API,
    async () => {
      if (await allMigrationsApplied(orm)) return
      const { runApiMigrations } = await import('./migrations/run')
      await runApiMigrations(orm)
    },
    log,
  )
}

const MIGRATIONS_TABLE = 'nspm_api.mikro_orm_migrations'

async function allMigrationsApplied(orm: MikroORM): Promise<boolean> {
  try {
    const rows = await orm.em
      .fork()
      .execute<{ applied: string }[]>(`SELECT count(*) AS applied FROM ${MIGRATIONS_TABLE} WHERE name = ANY(?::text[])`, [`{${API_MIGRATION_NAMES.join(',')}}`])
    return Number(rows[0]?.applied) === API_MIGRATION_NAMES.length
  } catch (error) {
    // A new database has no history table yet (undefined_table): everything is to be applied.
    if ((error as { code?: string }).code === '42P01') return false
    throw error
  }
}
