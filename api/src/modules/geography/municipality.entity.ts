import { Entity, ManyToOne, Property } from '@mikro-orm/core'
import { PayloadDocument } from '../../common/payload-entity'
import { County } from './county.entity'

/** `municipalities`: the 290 municipalities; names are proper names and not localized. */
@Entity({ tableName: 'municipalities', readonly: true })
export class Municipality extends PayloadDocument {
  @Property({ type: 'string' })
  code!: string

  @Property({ type: 'string' })
  name!: string

  @ManyToOne({ entity: () => County, fieldName: 'county_id' })
  county!: County
}
