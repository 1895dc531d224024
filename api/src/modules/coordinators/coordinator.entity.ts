import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { LocaleRow } from '../../common/payload-entity'
import { Municipality } from '../geography/municipality.entity'
import { Region } from '../geography/region.entity'
import { CoordinatorLanguage, CoordinatorPhone, CoordinatorTask } from './coordinator-parts.entity'

/** `coordinators`: a regional coordinator post against prostitution and human trafficking. */
@Entity({ tableName: 'coordinators', readonly: true })
export class Coordinator {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', nullable: true })
  personName?: string | null

  @ManyToOne({ entity: () => Region, fieldName: 'region_id' })
  region!: Region

  @ManyToOne({ entity: () => Municipality, fieldName: 'host_municipality_id', nullable: true })
  hostMunicipality?: Municipality | null

  @Property({ type: 'string', nullable: true })
  email?: string | null

  /** The post's status (active, vacant, ...); Payload's draft state is `publishStatus`. */
  @Property({ type: 'string', fieldName: 'status' })
  postStatus!: string

  @Property({ type: 'Date', nullable: true })
  lastVerifiedAt?: Date | null

  @Property({ type: 'string', fieldName: '_status', nullable: true })
  publishStatus?: string | null

  @Property({ type: 'Date', fieldName: 'updated_at' })
  updatedAt!: Date

  @OneToMany({ entity: () => CoordinatorLocale, mappedBy: 'parent' })
  locales = new Collection<CoordinatorLocale>(this)

  @OneToMany({ entity: () => CoordinatorPhone, mappedBy: 'parent', orderBy: { order: 'asc' } })
  phones = new Collection<CoordinatorPhone>(this)

  @OneToMany({ entity: () => CoordinatorLanguage, mappedBy: 'parent', orderBy: { order: 'asc' } })
  languages = new Collection<CoordinatorLanguage>(this)

  @OneToMany({ entity: () => CoordinatorTask, mappedBy: 'parent', orderBy: { order: 'asc' } })
  tasks = new Collection<CoordinatorTask>(this)
}

/** `coordinators_locales`: title, employer and alert per language. */
@Entity({ tableName: 'coordinators_locales', readonly: true })
export class CoordinatorLocale extends LocaleRow {
  @ManyToOne({ entity: () => Coordinator, fieldName: '_parent_id' })
  parent!: Coordinator

  @Property({ type: 'string', nullable: true })
  title?: string | null

  @Property({ type: 'string', nullable: true })
  employer?: string | null

  @Property({ type: 'string', nullable: true })
  alert?: string | null
}

/** What the coordinator's view reads, loaded with it. */
export const COORDINATOR_POPULATE = ['locales', 'phones', 'phones.locales', 'languages', 'tasks', 'tasks.locales'] as const
