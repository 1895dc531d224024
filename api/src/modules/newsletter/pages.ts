import type { ServerResponse } from 'node:http'
import { escapeHtml } from '../../mail/layout'

export type PageLocale = 'sv' | 'en'

export const pageLocale = (value: string | null | undefined): PageLocale => (value === 'en' ? 'en' : 'sv')

// Forms post to this API only; nothing is loaded from anywhere else.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

export type Form = { action: string; token: string; locale: PageLocale; button: string; fields?: string; name?: string }

/** A hidden-token form: GET shows it, only its POST changes anything (mail scanners follow links). */
export function form({ action, token, locale, button, fields = '', name }: Form): string {
  return `<form method="post" action="${escapeHtml(action)}">
  <input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="lang" value="${locale}">
  ${name ? `<input type="hidden" name="action" value="${escapeHtml(name)}">` : ''}${fields}
  <button type="submit">${escapeHtml(button)}</button>
</form>`
}

/** A small, accessible page in Swedish or English. `body` is trusted HTML built with escapeHtml. */
export function pageHtml(locale: PageLocale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · NSPM</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{font-size:1rem;padding:.6rem 1.2rem;margin:.5rem 0}fieldset{margin:1rem 0}</style></head>
<body><main><h1>${escapeHtml(title)}</h1>
${body}
</main></body></html>`
}

/** What every page carries besides its caching: its own content security policy (above), no sniffing, no referrer. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
}

/** A page that is never stored: the pages behind emailed links, and every error page. */
export function sendPage(response: ServerResponse, status: number, locale: PageLocale, title: string, body: string): void {
  const html = pageHtml(locale, title, body)
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...PAGE_HEADERS })
  response.end(html)
}

export const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`
