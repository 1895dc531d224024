import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { LocaleRow, PayloadDocument } from '../../common/payload-entity'
import { Organisation } from '../organisations/organisation.entity'

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
}

@Entity({ tableName: 'manual_steps_locales', readonly: true })
export class ManualStepLocale extends LocaleRow {
  @ManyToOne({ entity: () => ManualStep, fieldName: '_parent_id' })
  parent!: ManualStep

  @Property({ type: 'string', nullable: true })
  title?: string | null

  @Property({ type: 'string', nullable: true })
  summary?: string | null
}

/** `manual_steps_rels`: the responsible organisations (path "responsibleOrganisations"). */
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
