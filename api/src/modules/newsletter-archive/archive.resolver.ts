import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql'
import { LocaleArg } from '../../common/args'
import type { Locale } from '../../common/locale'
import { connectionOf, mapPage, pageRequest, toPage } from '../../common/pagination'
import type { ApiContext } from '../../context'
import { NewsletterTopic } from '../newsletter/newsletter.types'
import { ISSUE_CURSORS, issueKey } from './archive.service'
import { NewsletterIssueView, toIssueView } from './archive.types'

const NewsletterIssueConnection = connectionOf(NewsletterIssueView, 'NewsletterIssue')
type NewsletterIssuePage = InstanceType<typeof NewsletterIssueConnection>

@Resolver(() => NewsletterIssueView)
export class NewsletterArchiveResolver {
  @Query(() => NewsletterIssueConnection, { description: 'The public archive: newsletter issues NSPM has sent, newest first; a page of at most 100.' })
  async newsletterIssues(
    @Arg('topic', () => NewsletterTopic, { nullable: true, description: 'Only issues sent to subscribers of this topic.' }) topic: NewsletterTopic | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<NewsletterIssuePage> {
    const request = pageRequest(first, after, ISSUE_CURSORS)
    const [issues, total] = await ctx.newsletterArchive.page(topic ?? null, request)
    const chosen = locale ?? ctx.defaultLocale
    return mapPage(toPage(issues, total, request, ISSUE_CURSORS, issueKey), (issue) => toIssueView(issue, chosen, ctx.publicUrl))
  }

  @Query(() => NewsletterIssueView, { nullable: true, description: 'One sent issue by its slug; null when no sent issue has that slug (unknown, or not sent yet).' })
  async newsletterIssue(
    @Arg('slug', () => String, { description: "The issue's slug." }) slug: string,
    @LocaleArg() locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<NewsletterIssueView | null> {
    const issue = await ctx.newsletterArchive.bySlug(slug)
    return issue ? toIssueView(issue, locale ?? ctx.defaultLocale, ctx.publicUrl) : null
  }
}
