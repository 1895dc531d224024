import { Collection, Entity, ManyToOne, OneToMany, Property } from '@mikro-orm/core'
import { LocaleRow, PayloadDocument } from '../../common/payload-entity'

/** `regions`: the seven police regions (Payload collection `regions`). */
@Entity({ tableName: 'regions', readonly: true })
export class Region extends PayloadDocument {
  @Property({ type: 'string' })
  slug!: string

  @OneToMany({ entity: () => RegionLocale, mappedBy: 'parent' })
  locales = new Collection<RegionLocale>(this)
}

/** `regions_locales`: the Swedish and English name and description of a region. */
@Entity({ tableName: 'regions_locales', readonly: true })
export class RegionLocale extends LocaleRow {
  @ManyToOne({ entity: () => Region, fieldName: '_parent_id' })
  parent!: Region

  @Property({ type: 'string', nullable: true })
  name?: string | null

  @Property({ type: 'string', nullable: true })
  description?: string | null
}
