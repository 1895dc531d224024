import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { ArrayRow, LocaleRow, PayloadDocument } from '../../common/payload-entity'
import { Organisation } from '../organisations/organisation.entity'
import { Publication } from '../publications/publication.entity'

/** `manual_steps`: the six steps of the support and protection process. */
@Entity({ tableName: 'manual_steps', readonly: true })
export class ManualStep extends PayloadDocument {
  /** Payload stores number fields as `numeric`, which node-postgres returns as a string. */
  @Property({ type: 'string' })
  number!: string

  @OneToMany({ entity: () => ManualStepLocale, mappedBy: 'parent' })
  locales = new Collection<ManualStepLocale>(this)

  @OneToMany({ entity: () => ManualStepRel, mappedBy: 'parent', orderBy: { order: 'asc' } })
  rels = new Collection<ManualStepRel>(this)

  /** "Manual vid misstanke om människohandel", which describes the step in full. */
  @ManyToOne({ entity: () => Publication, fieldName: 'manual_id', nullable: true })
  manual?: Publication | null

  @OneToMany({ entity: () => ResidencePermitRow, mappedBy: 'parent', orderBy: { order: 'asc' } })
  residencePermits = new Collection<ResidencePermitRow>(this)
}

/** `manual_steps_residence_permits`: who can apply for a reflection period or a temporary residence permit in the step. */
@Entity({ tableName: 'manual_steps_residence_permits', readonly: true })
export class ResidencePermitRow extends ArrayRow {
  @ManyToOne({ entity: () => ManualStep, fieldName: '_parent_id' })
  parent!: ManualStep

  @Property({ type: 'string', nullable: true })
  permit?: string | null

  @Property({ type: 'string', nullable: true })
  applicant?: string | null

  @ManyToOne({ entity: () => Organisation, fieldName: 'decided_by_id', nullable: true })
  decidedBy?: Organisation | null

  /** Payload stores number fields as `numeric`, which node-postgres returns as a string. */
  @Property({ type: 'string', nullable: true })
  durationDays?: string | null

  @Property({ type: 'Date', nullable: true })
  availableSince?: Date | null

  @Property({ type: 'string', nullable: true })
  formsUrl?: string | null

  @OneToMany({ entity: () => ResidencePermitLocale, mappedBy: 'parent' })
  locales = new Collection<ResidencePermitLocale>(this)
}

@Entity({ tableName: 'manual_steps_residence_permits_locales', readonly: true })
export class ResidencePermitLocale extends LocaleRow {
  @ManyToOne({ entity: () => ResidencePermitRow, fieldName: '_parent_id' })
  parent!: ResidencePermitRow

  @Property({ type: 'string', nullable: true })
  appliesTo?: string | null
}

/** What the step's view reads, loaded with it. */
export const MANUAL_STEP_POPULATE = ['locales', 'rels', 'residencePermits', 'residencePermits.locales'] as const

@Entity({ tableName: 'manual_steps_locales', readonly: true })
export class ManualStepLocale extends LocaleRow {
  @ManyToOne({ entity: () => ManualStep, fieldName: '_parent_id' })
  parent!: ManualStep

  @Property({ type: 'string', nullable: true })
  title?: string | null

  @Property({ type: 'string', nullable: true })
  summary?: string | null
}

/**
 * `manual_steps_rels`: the responsible organisations (path "responsibleOrganisations") and each residence permit
 * rule's applicants (path "residencePermits.<index>.applicantOrganisations", index = the row's `_order` − 1).
 */
@Entity({ tableName: 'manual_steps_rels', readonly: true })
export class ManualStepRel {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'integer', nullable: true })
  order?: number | null

  @ManyToOne({ entity: () => ManualStep, fieldName: 'parent_id' })
  parent!: ManualStep

  @Property({ type: 'string' })
  path!: string

  @ManyToOne({ entity: () => Organisation, fieldName: 'organisations_id', nullable: true })
  organisation?: Organisation | null
}
