import type * as LexicalHtml from '@payloadcms/richtext-lexical/html'
import type * as LexicalPlaintext from '@payloadcms/richtext-lexical/plaintext'
import type sanitizeHtml from 'sanitize-html'

/**
 * Rich text (Payload's Lexical JSON) as sanitised HTML and plain text: the one conversion behind the public API's
 * `RichText` (pages) and the newsletter the CMS renders. The libraries are passed in rather than imported, so that
 * the API can load them on first use (its start-up cost, api/src/common/lazy-require.ts) while the CMS, which has
 * them loaded anyway, passes the modules themselves.
 */
export type RichTextLibraries = {
  html: () => Pick<typeof LexicalHtml, 'convertLexicalToHTML'>
  plaintext: () => Pick<typeof LexicalPlaintext, 'convertLexicalToPlaintext'>
  sanitize: () => typeof sanitizeHtml
}

/**
 * For an email: images (uploads from media) kept, with absolute addresses under `mediaBaseUrl` (the CMS's public
 * URL), and each link's address in the plain text on its own line, since a text part has no other way to link.
 */
type EmailTarget = { mediaBaseUrl: string }

type RichTextHtml = { html: string; plainText: string }

const TAGS = ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'u', 's', 'a', 'blockquote', 'br', 'code', 'hr']
/** Images in an email: no wider than the 600px layout's content. */
const MAX_IMAGE_WIDTH = 552

// Payload's converter escapes text; sanitising as well keeps anything an editor pastes (links, attributes) in bounds.
const allowed = (sanitize: typeof sanitizeHtml, email: boolean): sanitizeHtml.IOptions => ({
  allowedTags: email ? [...TAGS, 'img'] : TAGS,
  allowedAttributes: { a: ['href', 'rel', 'target'], ...(email ? { img: ['src', 'alt', 'width'] } : {}) },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  transformTags: { a: sanitize.simpleTransform('a', { rel: 'noopener noreferrer' }) },
})

type LexicalState = Parameters<typeof LexicalHtml.convertLexicalToHTML>[0]['data']
type HtmlConverters = NonNullable<Parameters<typeof LexicalHtml.convertLexicalToHTML>[0]['converters']>
type PlaintextConverters = NonNullable<Parameters<typeof LexicalPlaintext.convertLexicalToPlaintext>[0]['converters']>
type UploadValue = { url?: string | null; mimeType?: string | null; alt?: string | null; filename?: string | null; width?: number | null }
type LinkFields = { url?: string; linkType?: string }

/** Text for HTML content or a double-quoted attribute. */
export const escapeHtml = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

/** An upload as an email shows it: an image at its absolute address, any other file as a link to it. */
function uploadConverter({ mediaBaseUrl }: EmailTarget) {
  return ({ node }: { node: { value?: unknown; fields?: { alt?: string } | null } }): string => {
    const value = node.value as UploadValue | number | null | undefined
    if (!value || typeof value !== 'object' || !value.url) return ''
    const src = escapeHtml(new URL(value.url, mediaBaseUrl).toString())
    if (!value.mimeType?.startsWith('image/')) return `<p><a href="${src}">${escapeHtml(value.filename ?? value.url)}</a></p>`
    const width = Math.min(value.width ?? MAX_IMAGE_WIDTH, MAX_IMAGE_WIDTH)
    return `<p><img src="${src}" alt="${escapeHtml(node.fields?.alt ?? value.alt ?? '')}" width="${width}"></p>`
  }
}

/** A link in plain text: its words, then its address on a line of its own. */
const linkAsText = ({ node, nodesToPlaintext }: { node: { fields?: LinkFields; children?: unknown[] }; nodesToPlaintext: (args: { nodes: never[] }) => string[] }): string => {
  const words = nodesToPlaintext({ nodes: (node.children ?? []) as never[] }).join('')
  const url = node.fields?.linkType === 'internal' ? undefined : node.fields?.url
  return url && url !== words ? `${words}\n${url}\n` : words
}

const sanitizers = new Map<boolean, sanitizeHtml.IOptions>()

function sanitizerOptions(sanitize: typeof sanitizeHtml, email: boolean): sanitizeHtml.IOptions {
  const options = sanitizers.get(email) ?? allowed(sanitize, email)
  sanitizers.set(email, options)
  return options
}

/** HTML from elsewhere (a rendered newsletter's body in the public archive) cut down to what the web's rich text allows. */
export function sanitizeForWeb(libraries: RichTextLibraries, html: string): string {
  const sanitize = libraries.sanitize()
  return sanitize(html, sanitizerOptions(sanitize, false))
}

/** Null for anything that is not a Lexical document (an empty field). */
export function richTextToHtml(libraries: RichTextLibraries, state: unknown, email?: EmailTarget): RichTextHtml | null {
  if (!state || typeof state !== 'object' || !('root' in state)) return null
  const data = state as LexicalState
  const sanitize = libraries.sanitize()
  const options = sanitizerOptions(sanitize, Boolean(email))
  const converters: HtmlConverters | undefined = email ? ({ defaultConverters }) => ({ ...defaultConverters, upload: uploadConverter(email) }) : undefined
  const textConverters: PlaintextConverters | undefined = email ? { link: linkAsText, autolink: linkAsText } : undefined
  return {
    html: sanitize(libraries.html().convertLexicalToHTML({ data, disableContainer: true, converters }), options),
    plainText: libraries.plaintext().convertLexicalToPlaintext({ data, converters: textConverters }).trim(),
  }
}
