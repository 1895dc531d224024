/** Where a cacheable answer (a /graphql query, an archive page) came from: this replica's response cache, a fresh execution, or an identical one running. */
export type CacheResult = 'hit' | 'miss' | 'coalesced'

/**
 * What the access log and the metrics need of one request, filled in as the request is handled (the routes set
 * what only they know). Never anything the caller typed beyond the operation's name: no variables, no query text.
 */
export class RequestRecord {
  operation: string | undefined = undefined
  cache: CacheResult | undefined = undefined
  /** The limit policy that refused the request (429). */
  refusedPolicy: string | undefined = undefined
  /** `extensions.code` of the errors answered, and the ids of masked internal errors (also in their own log line). */
  errorCodes: string[] | undefined = undefined
  errorIds: string[] | undefined = undefined

  constructor(
    readonly id: string,
    /** performance.now() when the request arrived. */
    readonly started: number,
  ) {}
}
