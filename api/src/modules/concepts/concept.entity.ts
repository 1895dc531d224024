import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { LocaleRow, PayloadDocument } from '../../common/payload-entity'

/** `concepts`: the glossary. */
@Entity({ tableName: 'concepts', readonly: true })
export class Concept extends PayloadDocument {
  @Property({ type: 'string' })
  slug!: string

  @OneToMany({ entity: () => ConceptLocale, mappedBy: 'parent' })
  locales = new Collection<ConceptLocale>(this)

  @OneToMany({ entity: () => ConceptRel, mappedBy: 'parent', orderBy: { order: 'asc' } })
  rels = new Collection<ConceptRel>(this)
}

@Entity({ tableName: 'concepts_locales', readonly: true })
export class ConceptLocale extends LocaleRow {
  @ManyToOne({ entity: () => Concept, fieldName: '_parent_id' })
  parent!: Concept

  @Property({ type: 'string', nullable: true })
  term?: string | null

  @Property({ type: 'string', nullable: true })
  definition?: string | null
}

/** `concepts_rels`: related concepts (path "related"). */
@Entity({ tableName: 'concepts_rels', readonly: true })
export class ConceptRel {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'integer', nullable: true })
  order?: number | null

  @ManyToOne({ entity: () => Concept, fieldName: 'parent_id' })
  parent!: Concept

  @Property({ type: 'string' })
  path!: string

  @ManyToOne({ entity: () => Concept, fieldName: 'concepts_id', nullable: true })
  concept?: Concept | null
}
