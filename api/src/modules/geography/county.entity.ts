import { Collection, Entity, ManyToOne, OneToMany, Property } from '@mikro-orm/core'
import { LocaleRow, PayloadDocument } from '../../common/payload-entity'
import { Region } from './region.entity'

/** `counties`: the 21 counties, each in one police region. */
@Entity({ tableName: 'counties', readonly: true })
export class County extends PayloadDocument {
  @Property({ type: 'string' })
  code!: string

  @ManyToOne({ entity: () => Region, fieldName: 'region_id' })
  region!: Region

  @OneToMany({ entity: () => CountyLocale, mappedBy: 'parent' })
  locales = new Collection<CountyLocale>(this)
}

/** `counties_locales`: a county's name per language. */
@Entity({ tableName: 'counties_locales', readonly: true })
export class CountyLocale extends LocaleRow {
  @ManyToOne({ entity: () => County, fieldName: '_parent_id' })
  parent!: County

  @Property({ type: 'string', nullable: true })
  name?: string | null
}
