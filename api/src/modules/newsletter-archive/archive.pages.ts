import { TOPIC_LABELS } from '../../../../contracts/select-values/newsletter'
import { escapeHtml } from '../../mail/layout'
import { longDate } from '../coordinator-checks/check.copy'
import { paragraph, type PageLocale } from '../newsletter/pages'
import { sanitizeRichHtml } from '../pages/rich-text'
import { ARCHIVE_COPY } from './archive.copy'
import { issuePath, listPath, shownLocale, type ArchivedIssue } from './archive.service'

/** A page's title (escaped by the layout) and its body, trusted HTML in which every outside string is escaped or sanitised. */
export type PageContent = { locale: PageLocale; title: string; body: string }

const link = (href: string, text: string, lang?: PageLocale) => `<a href="${escapeHtml(href)}"${lang ? ` lang="${lang}"` : ''}>${escapeHtml(text)}</a>`

function sentLine(issue: ArchivedIssue, locale: PageLocale): string {
  const copy = ARCHIVE_COPY[locale]
  const topics = issue.topics.map((topic) => TOPIC_LABELS[topic][locale]).join(', ')
  return `${escapeHtml(copy.sent)} <time datetime="${new Date(issue.sentAt).toISOString()}">${escapeHtml(longDate(new Date(issue.sentAt), locale))}</time>${topics ? ` · ${escapeHtml(copy.topics)}: ${escapeHtml(topics)}` : ''}`
}

/** The list: each issue's subject in the page's language where the issue has it (marked with its own `lang` where not). */
export function listPage(issues: ArchivedIssue[], locale: PageLocale, olderHref: string | null, isFirst: boolean): PageContent {
  const copy = ARCHIVE_COPY[locale]
  const items = issues.map((issue) => {
    const shown = shownLocale(issue, locale) ?? locale
    const text = issue.texts[shown]
    const preheader = text?.preheader ? `<br>${escapeHtml(text.preheader)}` : ''
    return `<li>${link(issuePath(issue, shown), text?.subject ?? issue.slug, shown === locale ? undefined : shown)}<br><small>${sentLine(issue, locale)}</small>${preheader}</li>`
  })
  const list = items.length > 0 ? `<ul>\n${items.join('\n')}\n</ul>` : paragraph(copy.empty)
  const paging = [olderHref ? link(olderHref, copy.older) : '', isFirst ? '' : link(listPath(locale), copy.first)]
  const nav = paging.filter(Boolean).join(' · ')
  return { locale, title: copy.listTitle, body: `${paragraph(copy.intro)}\n${list}${nav ? `\n<p>${nav}</p>` : ''}` }
}

/**
 * One issue in `shown`, its body sanitised again with RichText's rules: the CMS rendered it from an editor's rich
 * text, but the page must not depend on that (a row written by SQL, a renderer bug) to stay script-free.
 */
export function issuePage(issue: ArchivedIssue, shown: PageLocale): PageContent {
  const copy = ARCHIVE_COPY[shown]
  const text = issue.texts[shown]
  const other: PageLocale = shown === 'en' ? 'sv' : 'en'
  const otherLink = issue.texts[other] ? `<p>${link(issuePath(issue, other), copy.otherLanguage, other)}</p>\n` : ''
  const back = link(listPath(shown), copy.all)
  return {
    locale: shown,
    title: text?.subject ?? issue.slug,
    body: `<p><small>${sentLine(issue, shown)}</small></p>\n${otherLink}<article>\n${sanitizeRichHtml(text?.bodyHtml ?? '')}\n</article>\n<p>${back}</p>`,
  }
}

export const notFoundPage = (locale: PageLocale): PageContent => ({
  locale,
  title: ARCHIVE_COPY[locale].notFoundTitle,
  body: `${paragraph(ARCHIVE_COPY[locale].notFound)}\n<p>${link(listPath(locale), ARCHIVE_COPY[locale].all)}</p>`,
})
