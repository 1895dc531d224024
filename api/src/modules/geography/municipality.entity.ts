import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core'
import { County } from './county.entity'

/** `municipalities`: the 290 municipalities; names are proper names and not localized. */
@Entity({ tableName: 'municipalities', readonly: true })
export class Municipality {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string' })
  code!: string

  @Property({ type: 'string' })
  name!: string

  @ManyToOne({ entity: () => County, fieldName: 'county_id' })
  county!: County

  @Property({ type: 'string', fieldName: '_status', nullable: true })
  status?: string | null

  @Property({ type: 'Date', fieldName: 'updated_at' })
  updatedAt!: Date
}
