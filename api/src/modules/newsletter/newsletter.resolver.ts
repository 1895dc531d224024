import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import { Locale } from '../../common/locale'
import type { ApiContext } from '../../context'
import { confirm, erase, preferences, unsubscribe, updatePreferences } from './manage.service'
import { NewsletterSubscriptionView, NewsletterTopic, SubscribeInput, SubscriptionRequestResult } from './newsletter.types'
import { subscribe } from './subscribe.service'
import type { SubscriberRow } from './subscribers.repository'

const TokenArg = () => Arg('token', () => String, { description: "The token from a link in one of the subscription's emails." })

const toView = (row: SubscriberRow): NewsletterSubscriptionView => ({ status: row.status, topics: row.topics, locale: row.locale, confirmedAt: row.confirmedAt })

@Resolver()
export class NewsletterResolver {
  @Mutation(() => SubscriptionRequestResult, {
    description:
      'Subscribes an address (double opt-in): a confirmation email is sent and the subscription starts when its link is used. ' +
      "The answer is identical whatever the address's state. RATE_LIMITED (HTTP 429) when the caller has sent its quota of " +
      'subscriptions within the window (see the RateLimit headers); `extensions.retryAfter` says in how many seconds it may subscribe again.',
  })
  subscribeToNewsletter(
    @Arg('input', () => SubscribeInput, { description: 'Address, topics, language and consent.' }) input: SubscribeInput,
    @Ctx() ctx: ApiContext,
  ): Promise<SubscriptionRequestResult> {
    return subscribe(ctx.em, input, ctx.limits)
  }

  @Mutation(() => NewsletterSubscriptionView, { description: 'Confirms a subscription with the token from the confirmation email (once, within 48 hours).' })
  async confirmNewsletterSubscription(@TokenArg() token: string, @Ctx() ctx: ApiContext): Promise<NewsletterSubscriptionView> {
    return toView(await confirm(ctx.em, token))
  }

  @Mutation(() => NewsletterSubscriptionView, { description: 'Unsubscribes; repeating it is harmless.' })
  async unsubscribeFromNewsletter(@TokenArg() token: string, @Ctx() ctx: ApiContext): Promise<NewsletterSubscriptionView> {
    return toView(await unsubscribe(ctx.em, token))
  }

  @Mutation(() => NewsletterSubscriptionView, { description: 'Changes the topics and language of a subscription.' })
  async updateNewsletterPreferences(
    @TokenArg() token: string,
    @Arg('topics', () => [NewsletterTopic], { description: 'At least one topic.' }) topics: NewsletterTopic[],
    @Arg('locale', () => Locale, { nullable: true, description: 'Language of the emails.' }) locale: Locale | null,
    @Ctx() ctx: ApiContext,
  ): Promise<NewsletterSubscriptionView> {
    return toView(await updatePreferences(ctx.em, token, topics, locale ?? null))
  }

  @Mutation(() => Boolean, { description: 'Erases the subscriber and everything stored about them (GDPR). The link stops working.' })
  async eraseNewsletterSubscription(@TokenArg() token: string, @Ctx() ctx: ApiContext): Promise<boolean> {
    await erase(ctx.em, token)
    return true
  }

  @Query(() => NewsletterSubscriptionView, { description: "A subscription's state and preferences, for the holder of a link from its emails." })
  async newsletterSubscription(@TokenArg() token: string, @Ctx() ctx: ApiContext): Promise<NewsletterSubscriptionView> {
    ctx.cachePolicy.neverStore()
    return toView(await preferences(ctx.em, token))
  }
}
