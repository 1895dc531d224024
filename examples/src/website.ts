import { CombinedGraphQLErrors, type ApolloClient } from '@apollo/client'
import {
  ChangesDocument,
  CoordinatorLookupDocument,
  ManualStepsDocument,
  NewsletterArchiveDocument,
  NewsletterIssueDocument,
  OrderMaterialDocument,
  PublicationCatalogueDocument,
  RegionPageDocument,
  SearchDocument,
  SubscribeToNewsletterDocument,
  SupportLineDocument,
  type ChangesQuery,
  type CoordinatorLookupQuery,
  type Locale,
  type ManualStepsQuery,
  type NewsletterArchiveQuery,
  type NewsletterIssueQuery,
  type NewsletterTopic,
  type OrderMaterialInput,
  type OrderMaterialMutation,
  type PublicationCatalogueQuery,
  type PublicType,
  type RegionPageQuery,
  type SearchQuery,
  type SubscribeInput,
  type SubscribeToNewsletterMutation,
  type SupportLineQuery,
} from './gql/graphql'

/**
 * The website's reads and writes, one typed function per document in ../documents. Each passes a generated
 * TypedDocumentNode, so its variables and its result are checked against schema.graphql by the compiler: a
 * renamed field or a missing variable is a type error here, not a blank page.
 */

export async function regionPage(client: ApolloClient, slug: string, locale: Locale): Promise<RegionPageQuery> {
  return required(await client.query({ query: RegionPageDocument, variables: { slug, locale } }))
}

/**
 * The contacts for a municipality, or null when nothing matches: the API's NOT_FOUND lists the names it
 * suggests in `extensions.suggestions`, which the page can offer ("Did you mean Kiruna?").
 */
export async function coordinatorLookup(
  client: ApolloClient,
  municipality: string,
  locale: Locale,
): Promise<{ contacts: CoordinatorLookupQuery['coordinatorsForMunicipality'] } | { suggestions: string[] }> {
  try {
    const data = required(await client.query({ query: CoordinatorLookupDocument, variables: { municipality, locale } }))
    return { contacts: data.coordinatorsForMunicipality }
  } catch (error) {
    const notFound = CombinedGraphQLErrors.is(error) ? error.errors.find((entry) => entry.extensions?.code === 'NOT_FOUND') : undefined
    if (!notFound) throw error
    const suggestions = notFound.extensions?.suggestions
    return { suggestions: Array.isArray(suggestions) ? suggestions.filter((name): name is string => typeof name === 'string') : [] }
  }
}

/** `isOpenNow` changes by the clock: always from the network, never from the cache. */
export async function supportLine(client: ApolloClient, locale: Locale): Promise<SupportLineQuery['supportLine']> {
  return required(await client.query({ query: SupportLineDocument, variables: { locale }, fetchPolicy: 'network-only' })).supportLine
}

export async function manualSteps(client: ApolloClient, locale: Locale): Promise<ManualStepsQuery['manualSteps']> {
  return required(await client.query({ query: ManualStepsDocument, variables: { locale } })).manualSteps
}

export async function search(client: ApolloClient, query: string, locale: Locale, first = 10): Promise<SearchQuery['search']> {
  return required(await client.query({ query: SearchDocument, variables: { query, locale, first } })).search
}

/** One page of the order catalogue; pass the previous page's `pageInfo.endCursor` as `after` for the next. */
export async function publicationCatalogue(
  client: ApolloClient,
  locale: Locale,
  page: { first: number; after?: string | null },
): Promise<PublicationCatalogueQuery['publications']> {
  return required(await client.query({ query: PublicationCatalogueDocument, variables: { locale, ...page } })).publications
}

/** The archive of sent newsletter issues, newest first; `topic` narrows it to one newsletter. */
export async function newsletterArchive(
  client: ApolloClient,
  locale: Locale,
  page: { first: number; after?: string | null; topic?: NewsletterTopic | null },
): Promise<NewsletterArchiveQuery['newsletterIssues']> {
  return required(await client.query({ query: NewsletterArchiveDocument, variables: { locale, ...page } })).newsletterIssues
}

/** One sent issue; null for a slug that names none (show the site's 404). */
export async function newsletterIssue(client: ApolloClient, slug: string, locale: Locale): Promise<NewsletterIssueQuery['newsletterIssue']> {
  return required(await client.query({ query: NewsletterIssueDocument, variables: { slug, locale } })).newsletterIssue
}

export async function subscribeToNewsletter(client: ApolloClient, input: SubscribeInput): Promise<SubscribeToNewsletterMutation['subscribeToNewsletter']> {
  return required(await client.mutate({ mutation: SubscribeToNewsletterDocument, variables: { input } })).subscribeToNewsletter
}

/** Generate `input.idempotencyKey` once per order (crypto.randomUUID()) and reuse it when retrying. */
export async function orderMaterial(client: ApolloClient, input: OrderMaterialInput): Promise<OrderMaterialMutation['orderMaterial']> {
  return required(await client.mutate({ mutation: OrderMaterialDocument, variables: { input } })).orderMaterial
}

/**
 * One page of the change log after `after` (omitted: from the start; `first: 0` gives only the head as
 * `pageInfo.endCursor`). A partner stores the last `endCursor` and calls this until `hasNextPage` is false. Always
 * from the network: the cache cannot know what changed since.
 */
export async function changesSince(client: ApolloClient, locale: Locale, page: { after?: string | null; first: number; types?: PublicType[] }): Promise<ChangesQuery['changes']> {
  return required(await client.query({ query: ChangesDocument, variables: { locale, ...page }, fetchPolicy: 'network-only' })).changes
}

/**
 * Apollo Client 4 rejects on a GraphQL error (errorPolicy "none"), so a result without data is a programming
 * error, such as a fetchPolicy of "cache-only" on an empty cache.
 */
function required<T>(result: { data?: T | null | undefined }): T {
  if (result.data === undefined || result.data === null) throw new Error('The API answered without data')
  return result.data
}
