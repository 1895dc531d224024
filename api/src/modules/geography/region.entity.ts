import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'

/** `regions`: the seven police regions (Payload collection `regions`). */
@Entity({ tableName: 'regions', readonly: true })
export class Region {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string' })
  slug!: string

  @Property({ type: 'string', fieldName: '_status', nullable: true })
  status?: string | null

  @Property({ type: 'Date', fieldName: 'updated_at' })
  updatedAt!: Date

  @OneToMany({ entity: () => RegionLocale, mappedBy: 'parent' })
  locales = new Collection<RegionLocale>(this)
}

/** `regions_locales`: the Swedish and English name and description of a region. */
@Entity({ tableName: 'regions_locales', readonly: true })
export class RegionLocale {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', fieldName: '_locale' })
  locale!: string

  @ManyToOne({ entity: () => Region, fieldName: '_parent_id' })
  parent!: Region

  @Property({ type: 'string', nullable: true })
  name?: string | null

  @Property({ type: 'string', nullable: true })
  description?: string | null
}
