import { Field, ObjectType } from 'type-graphql'
import { LOCALES } from '../../../../contracts/locales'
import { DateTimeISO } from '../../common/date-time'
import { Locale } from '../../common/locale'
import { LocalizedView } from '../../common/localized'
import { NewsletterTopic } from '../newsletter/newsletter.types'
import { RichText, sanitizeRichHtml } from '../pages/rich-text'
import { issuePath, shownLocale, type ArchivedIssue } from './archive.service'

@ObjectType('NewsletterIssue', {
  implements: LocalizedView,
  description: 'A newsletter issue NSPM has sent, as published in the public archive: its content only, nothing about who received it.',
})
export class NewsletterIssueView extends LocalizedView {
  @Field(() => String, { description: 'URL key of the issue, e.g. "december-2026"; `newsletterIssue(slug:)` takes it.' })
  slug!: string

  @Field(() => String, {
    description: "The subject line, in the requested language if the issue was sent in it, else in the issue's own language (Swedish first); `languages` tells which exist.",
  })
  subject!: string

  @Field(() => String, { nullable: true, description: 'The preview text shown after the subject in mail clients, in the same language as `subject`; null when there was none.' })
  preheader!: string | null

  @Field(() => DateTimeISO, { description: 'When the issue was sent (the send finished).' })
  sentAt!: Date

  @Field(() => [NewsletterTopic], { description: 'The topics the issue was sent to subscribers of.' })
  topics!: NewsletterTopic[]

  @Field(() => [Locale], { description: 'The languages the issue was written and sent in.' })
  languages!: Locale[]

  @Field(() => RichText, { description: 'The content (body and announced publications, without the personal links of the email), in the same language as `subject`.' })
  body!: RichText

  @Field(() => String, { description: "The issue's public web page, in the same language as `subject`." })
  webUrl!: string
}

/** The view of an issue in the requested language, with the fallback of `shownLocale`. */
export function toIssueView(issue: ArchivedIssue, locale: Locale, publicUrl: string): NewsletterIssueView {
  const shown = shownLocale(issue, locale)
  const text = shown && issue.texts[shown]
  // The archive's statements select only issues with a Swedish or an English text.
  if (!shown || !text) throw new Error(`archived issue ${issue.id} has no text`)
  return {
    id: String(issue.id),
    locale,
    slug: issue.slug,
    subject: text.subject,
    preheader: text.preheader || null,
    sentAt: new Date(issue.sentAt),
    topics: issue.topics,
    languages: LOCALES.filter((language) => issue.texts[language] !== undefined),
    // Rendered by the CMS from the editor's rich text; sanitised again because RichText promises what it holds.
    body: { html: sanitizeRichHtml(text.bodyHtml), plainText: text.bodyText.trim() },
    webUrl: publicUrl + issuePath(issue, shown),
  }
}
