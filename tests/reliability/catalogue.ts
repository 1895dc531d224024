/**
 * Every attack and fault the suite tries, what the system must do, and the test that proves it. The report
 * (README.md here) is rendered from this list and the figures of the last load run; catalogue.test.ts fails when
 * an entry names a test that does not exist, or when the report was not regenerated.
 */
export type ReliabilityCheck = {
  area: string
  attack: string
  behaviour: string
  /** The test file, relative to tests/, and a title that occurs in it verbatim. */
  test: { file: string; title: string }
}

export const CATALOGUE: readonly ReliabilityCheck[] = [
  { area: 'GraphQL abuse', attack: 'Query nested deeper than 6 levels', behaviour: 'Refused with GRAPHQL_VALIDATION_FAILED; depth 6 still works', test: { file: 'hardening/query-limits.test.ts', title: 'accepts the deepest legitimate query and refuses one level more' } },
  { area: 'GraphQL abuse', attack: '16 aliases of one field', behaviour: 'Refused (limit 15)', test: { file: 'hardening/query-limits.test.ts', title: 'refuses more than 15 aliases' } },
  { area: 'GraphQL abuse', attack: '51 directives', behaviour: 'Refused (limit 50)', test: { file: 'hardening/query-limits.test.ts', title: 'refuses more than 50 directives' } },
  { area: 'GraphQL abuse', attack: 'Cheap-to-send query with an estimated cost over 5,000 (three aliased region trees)', behaviour: 'Refused with 400 before execution', test: { file: 'hardening/query-limits.test.ts', title: 'refuses a query whose estimated cost is over 5000, within every other limit' } },
  { area: 'GraphQL abuse', attack: 'Document over 1,000 tokens', behaviour: 'HTTP 400 at parse time, never 500', test: { file: 'hardening/query-limits.test.ts', title: 'answers an oversized document with 400 at parse time, never 500' } },
  { area: 'GraphQL abuse', attack: 'Request body over 64 kB', behaviour: 'HTTP 413 before parsing', test: { file: 'hardening/query-limits.test.ts', title: 'refuses request bodies over 64 kB with 413' } },
  { area: 'GraphQL abuse', attack: 'Batched operations in one HTTP request', behaviour: 'Refused (batching off)', test: { file: 'hardening/query-limits.test.ts', title: 'refuses batched requests' } },
  { area: 'GraphQL abuse', attack: 'Mutation sent as GET', behaviour: 'HTTP 405; nothing runs', test: { file: 'hardening/query-limits.test.ts', title: 'never runs a mutation over GET' } },
  { area: 'GraphQL abuse', attack: 'Cross-site "simple" POST (CSRF)', behaviour: 'HTTP 400 from CSRF prevention (a browser cannot send it without a preflight)', test: { file: 'hardening/query-limits.test.ts', title: 'refuses a simple cross-site POST (CSRF prevention)' } },
  { area: 'GraphQL abuse', attack: 'Misspelt field names to harvest suggestions (production)', behaviour: 'No "Did you mean" in errors', test: { file: 'hardening/query-limits.test.ts', title: 'hides field suggestions from error messages' } },
  { area: 'GraphQL abuse', attack: 'Looking for a landing page or explorer (production)', behaviour: 'None served', test: { file: 'hardening/query-limits.test.ts', title: 'serves no explorer page' } },
  { area: 'Privacy', attack: 'Database error whose message holds an email address', behaviour: 'Client sees a generic message, code and error id; the log has the id, not the address', test: { file: 'api/error-masking.test.ts', title: 'masks the failure, names it by id, and logs the id without the message' } },
  { area: 'Privacy', attack: 'Read subscriber, orderer or user data through the public schema', behaviour: 'No such type or field: every output field is on a reviewed allow-list', test: { file: 'hardening/schema-allow-list.test.ts', title: 'has no output type or field outside the allow-list' } },
  { area: 'Privacy', attack: 'Reach a private type through unions or interfaces', behaviour: 'None reachable', test: { file: 'hardening/schema-allow-list.test.ts', title: 'reaches no private record type from any field, union or interface' } },
  { area: 'Fuzzing', attack: 'subscribeToNewsletter with 1,000 generated hostile inputs', behaviour: 'Never a 500, never an unmasked message, never the input echoed', test: { file: 'hardening/mutation-fuzz.test.ts', title: 'subscribeToNewsletter(input)' } },
  { area: 'Fuzzing', attack: 'confirmNewsletterSubscription with 1,000 generated tokens', behaviour: 'As above', test: { file: 'hardening/mutation-fuzz.test.ts', title: 'confirmNewsletterSubscription(token)' } },
  { area: 'Fuzzing', attack: 'unsubscribeFromNewsletter with 1,000 generated tokens', behaviour: 'As above', test: { file: 'hardening/mutation-fuzz.test.ts', title: 'unsubscribeFromNewsletter(token)' } },
  { area: 'Fuzzing', attack: 'updateNewsletterPreferences with 1,000 generated arguments', behaviour: 'As above', test: { file: 'hardening/mutation-fuzz.test.ts', title: 'updateNewsletterPreferences(token, topics, locale)' } },
  { area: 'Fuzzing', attack: 'eraseNewsletterSubscription with 1,000 generated tokens', behaviour: 'As above', test: { file: 'hardening/mutation-fuzz.test.ts', title: 'eraseNewsletterSubscription(token)' } },
  { area: 'Fuzzing', attack: 'orderMaterial with 1,000 generated hostile orders', behaviour: 'As above; no order row from an invalid input', test: { file: 'hardening/mutation-fuzz.test.ts', title: 'orderMaterial(input)' } },
  { area: 'CMS', attack: "Anonymous reads of subscribers, orders, users and drafts through Payload's REST and GraphQL", behaviour: 'Refused; subscribers and orders have no GraphQL types at all', test: { file: 'cms/anonymous-access.test.ts', title: "Payload's REST and GraphQL endpoints without a login" } },
  { area: 'CMS', attack: 'An editor reading subscribers and orders', behaviour: 'Refused', test: { file: 'cms/roles.test.ts', title: 'refuses subscribers and orders to an editor' } },
  { area: 'CMS', attack: 'An editor granting themselves a role', behaviour: 'Refused', test: { file: 'cms/roles.test.ts', title: 'does not let an editor grant themselves a role' } },
  { area: 'Load', attack: 'Mixed load: reads with 5 % subscriptions and orders, 16 clients', behaviour: 'Zero 5xx, zero unexpected errors, every acknowledged order stored once, memory stable (figures below)', test: { file: 'reliability/mixed-load.test.ts', title: 'serves mixed reads and writes without a 5xx, with stable memory' } },
]
