import * as lexicalHtml from '@payloadcms/richtext-lexical/html'
import * as lexicalPlaintext from '@payloadcms/richtext-lexical/plaintext'
import sanitizeHtml from 'sanitize-html'
import type { ContentLocale } from '../../contracts/locales'
import type { RenderedIssue } from '../../contracts/newsletter-issues'
import { escapeHtml, richTextToHtml, type RichTextLibraries } from '../fields/rich-text-html'
import { envelopeHtml, envelopeText } from './layout'
import { wrapText } from './plain-text'
import { NEWSLETTER_TEXTS } from './texts'

/** A publication the issue announces, as read in the issue's language (cms/newsletter/load.ts). */
export type AnnouncedPublication = { title: string; summary: string | null; url: string | null; orderable: boolean; articleNumber: string | null }

/** One language of an issue, as read with its uploads and publications populated. */
export type IssueContent = { subject: string; preheader: string; body: unknown; publications: AnnouncedPublication[] }

const LIBRARIES: RichTextLibraries = { html: () => lexicalHtml, plaintext: () => lexicalPlaintext, sanitize: () => sanitizeHtml }

function publicationsPart(locale: ContentLocale, publications: AnnouncedPublication[]): { html: string; text: string } {
  if (!publications.length) return { html: '', text: '' }
  const texts = NEWSLETTER_TEXTS[locale]
  const html = publications.map((publication) =>
    [
      `<h3 style="font-size:18px;margin:16px 0 4px">${escapeHtml(publication.title)}</h3>`,
      publication.summary ? `<p style="margin:0 0 8px">${escapeHtml(publication.summary)}</p>` : '',
      publication.url ? `<p style="margin:0 0 8px"><a href="${escapeHtml(publication.url)}">${escapeHtml(texts.read)}</a></p>` : '',
      publication.orderable ? `<p style="margin:0 0 8px">${escapeHtml(texts.order(publication.articleNumber))}</p>` : '',
    ].join(''),
  )
  const text = publications.map((publication) =>
    [
      publication.title,
      publication.summary ?? '',
      ...(publication.url ? [`${texts.read}:`, publication.url] : []),
      publication.orderable ? texts.order(publication.articleNumber) : '',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  return {
    html: `<h2 style="font-size:20px;margin:24px 0 8px">${escapeHtml(texts.publications)}</h2>\n${html.join('\n')}`,
    text: [texts.publications.toUpperCase(), '', text.join('\n\n')].join('\n'),
  }
}

/**
 * An issue in one language as it is sent: the one renderer behind the admin's preview, the test send and the send
 * itself (then from the published version), so that what an editor previews is what subscribers get. Images and
 * links are absolute (`publicUrl`, the CMS's public URL, for media); the subscriber's links are placeholders.
 */
export function renderIssue(content: IssueContent, locale: ContentLocale, publicUrl: string): RenderedIssue {
  const body = richTextToHtml(LIBRARIES, content.body, { mediaBaseUrl: publicUrl }) ?? { html: '', plainText: '' }
  const publications = publicationsPart(locale, content.publications)
  const bodyHtml = [body.html, publications.html].filter(Boolean).join('\n')
  const bodyText = wrapText([body.plainText, publications.text].filter(Boolean).join('\n\n'))
  const envelope = { locale, subject: content.subject, preheader: content.preheader, contentHtml: bodyHtml, contentText: bodyText }
  return { subject: content.subject, preheader: content.preheader, html: envelopeHtml(envelope), text: wrapText(envelopeText(envelope)), bodyHtml, bodyText }
}
