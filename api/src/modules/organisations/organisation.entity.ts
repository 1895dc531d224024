import { Collection, Entity, ManyToOne, OneToMany, Property } from '@mikro-orm/core'
import { LocaleRow, PayloadDocument } from '../../common/payload-entity'

/** `organisations`: agencies, county boards, social services, health care, civil society, IOM, NSPM. */
@Entity({ tableName: 'organisations', readonly: true })
export class Organisation extends PayloadDocument {
  @Property({ type: 'string' })
  slug!: string

  @Property({ type: 'string' })
  type!: string

  @Property({ type: 'string', nullable: true })
  website?: string | null

  @Property({ type: 'string', nullable: true })
  email?: string | null

  @Property({ type: 'string', nullable: true })
  phone?: string | null

  /** The organisation this one is part of (NSPM → the Swedish Gender Equality Agency). */
  @ManyToOne({ entity: () => Organisation, fieldName: 'part_of_id', nullable: true })
  partOf?: Organisation | null

  @Property({ type: 'string', nullable: true })
  location?: string | null

  @OneToMany({ entity: () => OrganisationLocale, mappedBy: 'parent' })
  locales = new Collection<OrganisationLocale>(this)
}

@Entity({ tableName: 'organisations_locales', readonly: true })
export class OrganisationLocale extends LocaleRow {
  @ManyToOne({ entity: () => Organisation, fieldName: '_parent_id' })
  parent!: Organisation

  @Property({ type: 'string', nullable: true })
  name?: string | null

  @Property({ type: 'string', nullable: true })
  shortName?: string | null

  @Property({ type: 'string', nullable: true })
  description?: string | null
}
