import { Collection, Entity, ManyToOne, OneToMany, Property } from '@mikro-orm/core'
import { ArrayRow, LocaleRow, PayloadDocument } from '../../common/payload-entity'
import { Organisation } from '../organisations/organisation.entity'

/** `programmes`: the return programme ÅMP and the national support programme NSP. */
@Entity({ tableName: 'programmes', readonly: true })
export class Programme extends PayloadDocument {
  @Property({ type: 'string' })
  slug!: string

  @ManyToOne({ entity: () => Organisation, fieldName: 'operator_id', nullable: true })
  operator?: Organisation | null

  @Property({ type: 'string', nullable: true })
  website?: string | null

  @OneToMany({ entity: () => ProgrammeLocale, mappedBy: 'parent' })
  locales = new Collection<ProgrammeLocale>(this)

  @OneToMany({ entity: () => ProgrammeSupportItem, mappedBy: 'parent', orderBy: { order: 'asc' } })
  supportOffered = new Collection<ProgrammeSupportItem>(this)

  @OneToMany({ entity: () => ProgrammeFundingRow, mappedBy: 'parent', orderBy: { order: 'asc' } })
  funding = new Collection<ProgrammeFundingRow>(this)
}

/** `programmes_funding`: one row per organisation that funds the programme, in full or as a contribution. */
@Entity({ tableName: 'programmes_funding', readonly: true })
export class ProgrammeFundingRow extends ArrayRow {
  @ManyToOne({ entity: () => Programme, fieldName: '_parent_id' })
  parent!: Programme

  @ManyToOne({ entity: () => Organisation, fieldName: 'organisation_id', nullable: true })
  organisation?: Organisation | null

  @Property({ type: 'string', nullable: true })
  share?: string | null
}

@Entity({ tableName: 'programmes_locales', readonly: true })
export class ProgrammeLocale extends LocaleRow {
  @ManyToOne({ entity: () => Programme, fieldName: '_parent_id' })
  parent!: Programme

  @Property({ type: 'string', nullable: true })
  name?: string | null

  @Property({ type: 'string', nullable: true })
  shortName?: string | null

  @Property({ type: 'string', nullable: true })
  summary?: string | null

  @Property({ type: 'string', nullable: true })
  eligibility?: string | null

  @Property({ type: 'string', nullable: true })
  howToApply?: string | null
}

@Entity({ tableName: 'programmes_support_offered', readonly: true })
export class ProgrammeSupportItem extends ArrayRow {
  @ManyToOne({ entity: () => Programme, fieldName: '_parent_id' })
  parent!: Programme

  @OneToMany({ entity: () => ProgrammeSupportItemLocale, mappedBy: 'parent' })
  locales = new Collection<ProgrammeSupportItemLocale>(this)
}

@Entity({ tableName: 'programmes_support_offered_locales', readonly: true })
export class ProgrammeSupportItemLocale extends LocaleRow {
  @ManyToOne({ entity: () => ProgrammeSupportItem, fieldName: '_parent_id' })
  parent!: ProgrammeSupportItem

  @Property({ type: 'string', nullable: true })
  item?: string | null
}

/** What the programme's view reads, loaded with it. */
export const PROGRAMME_POPULATE = ['locales', 'supportOffered', 'supportOffered.locales', 'funding'] as const
