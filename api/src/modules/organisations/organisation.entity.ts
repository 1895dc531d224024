import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'

/** `organisations`: agencies, county boards, social services, health care, civil society, IOM, NSPM. */
@Entity({ tableName: 'organisations', readonly: true })
export class Organisation {
  @PrimaryKey({ type: 'integer' })
  id!: number

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

  @Property({ type: 'string', fieldName: '_status', nullable: true })
  status?: string | null

  @Property({ type: 'Date', fieldName: 'updated_at' })
  updatedAt!: Date

  @OneToMany({ entity: () => OrganisationLocale, mappedBy: 'parent' })
  locales = new Collection<OrganisationLocale>(this)
}

@Entity({ tableName: 'organisations_locales', readonly: true })
export class OrganisationLocale {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', fieldName: '_locale' })
  locale!: string

  @ManyToOne({ entity: () => Organisation, fieldName: '_parent_id' })
  parent!: Organisation

  @Property({ type: 'string', nullable: true })
  name?: string | null

  @Property({ type: 'string', nullable: true })
  shortName?: string | null

  @Property({ type: 'string', nullable: true })
  description?: string | null
}
