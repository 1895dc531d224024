import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { LocaleRow, PayloadDocument } from '../../common/payload-entity'
import { Coordinator } from '../coordinators/coordinator.entity'
import { Region } from '../geography/region.entity'
import { Organisation } from './organisation.entity'

/** `networks`: NMT, the multi-agency work against work-related crime, its regional centres, spearhead groups. */
@Entity({ tableName: 'networks', readonly: true })
export class Network extends PayloadDocument {
  @Property({ type: 'string' })
  slug!: string

  @Property({ type: 'string' })
  type!: string

  @ManyToOne({ entity: () => Organisation, fieldName: 'coordinated_by_id', nullable: true })
  coordinatedBy?: Organisation | null

  @ManyToOne({ entity: () => Region, fieldName: 'region_id', nullable: true })
  region?: Region | null

  @ManyToOne({ entity: () => Network, fieldName: 'parent_id', nullable: true })
  parent?: Network | null

  @OneToMany({ entity: () => NetworkLocale, mappedBy: 'parent' })
  locales = new Collection<NetworkLocale>(this)

  @OneToMany({ entity: () => NetworkRel, mappedBy: 'parent', orderBy: { order: 'asc' } })
  rels = new Collection<NetworkRel>(this)
}

@Entity({ tableName: 'networks_locales', readonly: true })
export class NetworkLocale extends LocaleRow {
  @ManyToOne({ entity: () => Network, fieldName: '_parent_id' })
  parent!: Network

  @Property({ type: 'string', nullable: true })
  name?: string | null

  @Property({ type: 'string', nullable: true })
  shortName?: string | null

  @Property({ type: 'string', nullable: true })
  description?: string | null
}

/** `networks_rels`: Payload's hasMany relations; `path` says which field ("members", "coordinators"). */
@Entity({ tableName: 'networks_rels', readonly: true })
export class NetworkRel {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'integer', nullable: true })
  order?: number | null

  @ManyToOne({ entity: () => Network, fieldName: 'parent_id' })
  parent!: Network

  @Property({ type: 'string' })
  path!: string

  @ManyToOne({ entity: () => Organisation, fieldName: 'organisations_id', nullable: true })
  organisation?: Organisation | null

  @ManyToOne({ entity: () => Coordinator, fieldName: 'coordinators_id', nullable: true })
  coordinator?: Coordinator | null
}
