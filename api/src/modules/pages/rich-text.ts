import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import sanitizeHtml from 'sanitize-html'
import { Field, ObjectType } from 'type-graphql'

@ObjectType('RichText', { description: 'Formatted text, as sanitised HTML and as plain text.' })
export class RichText {
  @Field(() => String, { description: 'Sanitised HTML: headings, paragraphs, lists, emphasis and http(s)/mailto links only.' })
  html!: string

  @Field(() => String, { description: 'The same text without formatting, paragraphs separated by blank lines.' })
  plainText!: string
}

// Payload's converter escapes text; sanitising as well keeps anything an editor pastes (links, attributes) in bounds.
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'u', 's', 'a', 'blockquote', 'br', 'code', 'hr'],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
}

type LexicalState = Parameters<typeof convertLexicalToHTML>[0]['data']

export function toRichText(state: Record<string, unknown> | null | undefined): RichText | null {
  if (!state || typeof state !== 'object' || !('root' in state)) return null
  const data = state as unknown as LexicalState
  return {
    html: sanitizeHtml(convertLexicalToHTML({ data, disableContainer: true }), ALLOWED),
    plainText: convertLexicalToPlaintext({ data }).trim(),
  }
}
