import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client'
import { possibleTypes } from './gql/possible-types'

/**
 * The cache every NSPM client needs. Objects are answered in one language but keep their `id` in every
 * language, so keying them by `id` alone (Apollo's default) makes `Region:1` one entry for Swedish and English,
 * and a Swedish page shows English names after an English query. Every such type implements the `Localized`
 * interface; `possibleTypes` (generated from the schema) tells Apollo which, so this one policy covers them all,
 * including types added to the API later. Documents must select `id` and `locale` on them: Apollo refuses to
 * write an object whose key fields are missing.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      Localized: { keyFields: ['id', 'locale'] },
    },
  })
}

/** A client for the public API, e.g. `createClient('https://api.example.se/graphql')`. Queries pass `locale`. */
export function createClient(uri: string, options: { fetch?: typeof fetch } = {}): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri, fetch: options.fetch }), cache: createCache() })
}
