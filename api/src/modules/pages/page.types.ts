import { DateTimeISO } from '../../common/date-time'
import { Field, ObjectType } from 'type-graphql'
import { LocalizedView } from '../../common/localized'
import { localized, type Locale } from '../../common/locale'
import type { PageDocument } from '../../read-model/documents'

import { RichText, toRichText } from './rich-text'

@ObjectType('Link', { description: 'A link to further reading.' })
export class LinkView {
  @Field(() => String, { description: 'Link text in the requested language.' })
  label!: string

  @Field(() => String, { description: 'The address.' })
  url!: string
}

@ObjectType('Page', { implements: LocalizedView, description: 'A knowledge article, e.g. on the reflection period (betänketid).' })
export class PageView extends LocalizedView {
  @Field(() => String, { description: 'URL key, e.g. "betanketid".' })
  slug!: string

  @Field(() => String, { description: 'Title in the requested language.' })
  title!: string

  @Field(() => String, { nullable: true, description: 'One or two sentences for lists and search results.' })
  summary!: string | null

  @Field(() => RichText, { nullable: true, description: 'The body text.' })
  content!: RichText | null

  @Field(() => [LinkView], { description: 'Further reading and resources.' })
  links!: LinkView[]

  @Field(() => DateTimeISO, { description: 'When an editor last published a change.' })
  updatedAt!: Date
}

export function toPageView(page: PageDocument, locale: Locale): PageView {
  const rows = page.locales.getItems()
  return {
    id: String(page.id),
    slug: page.slug,
    title: localized(rows, locale, 'title') ?? page.slug,
    summary: localized(rows, locale, 'summary'),
    content: toRichText(localized(rows, locale, 'content')),
    links: page.links.getItems().flatMap((link) => (link.url ? [{ url: link.url, label: localized(link.locales.getItems(), locale, 'label') ?? link.url }] : [])),
    updatedAt: page.updatedAt,
    locale,
  }
}
