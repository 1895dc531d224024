import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { LocaleRow } from '../../common/payload-entity'
import { Coordinator } from './coordinator.entity'

/** `coordinators_phones`: Payload array rows (string ids, `_order`). */
@Entity({ tableName: 'coordinators_phones', readonly: true })
export class CoordinatorPhone {
  @PrimaryKey({ type: 'string' })
  id!: string

  @Property({ type: 'integer', fieldName: '_order' })
  order!: number

  @ManyToOne({ entity: () => Coordinator, fieldName: '_parent_id' })
  parent!: Coordinator

  @Property({ type: 'string', nullable: true })
  number?: string | null

  @Property({ type: 'string', nullable: true })
  type?: string | null

  @OneToMany({ entity: () => CoordinatorPhoneLocale, mappedBy: 'parent' })
  locales = new Collection<CoordinatorPhoneLocale>(this)
}

@Entity({ tableName: 'coordinators_phones_locales', readonly: true })
export class CoordinatorPhoneLocale extends LocaleRow {
  @ManyToOne({ entity: () => CoordinatorPhone, fieldName: '_parent_id' })
  parent!: CoordinatorPhone

  @Property({ type: 'string', nullable: true })
  label?: string | null
}

/** `coordinators_languages`: a hasMany select (column `order`, `parent_id`, `value`). */
@Entity({ tableName: 'coordinators_languages', readonly: true })
export class CoordinatorLanguage {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'integer', fieldName: 'order' })
  order!: number

  @ManyToOne({ entity: () => Coordinator, fieldName: 'parent_id' })
  parent!: Coordinator

  @Property({ type: 'string', nullable: true })
  value?: string | null
}

/** `coordinators_tasks`: array rows whose text is localized in `coordinators_tasks_locales`. */
@Entity({ tableName: 'coordinators_tasks', readonly: true })
export class CoordinatorTask {
  @PrimaryKey({ type: 'string' })
  id!: string

  @Property({ type: 'integer', fieldName: '_order' })
  order!: number

  @ManyToOne({ entity: () => Coordinator, fieldName: '_parent_id' })
  parent!: Coordinator

  @OneToMany({ entity: () => CoordinatorTaskLocale, mappedBy: 'parent' })
  locales = new Collection<CoordinatorTaskLocale>(this)
}

@Entity({ tableName: 'coordinators_tasks_locales', readonly: true })
export class CoordinatorTaskLocale extends LocaleRow {
  @ManyToOne({ entity: () => CoordinatorTask, fieldName: '_parent_id' })
  parent!: CoordinatorTask

  @Property({ type: 'string', nullable: true })
  task?: string | null
}
