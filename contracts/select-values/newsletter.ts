import { t, type Bilingual } from '../bilingual'

/** The newsletters one can subscribe to: the select field's options and what the CSV export accepts. */
export const TOPICS = ['news', 'publications', 'events'] as const
export type Topic = (typeof TOPICS)[number]

export const TOPIC_LABELS: Record<Topic, Bilingual> = {
  news: t('Nyheter från NSPM', 'News from NSPM'),
  publications: t('Nya publikationer', 'New publications'),
  events: t('Utbildningar och evenemang', 'Training and events'),
}

/** Double opt-in: only `confirmed` subscribers get mailings. The CMS's select and the API's `SubscriptionStatus`. */
export const SUBSCRIPTION_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

export const isTopic = (value: unknown): value is Topic => TOPICS.some((topic) => topic === value)
