import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { ArrayRow, LocaleRow, SelectRow } from '../../common/payload-entity'

/** `support_line`: Payload's global of the same name (one row). */
@Entity({ tableName: 'support_line', readonly: true })
export class SupportLineRecord {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', nullable: true })
  phone?: string | null

  @Property({ type: 'boolean', nullable: true })
  closedOnPublicHolidays?: boolean | null

  @Property({ type: 'boolean', nullable: true })
  openingHoursConfirmed?: boolean | null

  @Property({ type: 'string', nullable: true })
  email?: string | null

  @Property({ type: 'string', nullable: true })
  website?: string | null

  @Property({ type: 'string', fieldName: '_status', nullable: true })
  status?: string | null

  @Property({ type: 'Date', fieldName: 'updated_at', nullable: true })
  updatedAt?: Date | null

  @OneToMany({ entity: () => SupportLineLocale, mappedBy: 'parent' })
  locales = new Collection<SupportLineLocale>(this)

  @OneToMany({ entity: () => OpeningHoursRow, mappedBy: 'parent', orderBy: { order: 'asc' } })
  openingHours = new Collection<OpeningHoursRow>(this)

  @OneToMany({ entity: () => EmergencyNumberRow, mappedBy: 'parent', orderBy: { order: 'asc' } })
  emergencyNumbers = new Collection<EmergencyNumberRow>(this)
}

@Entity({ tableName: 'support_line_locales', readonly: true })
export class SupportLineLocale extends LocaleRow {
  @ManyToOne({ entity: () => SupportLineRecord, fieldName: '_parent_id' })
  parent!: SupportLineRecord

  @Property({ type: 'string', nullable: true })
  name?: string | null

  @Property({ type: 'string', nullable: true })
  description?: string | null

  @Property({ type: 'string', nullable: true })
  whenClosed?: string | null
}

@Entity({ tableName: 'support_line_opening_hours', readonly: true })
export class OpeningHoursRow extends ArrayRow {
  @ManyToOne({ entity: () => SupportLineRecord, fieldName: '_parent_id' })
  parent!: SupportLineRecord

  @Property({ type: 'string', nullable: true })
  opens?: string | null

  @Property({ type: 'string', nullable: true })
  closes?: string | null

  @OneToMany({ entity: () => OpeningHoursDay, mappedBy: 'parent', orderBy: { order: 'asc' } })
  days = new Collection<OpeningHoursDay>(this)
}

@Entity({ tableName: 'support_line_opening_hours_days', readonly: true })
export class OpeningHoursDay extends SelectRow {
  @ManyToOne({ entity: () => OpeningHoursRow, fieldName: 'parent_id' })
  parent!: OpeningHoursRow
}

@Entity({ tableName: 'support_line_emergency_numbers', readonly: true })
export class EmergencyNumberRow extends ArrayRow {
  @ManyToOne({ entity: () => SupportLineRecord, fieldName: '_parent_id' })
  parent!: SupportLineRecord

  @Property({ type: 'string', nullable: true })
  kind?: string | null

  @Property({ type: 'string', nullable: true })
  appliesWhen?: string | null

  @Property({ type: 'string', nullable: true })
  number?: string | null

  @OneToMany({ entity: () => EmergencyNumberLocale, mappedBy: 'parent' })
  locales = new Collection<EmergencyNumberLocale>(this)
}

@Entity({ tableName: 'support_line_emergency_numbers_locales', readonly: true })
export class EmergencyNumberLocale extends LocaleRow {
  @ManyToOne({ entity: () => EmergencyNumberRow, fieldName: '_parent_id' })
  parent!: EmergencyNumberRow

  @Property({ type: 'string', nullable: true })
  label?: string | null

  @Property({ type: 'string', nullable: true })
  whenToCall?: string | null
}

/** What the support line's view reads, loaded with it. */
export const SUPPORT_LINE_POPULATE = ['locales', 'openingHours', 'openingHours.days', 'emergencyNumbers', 'emergencyNumbers.locales'] as const
