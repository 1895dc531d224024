import type * as LexicalHtml from '@payloadcms/richtext-lexical/html'
import type * as LexicalPlaintext from '@payloadcms/richtext-lexical/plaintext'
import type sanitizeHtml from 'sanitize-html'
import { Field, ObjectType } from 'type-graphql'
import { lazyRequire } from '../../common/lazy-require'

// Loaded when the first page is rendered: the Lexical converters alone took longer to load than the rest of a route.
const lexicalHtml = lazyRequire<typeof LexicalHtml>('@payloadcms/richtext-lexical/html')
const lexicalPlaintext = lazyRequire<typeof LexicalPlaintext>('@payloadcms/richtext-lexical/plaintext')
const sanitizer = lazyRequire<typeof sanitizeHtml>('sanitize-html')

@ObjectType('RichText', { description: 'Formatted text, as sanitised HTML and as plain text.' })
export class RichText {
  @Field(() => String, { description: 'Sanitised HTML: headings, paragraphs, lists, emphasis and http(s)/mailto links only.' })
  html!: string

  @Field(() => String, { description: 'The same text without formatting, paragraphs separated by blank lines.' })
  plainText!: string
}

// Payload's converter escapes text; sanitising as well keeps anything an editor pastes (links, attributes) in bounds.
const allowed = (): sanitizeHtml.IOptions => ({
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'u', 's', 'a', 'blockquote', 'br', 'code', 'hr'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizer().simpleTransform('a', { rel: 'noopener noreferrer' }) },
})
let ALLOWED: sanitizeHtml.IOptions | undefined

type LexicalState = Parameters<typeof LexicalHtml.convertLexicalToHTML>[0]['data']

export function toRichText(state: Record<string, unknown> | null | undefined): RichText | null {
  if (!state || typeof state !== 'object' || !('root' in state)) return null
  const data = state as unknown as LexicalState
  return {
    html: sanitizer()(lexicalHtml().convertLexicalToHTML({ data, disableContainer: true }), (ALLOWED ??= allowed())),
    plainText: lexicalPlaintext().convertLexicalToPlaintext({ data }).trim(),
  }
}
