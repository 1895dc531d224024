import { DateTimeISO } from '../../common/date-time'
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql'
import { Locale } from '../../common/locale'
import { enumOf } from '../../common/select-enum'
import { TOPICS, SUBSCRIPTION_STATUSES } from '../../../../contracts/select-values/newsletter'

export const NewsletterTopic = enumOf(TOPICS)
export type NewsletterTopic = (typeof NewsletterTopic)[keyof typeof NewsletterTopic]

registerEnumType(NewsletterTopic, {
  name: 'NewsletterTopic',
  description: 'What a subscriber wants to receive.',
  valuesConfig: {
    NEWS: { description: 'News from NSPM.' },
    PUBLICATIONS: { description: 'New reports and information material.' },
    EVENTS: { description: 'Training and events.' },
  },
})

@InputType('ConsentInput', { description: "Evidence of the subscriber's consent, as shown by the form." })
export class ConsentInput {
  @Field(() => Boolean, { description: 'Must be true: the person ticked the consent box.' })
  given!: boolean

  @Field(() => String, { description: 'The version of the consent text the person saw, e.g. "2026-11".' })
  textVersion!: string

  @Field(() => String, { nullable: true, description: 'Where the form was, e.g. "nspm.se/nyhetsbrev".' })
  source?: string | null
}

@InputType('SubscribeInput', { description: "A request to subscribe to NSPM's newsletter (double opt-in)." })
export class SubscribeInput {
  @Field(() => String, { description: 'The address to subscribe; it receives a confirmation link.' })
  email!: string

  @Field(() => [NewsletterTopic], { description: 'At least one topic.' })
  topics!: NewsletterTopic[]

  @Field(() => Locale, { nullable: true, description: 'Language of the emails; defaults to Swedish.' })
  locale?: Locale | null

  @Field(() => ConsentInput, { description: 'Consent evidence.' })
  consent!: ConsentInput
}

@ObjectType('SubscriptionRequest', { description: "The same answer whatever the address's state, so nobody can learn who subscribes." })
export class SubscriptionRequestResult {
  @Field(() => Boolean, { description: 'Always true when the input was valid.' })
  accepted!: boolean

  @Field(() => String, { description: 'What happens next, in the requested language.' })
  message!: string
}

export const SubscriptionStatus = enumOf(SUBSCRIPTION_STATUSES)
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus]

registerEnumType(SubscriptionStatus, {
  name: 'SubscriptionStatus',
  description: 'State of a newsletter subscription.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the address to confirm.' },
    CONFIRMED: { description: 'Confirmed: receives the newsletter.' },
    UNSUBSCRIBED: { description: 'Unsubscribed: receives nothing.' },
  },
})

@ObjectType('NewsletterSubscription', { description: 'A subscription, shown only to the holder of a link from its emails.' })
export class NewsletterSubscriptionView {
  @Field(() => SubscriptionStatus, { description: 'Current state.' })
  status!: SubscriptionStatus

  @Field(() => [NewsletterTopic], { description: 'Chosen topics.' })
  topics!: NewsletterTopic[]

  @Field(() => Locale, { description: 'Language of the emails.' })
  locale!: Locale

  @Field(() => DateTimeISO, { nullable: true, description: 'When the address was confirmed.' })
  confirmedAt!: Date | null
}
