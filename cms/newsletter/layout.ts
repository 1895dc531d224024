import type { ContentLocale } from '../../contracts/locales'
import { escapeHtml } from '../fields/rich-text-html'
import { NEWSLETTER_TEXTS } from './texts'

/**
 * The newsletter's envelope, in the look of the API's mail layout (api/src/mail/layout.ts: 600px, Arial, the same
 * colours and branding): the preheader first as hidden preview text, the content as an article with its language,
 * and a footer with the subscriber's three links as placeholders (personalise() fills them in per subscriber).
 */
type Envelope = { locale: ContentLocale; subject: string; preheader: string; contentHtml: string; contentText: string }

const SMALL = 'margin:0 0 8px;font-size:13px;color:#444444'

export function envelopeHtml({ locale, subject, preheader, contentHtml }: Envelope): string {
  const texts = NEWSLETTER_TEXTS[locale]
  const links = texts.links.map((link) => `<a href="${escapeHtml(link.url)}" style="color:#1d3b6f">${escapeHtml(link.label)}</a>`).join(' · ')
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title>`,
    '<style>img{max-width:100%;height:auto}a{color:#1d3b6f}</style></head>',
    '<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    // Mail clients show the first text of a message in the inbox list: the preheader, not seen in the message itself.
    preheader ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all" aria-hidden="true">${escapeHtml(preheader)}</div>` : '',
    `<div role="article" aria-label="${escapeHtml(subject)}" lang="${locale}" style="max-width:600px;margin:0 auto;padding:24px">`,
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(subject)}</h1>`,
    contentHtml,
    '<hr style="border:none;border-top:1px solid #cccccc;margin:24px 0">',
    `<p style="${SMALL}">${escapeHtml(texts.branding)}</p>`,
    `<p style="${SMALL}">${escapeHtml(texts.why)}</p>`,
    `<p style="${SMALL}">${links}</p>`,
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')
}

export function envelopeText({ locale, subject, contentText }: Envelope): string {
  const texts = NEWSLETTER_TEXTS[locale]
  return [
    subject,
    '',
    contentText,
    '',
    '-- ',
    texts.branding,
    texts.why,
    '',
    // Each address bare on its own line: plain-text clients make it clickable and nothing wraps it.
    ...texts.links.flatMap((link) => [`${link.label}:`, link.url, '']),
  ].join('\n')
}
