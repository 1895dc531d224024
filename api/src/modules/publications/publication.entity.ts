import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core'
import { LocaleRow, PayloadDocument, SelectRow } from '../../common/payload-entity'

/** `media`: uploaded files; the API exposes only what a download needs. */
@Entity({ tableName: 'media', readonly: true })
export class MediaFile {
  @PrimaryKey({ type: 'integer' })
  id!: number

  @Property({ type: 'string', nullable: true })
  url?: string | null

  @Property({ type: 'string', nullable: true })
  filename?: string | null

  @Property({ type: 'string', nullable: true })
  mimeType?: string | null
}

/** `publications`: reports and information material; printed material can be ordered. */
@Entity({ tableName: 'publications', readonly: true })
export class Publication extends PayloadDocument {
  @Property({ type: 'string' })
  slug!: string

  @Property({ type: 'string' })
  type!: string

  @Property({ type: 'Date', nullable: true })
  publishedOn?: Date | null

  @ManyToOne({ entity: () => MediaFile, fieldName: 'file_id', nullable: true })
  file?: MediaFile | null

  @Property({ type: 'string', nullable: true })
  url?: string | null

  @Property({ type: 'boolean', nullable: true })
  orderable?: boolean | null

  @Property({ type: 'string', nullable: true })
  articleNumber?: string | null

  /** `numeric` in Payload's schema: node-postgres returns it as a string. */
  @Property({ type: 'string', nullable: true })
  maxQuantityPerOrder?: string | null

  @Property({ type: 'boolean', nullable: true })
  inStock?: boolean | null

  @OneToMany({ entity: () => PublicationLocale, mappedBy: 'parent' })
  locales = new Collection<PublicationLocale>(this)

  @OneToMany({ entity: () => PublicationAudience, mappedBy: 'parent', orderBy: { order: 'asc' } })
  audiences = new Collection<PublicationAudience>(this)

  @OneToMany({ entity: () => PublicationLanguage, mappedBy: 'parent', orderBy: { order: 'asc' } })
  languages = new Collection<PublicationLanguage>(this)
}

@Entity({ tableName: 'publications_locales', readonly: true })
export class PublicationLocale extends LocaleRow {
  @ManyToOne({ entity: () => Publication, fieldName: '_parent_id' })
  parent!: Publication

  @Property({ type: 'string', nullable: true })
  title?: string | null

  @Property({ type: 'string', nullable: true })
  summary?: string | null
}

@Entity({ tableName: 'publications_audiences', readonly: true })
export class PublicationAudience extends SelectRow {
  @ManyToOne({ entity: () => Publication, fieldName: 'parent_id' })
  parent!: Publication
}

@Entity({ tableName: 'publications_languages', readonly: true })
export class PublicationLanguage extends SelectRow {
  @ManyToOne({ entity: () => Publication, fieldName: 'parent_id' })
  parent!: Publication
}

/** What the publication's view reads, loaded with it. */
export const PUBLICATION_POPULATE = ['locales', 'audiences', 'languages', 'file'] as const
