import type { EntityManager } from '@mikro-orm/postgresql'
import { z } from 'zod'
import { LOCALES, type ContentLocale } from '../../../../contracts/locales'
import type { IssueLanguage, RenderedIssue } from '../../../../contracts/newsletter-issues'
import type { Topic } from '../../../../contracts/select-values/newsletter'
import { CursorCodec } from '../../common/cursor'
import { selectRows } from '../../common/lean'
import type { PageRequest } from '../../common/pagination'
import { ARCHIVE_ISSUE_SQL, ARCHIVE_PAGE_SQL } from './archive.sql'

/** Where the archive's pages are served (archive.routes.ts). */
export const ARCHIVE_PATH = '/newsletter/issues'

/** One language of an archived issue: the content alone, as the CMS rendered it for the archive. */
type IssueText = Pick<RenderedIssue, 'subject' | 'preheader' | 'bodyHtml' | 'bodyText'>

/** A sent issue as the archive holds it: what was published, nothing about whom it went to. */
export type ArchivedIssue = {
  /** The CMS's issue id. */
  id: number
  slug: string
  language: IssueLanguage
  topics: Topic[]
  /** When the send finished, ISO with microseconds (the keyset's first part); `new Date()` reads it. */
  sentAt: string
  texts: Partial<Record<ContentLocale, IssueText>>
}

/** Pages are newest first: a cursor is the last issue's sent-at (microseconds) and id. */
type IssueKey = [sentAt: string, id: number]
export const ISSUE_CURSORS = new CursorCodec<IssueKey>('newsletterIssues', z.tuple([z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/), z.number().int().nonnegative()]))
export const issueKey = (issue: ArchivedIssue): IssueKey => [issue.sentAt, issue.id]

/**
 * The language an issue is shown in when `wanted` is asked for: that one if the issue was sent in it, else Swedish,
 * else the one it has (an issue sent only in English answers in English). The archive's statements select only issues
 * with a Swedish or an English text, so it is undefined for none of them.
 */
export function shownLocale(issue: ArchivedIssue, wanted: ContentLocale): ContentLocale | undefined {
  if (issue.texts[wanted]) return wanted
  return LOCALES.find((locale) => issue.texts[locale] !== undefined)
}

/** The list's first page in `locale`. */
export const listPath = (locale: ContentLocale): string => (locale === 'en' ? `${ARCHIVE_PATH}?lang=en` : ARCHIVE_PATH)

/** The issue's page; `?lang=en` only where the English text is not what the page shows anyway. */
export function issuePath(issue: ArchivedIssue, locale: ContentLocale): string {
  const path = `${ARCHIVE_PATH}/${encodeURIComponent(issue.slug)}`
  return locale === 'en' && issue.texts.sv ? `${path}?lang=en` : path
}

type PageRow = { totalCount: number; issues: ArchivedIssue[] }

/** What could be a slug: no control characters (PostgreSQL refuses NUL) and no path separator; anything else is unknown. */
const PLAUSIBLE_SLUG = /^[^\p{Cc}/]{1,200}$/u

/**
 * The public archive of sent issues, one SQL statement per read (not the published snapshot: the issues live in the
 * API's own `newsletter_sends`, outside the change log, and their bodies would sit in every replica's memory for
 * the few requests that read them; the response cache keeps what is read often). Reads go through the request's
 * EntityManager, so GraphQL queries may be answered by a read replica like search.
 */
export class NewsletterArchive {
  constructor(private readonly em: EntityManager) {}

  /** The page after the cursor plus one more issue if there is one, and how many issues match in all. */
  async page(topic: Topic | null, request: PageRequest<IssueKey>): Promise<[ArchivedIssue[], number]> {
    const [sentAt, id] = request.after ?? [null, 0]
    const [row] = await selectRows<PageRow>(this.em, ARCHIVE_PAGE_SQL, [topic, topic, sentAt, sentAt, id, request.limit + 1])
    return [row?.issues ?? [], row?.totalCount ?? 0]
  }

  /** The sent issue with that slug; undefined when there is none (never sent, not yet finished, or unknown). */
  async bySlug(slug: string): Promise<ArchivedIssue | undefined> {
    if (!PLAUSIBLE_SLUG.test(slug)) return undefined
    const [row] = await selectRows<{ issue: ArchivedIssue }>(this.em, ARCHIVE_ISSUE_SQL, [slug])
    return row?.issue
  }
}
