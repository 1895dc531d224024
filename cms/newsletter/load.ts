import type { PayloadRequest } from 'payload'
import type { ContentLocale } from '../../contracts/locales'
import { ISSUE_LANGUAGES, type IssueLanguage, type RenderedIssues } from '../../contracts/newsletter-issues'
import { isTopic, type Topic } from '../../contracts/select-values/newsletter'
import { cmsEnv } from '../env'
import type { NewsletterIssue, Publication } from '../payload-types'
import { renderIssue, type AnnouncedPublication } from './render'

/** Which version: what editors last saved (preview, test) or what was published (the send). */
export type Version = 'saved' | 'published'

export type LoadedIssue = {
  id: number
  slug: string | null
  language: IssueLanguage
  topics: Topic[]
  /** False when the saved version is a draft (never published, or changes not yet published). */
  published: boolean
  /** The languages whose subject is missing (nothing to send in them). */
  missing: ContentLocale[]
  rendered: RenderedIssues
}

const localesOf = (language: IssueLanguage): ContentLocale[] => (language === 'both' ? ['sv', 'en'] : [language])

function announced(publication: number | Publication | null | undefined, publicUrl: string): AnnouncedPublication[] {
  if (!publication || typeof publication !== 'object') return []
  const file = typeof publication.file === 'object' ? publication.file : null
  const url = file?.url ? new URL(file.url, publicUrl).toString() : (publication.url ?? null)
  return [{ title: publication.title, summary: publication.summary ?? null, url, orderable: publication.orderable ?? false, articleNumber: publication.articleNumber ?? null }]
}

/**
 * The issue, read with the caller's rights in each of its languages (no fallback: an English issue without an
 * English subject is missing, not Swedish), with its images and publications populated, and rendered. Null when
 * the caller may not read it or it does not exist.
 */
export async function loadIssue(req: PayloadRequest, id: number, version: Version): Promise<LoadedIssue | null> {
  const read = (locale: ContentLocale) =>
    req.payload.findByID({
      collection: 'newsletter-issues',
      id,
      locale,
      fallbackLocale: false,
      depth: 2,
      draft: version === 'saved',
      disableErrors: true,
      overrideAccess: false,
      req,
    })
  const first = await read('sv')
  if (!first) return null
  const language = ISSUE_LANGUAGES.find((value) => value === first.language) ?? 'sv'
  const rendered: RenderedIssues = {}
  const missing: ContentLocale[] = []
  for (const locale of localesOf(language)) {
    const doc: NewsletterIssue | null = locale === 'sv' ? first : await read(locale)
    if (!doc?.subject?.trim()) {
      missing.push(locale)
      continue
    }
    const publications = (doc.publications ?? []).flatMap((publication) => announced(publication, cmsEnv.publicUrl))
    rendered[locale] = renderIssue({ subject: doc.subject.trim(), preheader: doc.preheader?.trim() ?? '', body: doc.body, publications }, locale, cmsEnv.publicUrl)
  }
  return { id, slug: first.slug ?? null, language, topics: (first.topics ?? []).filter(isTopic), published: first._status === 'published', missing, rendered }
}
