import { Field, ID, InterfaceType } from 'type-graphql'
import { Locale } from './locale'

/**
 * Every document the API serves is answered in one language, but its `id` is the same in every language. A
 * client cache that normalises by `id` alone (Apollo's InMemoryCache, urql's Graphcache, Relay) would keep one
 * entry for the Swedish and the English answer, and a Swedish page could show English names after an English
 * query. `locale` says which language an object was answered in, so clients key their cache on both; the
 * interface lets them say so once for every such type (examples/ does, through Apollo's `possibleTypes`).
 */
@InterfaceType('Localized', {
  description:
    'A document answered in one language. Its `id` is the same in every language, so a client that caches objects by identity keys them by `id` and `locale` together (Apollo Client: `keyFields: ["id", "locale"]` on this interface).',
})
export abstract class LocalizedView {
  @Field(() => ID, { description: 'Stable identifier, the same in every language.' })
  id!: string

  @Field(() => Locale, {
    description: "The language of this object's texts and of the objects it links to: the query's `locale` argument, or the one Accept-Language chose.",
  })
  locale!: Locale
}
