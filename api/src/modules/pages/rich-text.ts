import type * as LexicalHtml from '@payloadcms/richtext-lexical/html'
import type * as LexicalPlaintext from '@payloadcms/richtext-lexical/plaintext'
import type sanitizeHtml from 'sanitize-html'
import { Field, ObjectType } from 'type-graphql'
import { richTextToHtml, sanitizeForWeb, type RichTextLibraries } from '../../../../cms/fields/rich-text-html'
import { lazyRequire } from '../../common/lazy-require'

// Loaded when the first page is rendered: the Lexical converters alone took longer to load than the rest of a route.
const LIBRARIES: RichTextLibraries = {
  html: lazyRequire<typeof LexicalHtml>('@payloadcms/richtext-lexical/html'),
  plaintext: lazyRequire<typeof LexicalPlaintext>('@payloadcms/richtext-lexical/plaintext'),
  sanitize: lazyRequire<typeof sanitizeHtml>('sanitize-html'),
}

@ObjectType('RichText', { description: 'Formatted text, as sanitised HTML and as plain text.' })
export class RichText {
  @Field(() => String, { description: 'Sanitised HTML: headings, paragraphs, lists, emphasis and http(s)/mailto links only.' })
  html!: string

  @Field(() => String, { description: 'The same text without formatting, paragraphs separated by blank lines.' })
  plainText!: string
}

/** HTML from elsewhere (a rendered newsletter's body) cut down to what `RichText.html` promises. */
export const sanitizeRichHtml = (html: string): string => sanitizeForWeb(LIBRARIES, html)

// Keyed by the stored state: the read model's documents are immutable and live until they are replaced, so each
// document's text is converted and sanitised once, not on every request that shows it (a search hit, a page).
const converted = new WeakMap<object, RichText>()

/** The conversion the CMS's newsletter uses too (cms/fields/rich-text-html.ts), for the web. */
export function toRichText(state: Record<string, unknown> | null | undefined): RichText | null {
  if (!state || typeof state !== 'object') return null
  const known = converted.get(state)
  if (known) return known
  const text = richTextToHtml(LIBRARIES, state)
  if (text) converted.set(state, text)
  return text
}
