/**
 * The one layout every NSPM email uses: a plain-text part and a simple HTML part with the same content. Callers pass
 * already localized strings; the layout only adds the sender's name in the right language.
 */
export type LayoutInput = {
  locale: 'sv' | 'en'
  title: string
  paragraphs: string[]
  action?: { label: string; url: string }
  footer: string[]
}

const BRANDING: Record<LayoutInput['locale'], string> = {
  sv: 'Nationella samordningen mot prostitution och människohandel (NSPM), Jämställdhetsmyndigheten',
  en: 'National Coordination Against Prostitution and Trafficking in Human Beings (NSPM), Swedish Gender Equality Agency',
}

/** Every string that reaches the HTML part goes through this: names and titles come from people and the CMS. */
export function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;')
}

export function renderLayout({ locale, title, paragraphs, action, footer }: LayoutInput): { text: string; html: string } {
  const branding = BRANDING[locale]
  const text = [
    title,
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    // The bare URL on its own line: plain-text clients make it clickable and nothing wraps it.
    ...(action ? [`${action.label}:`, action.url, ''] : []),
    '-- ',
    branding,
    ...footer,
  ].join('\n')

  const p = (content: string, style = 'margin:0 0 16px') => `<p style="${style}">${content}</p>`
  const button = action
    ? p(
        `<a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;background:#1d3b6f;color:#ffffff;` +
          `text-decoration:underline;border-radius:4px;font-weight:bold">${escapeHtml(action.label)}</a>`,
        'margin:24px 0',
      ) +
      // The address in clear as well: some clients strip links and screen-reader users may want to copy it.
      p(escapeHtml(action.url), 'margin:0 0 16px;font-size:14px;word-break:break-all')
    : ''
  const small = 'margin:0 0 8px;font-size:13px;color:#444444'
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:0;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">',
    // role="article" with a label: screen readers in webmail announce where the message begins.
    `<div role="article" aria-label="${escapeHtml(title)}" lang="${locale}" style="max-width:600px;margin:0 auto;padding:24px">`,
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(title)}</h1>`,
    ...paragraphs.map((paragraph) => p(escapeHtml(paragraph))),
    button,
    '<hr style="border:none;border-top:1px solid #cccccc;margin:24px 0">',
    p(escapeHtml(branding), small),
    ...footer.map((line) => p(escapeHtml(line), small)),
    '</div>',
    '</body>',
    '</html>',
  ]
    .filter((line) => line !== '')
    .join('\n')
  return { text, html }
}
