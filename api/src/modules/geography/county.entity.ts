import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { Region } from './region.entity'

/** `counties`: the 21 counties, each in one police region. */
@Entity({ tableName: 'counties', readonly: true })
export class County {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string' })
  code!: string

  @ManyToOne({ entity: () => Region, fieldName: 'region_id' })
  region!: Region

  @Property({ type: 'string', fieldName: '_status', nullable: true })
  status?: string | null

  @Property({ type: 'Date', fieldName: 'updated_at' })
  updatedAt!: Date

  @OneToMany({ entity: () => CountyLocale, mappedBy: 'parent' })
  locales = new Collection<CountyLocale>(this)
}

/** `counties_locales`: a county's name per language. */
@Entity({ tableName: 'counties_locales', readonly: true })
export class CountyLocale {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', fieldName: '_locale' })
  locale!: string

  @ManyToOne({ entity: () => County, fieldName: '_parent_id' })
  parent!: County

  @Property({ type: 'string', nullable: true })
  name?: string | null
}
