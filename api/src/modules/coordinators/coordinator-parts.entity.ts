import { Collection, Entity, ManyToOne, OneToMany, Property } from '@mikro-orm/core'
import { ArrayRow, LocaleRow, SelectRow } from '../../common/payload-entity'
import { Coordinator } from './coordinator.entity'

/** `coordinators_phones`: Payload array rows (string ids, `_order`). */
@Entity({ tableName: 'coordinators_phones', readonly: true })
export class CoordinatorPhone extends ArrayRow {
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
export class CoordinatorLanguage extends SelectRow {
  @ManyToOne({ entity: () => Coordinator, fieldName: 'parent_id' })
  parent!: Coordinator
}

/** `coordinators_tasks`: array rows whose text is localized in `coordinators_tasks_locales`. */
@Entity({ tableName: 'coordinators_tasks', readonly: true })
export class CoordinatorTask extends ArrayRow {
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
