import { Collection, Entity, ManyToOne, OneToMany, Property } from '@mikro-orm/core'
import { ArrayRow, LocaleRow, PayloadDocument } from '../../common/payload-entity'

/** `pages`: knowledge articles with Lexical rich text. */
@Entity({ tableName: 'pages', readonly: true })
export class Page extends PayloadDocument {
  @Property({ type: 'string' })
  slug!: string

  @OneToMany({ entity: () => PageLocale, mappedBy: 'parent' })
  locales = new Collection<PageLocale>(this)

  @OneToMany({ entity: () => PageLink, mappedBy: 'parent', orderBy: { order: 'asc' } })
  links = new Collection<PageLink>(this)
}

@Entity({ tableName: 'pages_locales', readonly: true })
export class PageLocale extends LocaleRow {
  @ManyToOne({ entity: () => Page, fieldName: '_parent_id' })
  parent!: Page

  @Property({ type: 'string', nullable: true })
  title?: string | null

  @Property({ type: 'string', nullable: true })
  summary?: string | null

  /** Lexical editor state as Payload stores it (jsonb). */
  @Property({ type: 'json', nullable: true })
  content?: Record<string, unknown> | null
}

@Entity({ tableName: 'pages_links', readonly: true })
export class PageLink extends ArrayRow {
  @ManyToOne({ entity: () => Page, fieldName: '_parent_id' })
  parent!: Page

  @Property({ type: 'string', nullable: true })
  url?: string | null

  @OneToMany({ entity: () => PageLinkLocale, mappedBy: 'parent' })
  locales = new Collection<PageLinkLocale>(this)
}

@Entity({ tableName: 'pages_links_locales', readonly: true })
export class PageLinkLocale extends LocaleRow {
  @ManyToOne({ entity: () => PageLink, fieldName: '_parent_id' })
  parent!: PageLink

  @Property({ type: 'string', nullable: true })
  label?: string | null
}

/** What the page's view reads, loaded with it. */
export const PAGE_POPULATE = ['locales', 'links', 'links.locales'] as const
