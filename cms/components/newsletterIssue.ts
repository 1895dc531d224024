import type { SendStatus } from '../newsletter/sends'
import type { ContentLocale } from '../../contracts/locales'

/** What the newsletter issue's admin panels fetch, and how they say numbers (shared by the preview and the send panel). */
type Preview = { subject: string; preheader: string; html: string; text: string }
export type PreviewAnswer = { language: string; missing: ContentLocale[] } & Partial<Record<ContentLocale, Preview>>
export type StatusAnswer = { send: SendStatus | null }
type ErrorBody = { errors?: { message?: string }[]; message?: string }

/** A JSON call to one of the issue's endpoints, with the editor's language for the refusals' text. */
export async function callIssue<T>(api: string, id: string | number, path: string, language: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${api}/newsletter-issues/${id}/${path}`, {
    method: init.method ?? 'GET',
    credentials: 'include',
    headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const body = (await response.json().catch(() => ({}))) as T & ErrorBody
  return { ok: response.ok, body, error: body.errors?.[0]?.message }
}

/** "1 234" in Swedish (a space between thousands), "1,234" in English. */
export const formatCount = (count: number, language: string): string => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(count)
