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
  {
    area: 'GraphQL abuse',
    attack: 'Query nested one level deeper than the limit of 6',
    behaviour: 'Refused with GRAPHQL_VALIDATION_FAILED and the depth found; exactly 6 levels answered; answered by a server without the limit, so the depth limit is what refuses',
    test: { file: 'hardening/query-limits.test.ts', title: 'answers a query exactly as deep as the depth limit and refuses one level deeper' },
  },
  {
    area: 'GraphQL abuse',
    attack: '16 aliases, of __typename too (graphql-armor leaves __typename out by default)',
    behaviour: 'Refused with the alias count (limit 15); exactly 15 answered; answered by a server without the limit',
    test: { file: 'hardening/query-limits.test.ts', title: 'answers exactly as many aliases as the limit allows, of __typename too, and refuses one more' },
  },
  {
    area: 'GraphQL abuse',
    attack: '51 directives in an otherwise valid document',
    behaviour: 'Refused with the directive count (limit 50); exactly 50 answered; answered by a server without the limit',
    test: { file: 'hardening/query-limits.test.ts', title: 'answers exactly as many directives as the limit allows and refuses one more' },
  },
  {
    area: 'GraphQL abuse',
    attack:
      "Cheap-to-send query with an estimated cost over 25,000 (four aliased pages of 100 coordinators with their regions' municipalities), `first` as a variable or written out",
    behaviour: 'Refused with 400 before execution; the same query with small pages runs',
    test: {
      file: 'hardening/query-limits.test.ts',
      title: 'refuses a query whose estimated cost is over 25,000, within every other limit, whether `first` is a variable or written out',
    },
  },
  {
    area: 'GraphQL abuse',
    attack: 'A query whose estimated cost is one over the limit of 25,000',
    behaviour: 'Refused with the cost found; a query costing exactly 25,000 answered; answered by a server without the limit',
    test: { file: 'hardening/query-limits.test.ts', title: 'answers a query whose estimated cost is exactly the cost limit and refuses one costing one more' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'A document with many validation errors (e.g. ten unknown directives on one field)',
    behaviour: 'Validation stops after 5 errors and says so; up to 5 are all reported; a server without the cap reports all',
    test: { file: 'hardening/query-limits.test.ts', title: 'stops validating at the error limit, and reports every error up to there' },
  },
  {
    area: 'GraphQL abuse',
    attack: "graphql-cop's twelve checks (its request documents and verdicts, ported) against the production-mode API",
    behaviour:
      'Nothing found but introspection, which is on by choice (no alias or directive overloading, batching, GET or form-encoded queries, IDE, suggestions, tracing, unhandled errors, circular introspection)',
    test: { file: 'hardening/graphql-cop.test.ts', title: 'finds introspection and nothing else' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'A query written with fragments (as client caches write them) that is deep only in syntax',
    behaviour: 'Depth counts the data, not the fragments: answered; one level of data more is refused',
    test: { file: 'hardening/query-limits.test.ts', title: 'counts the depth of the data, not the fragments a client cache writes it with' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Document of 1,001 tokens',
    behaviour: 'HTTP 400 GRAPHQL_PARSE_FAILED at parse time, never 500; exactly 1,000 answered; answered by a server without the limit',
    test: { file: 'hardening/query-limits.test.ts', title: 'answers a document of exactly the token limit and refuses one token more at parse time' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Request body of 64 kB and one byte',
    behaviour: 'HTTP 413 PAYLOAD_TOO_LARGE before parsing; exactly 64 kB answered; answered by a server without the limit',
    test: { file: 'hardening/query-limits.test.ts', title: 'answers a request body of exactly the byte limit and refuses one byte more with 413' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Batched operations in one HTTP request',
    behaviour: 'Refused (batching off)',
    test: { file: 'hardening/query-limits.test.ts', title: 'refuses batched requests' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Mutation sent as GET',
    behaviour: 'HTTP 405; nothing runs',
    test: { file: 'hardening/query-limits.test.ts', title: 'never runs a mutation over GET' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Cross-site "simple" POST (CSRF)',
    behaviour: 'HTTP 400 from CSRF prevention (a browser cannot send it without a preflight)',
    test: { file: 'hardening/query-limits.test.ts', title: 'refuses a simple cross-site POST (CSRF prevention)' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Simple POST and mutation-by-GET from a page on another origin, with CORS open to every origin',
    behaviour: 'Still HTTP 400 and 405, and the mutation leaves no row: only requests a CORS preflight allowed ever run',
    test: { file: 'api/cors.test.ts', title: 'keeps CSRF prevention: a simple cross-origin POST is refused, and a GET never runs a mutation' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'A page on an origin not in API_CORS_ORIGINS calling the API from Chromium',
    behaviour: 'No CORS headers: the preflight fails, the browser sends no request and reads no answer',
    test: { file: 'e2e/browser-api.test.ts', title: 'serves a listed origin and lets the browser refuse any other' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Misspelt field names to harvest suggestions (production)',
    behaviour: 'No "Did you mean" in errors',
    test: { file: 'hardening/query-limits.test.ts', title: 'hides field suggestions from error messages' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'Looking for a landing page or explorer (production)',
    behaviour: 'None served',
    test: { file: 'hardening/query-limits.test.ts', title: 'serves no explorer page' },
  },
  {
    area: 'GraphQL abuse',
    attack: 'search with a run of 200 hyphens (PostgreSQL stacks one NOT per hyphen and failed past 32 with XX000)',
    behaviour: 'A run of hyphens is one exclusion: answered with hits or none, never INTERNAL_SERVER_ERROR',
    test: { file: 'api/search.test.ts', title: 'reads a run of hyphens as one exclusion, never as an error' },
  },
  {
    area: 'Privacy',
    attack: "Database error whose message, detail and hint hold the caller's email address (a trigger refusing one subscription)",
    behaviour: 'Client sees a generic message, code and error id; the log has the id and SQLSTATE, not the address nor the message',
    test: {
      file: 'api/error-masking.test.ts',
      title: "masks a database error holding the caller's email address: the client gets a code and an id, the log the id and not the address",
    },
  },
  {
    area: 'Privacy',
    attack: 'Read subscriber, orderer or user data through the public schema',
    behaviour: 'No such type or field: every output field is on a reviewed allow-list',
    test: { file: 'hardening/schema-allow-list.test.ts', title: 'has no output type or field outside the allow-list' },
  },
  {
    area: 'Privacy',
    attack: 'Reach a private type through unions or interfaces',
    behaviour: 'None reachable',
    test: { file: 'hardening/schema-allow-list.test.ts', title: 'reaches no private record type from any field, union or interface' },
  },
  {
    area: 'Fuzzing',
    attack: 'subscribeToNewsletter with 1,000 generated hostile inputs',
    behaviour: 'Never a 5xx, only known error codes, never an unmasked message (stack, SQL, driver text), never the address echoed',
    test: { file: 'hardening/mutation-fuzz.test.ts', title: 'subscribeToNewsletter(input)' },
  },
  {
    area: 'Fuzzing',
    attack: 'confirmNewsletterSubscription with 1,000 generated tokens',
    behaviour: 'Never a 5xx, only known error codes, never an unmasked message; real links succeed',
    test: { file: 'hardening/mutation-fuzz.test.ts', title: 'confirmNewsletterSubscription(token)' },
  },
  {
    area: 'Fuzzing',
    attack: 'unsubscribeFromNewsletter with 1,000 generated tokens',
    behaviour: 'Never a 5xx, only known error codes, never an unmasked message; real links succeed',
    test: { file: 'hardening/mutation-fuzz.test.ts', title: 'unsubscribeFromNewsletter(token)' },
  },
  {
    area: 'Fuzzing',
    attack: 'updateNewsletterPreferences with 1,000 generated arguments',
    behaviour: 'Never a 5xx, only known error codes, never an unmasked message; real links succeed',
    test: { file: 'hardening/mutation-fuzz.test.ts', title: 'updateNewsletterPreferences(token, topics, locale)' },
  },
  {
    area: 'Fuzzing',
    attack: 'eraseNewsletterSubscription with 1,000 generated tokens',
    behaviour: 'Never a 5xx, only known error codes, never an unmasked message; real links succeed',
    test: { file: 'hardening/mutation-fuzz.test.ts', title: 'eraseNewsletterSubscription(token)' },
  },
  {
    area: 'Fuzzing',
    attack: 'orderMaterial with 1,000 generated hostile orders',
    behaviour: "Never a 5xx, only known error codes, never an unmasked message, never the orderer's data echoed; no order row for any refused orderer",
    test: { file: 'hardening/mutation-fuzz.test.ts', title: 'orderMaterial(input)' },
  },
  {
    area: 'Fuzzing',
    attack:
      'Every argument of every public query, read from the schema (a new query is fuzzed automatically), 150 generated values each: real slugs and cursors, nasty strings, operator runs, edge timestamps, wrong JSON types',
    behaviour: 'Never a 5xx, never INTERNAL_SERVER_ERROR or internals, never the input echoed in an error; every argument sent; an argument type without an arbitrary fails',
    test: { file: 'hardening/query-fuzz.test.ts', title: 'fuzzes every query of the schema' },
  },
  {
    area: 'Fuzzing',
    attack: "A NUL character in a query's text argument (found by the query fuzzing)",
    behaviour: 'BAD_USER_INPUT naming the argument; was 503 SERVICE_UNAVAILABLE (PostgreSQL protocol violation read as a lost connection)',
    test: { file: 'hardening/query-fuzz.test.ts', title: 'refuses a NUL in a text argument as bad input, not as a lost database connection (503)' },
  },
  {
    area: 'Fuzzing',
    attack: 'updatedSince or supportLine(at:) in year 0 (found by the query fuzzing)',
    behaviour: 'BAD_USER_INPUT (years 1 to 9999); was INTERNAL_SERVER_ERROR from PostgreSQL and the calendar code',
    test: { file: 'hardening/query-fuzz.test.ts', title: 'refuses instants outside the years 1 to 9999 as bad input, not INTERNAL_SERVER_ERROR' },
  },
  {
    area: 'Fuzzing',
    attack: 'publications(language:) with a language the CMS does not offer (found by the query fuzzing)',
    behaviour: 'BAD_USER_INPUT naming the accepted languages; was INTERNAL_SERVER_ERROR (invalid enum input in PostgreSQL)',
    test: { file: 'hardening/query-fuzz.test.ts', title: 'refuses a publication language the CMS does not offer as bad input, not INTERNAL_SERVER_ERROR' },
  },
  {
    area: 'Privacy',
    attack: 'Invalid enum values, timestamps and values holding "; " sent as variables (found by the query fuzzing)',
    behaviour: 'The error says what is wrong and where, never the value',
    test: { file: 'hardening/query-fuzz.test.ts', title: 'names what is wrong with an enum or a timestamp without repeating the value' },
  },
  {
    area: 'CMS',
    attack: "Anonymous reads of subscribers, orders, users and version histories (which hold drafts) through Payload's REST and GraphQL",
    behaviour: 'Refused; subscribers and orders have no GraphQL types at all; published content without who edited it',
    test: { file: 'cms/anonymous-access.test.ts', title: "Payload's REST and GraphQL endpoints without a login" },
  },
  {
    area: 'CMS',
    attack: 'An editor reading subscribers and orders',
    behaviour: 'Refused',
    test: { file: 'cms/roles.test.ts', title: 'refuses subscribers and orders to an editor' },
  },
  {
    area: 'CMS',
    attack: 'An editor granting themselves a role',
    behaviour: 'Refused',
    test: { file: 'cms/roles.test.ts', title: 'does not let an editor grant themselves a role' },
  },
  {
    area: 'CMS',
    attack:
      'Every role (anonymous, editor, order handler, subscriber manager, administrator) against every collection and the global: read, drafts, versions, create, update, delete',
    behaviour: "As the hand-written access table says, through Payload's REST and GraphQL; a collection missing from the table fails",
    test: { file: 'cms/access-matrix.test.ts', title: 'access matrix: every collection and global, every role, REST and GraphQL' },
  },
  {
    area: 'CMS',
    attack: 'Password guessing, and locking a staff member out by guessing from elsewhere',
    behaviour:
      'Five failures from one client lock that account for that client only (REST and GraphQL loginUser alike, a forged client header ignored); the owner at another address logs in',
    test: { file: 'cms/auth-security.test.ts', title: 'locks an account after five wrong passwords for the client that guessed, never for its owner at another' },
  },
  {
    area: 'CMS',
    attack: 'Telling which staff accounts exist from the login answer',
    behaviour: 'A locked account, an unknown one and a wrong password: the same 401, the same body, each within half to twice the time of a password check',
    test: { file: 'cms/auth-security.test.ts', title: 'answers a locked account as an unknown one and as a wrong password: same status, same body, the time of a password check' },
  },
  {
    area: 'CMS',
    attack: 'An editor lifting a lock',
    behaviour: "Refused; an administrator's unlock lifts the lock at every client",
    test: { file: 'cms/auth-security.test.ts', title: 'lets only an administrator unlock, which lifts the lock at every client' },
  },
  {
    area: 'CMS',
    attack: 'Framing the admin (clickjacking), sniffing a file as another type, a reset token leaking in Referer',
    behaviour:
      "CSP (frame-ancestors 'none', own origin only), X-Frame-Options DENY, nosniff and Referrer-Policy same-origin on pages, the reset page, static files, REST, errors and preflights",
    test: { file: 'cms/security-headers.test.ts', title: 'are on the admin pages, the password-reset page with its token, and the static files they load' },
  },
  {
    area: 'CMS',
    attack: 'Every collection and global through every REST route Payload exposes, odd ids and broken bodies, anonymous and as an administrator',
    behaviour: 'Refusals (4xx) or answers, never a 5xx or a stack trace; version routes of what keeps no versions answer 404',
    test: { file: 'cms/rest-route-matrix.test.ts', title: 'answers every collection and global route without a 5xx, %s' },
  },
  {
    area: 'Abuse',
    attack: "The order form used to mail a text or link of one's choosing to any address",
    behaviour: 'The receipt goes to the orderer alone and repeats nothing typed (order number, lines, postcode and town); no link in its text or HTML part',
    test: { file: 'intake/orders.test.ts', title: 'goes to the orderer alone and names the order, its lines, postcode and town, none of the typed text, no link' },
  },
  {
    area: 'Abuse',
    attack: "A URL, email address, domain, IP or full-width domain in an order's name, organisation, street or town",
    behaviour: 'BAD_USER_INPUT naming the field, nothing echoed, no order and no mail',
    test: { file: 'intake/orders.test.ts', title: 'refuses %s in %s without echoing it, placing nothing and sending nothing' },
  },
  {
    area: 'API',
    attack: 'Sniffing or framing an API answer, errors and preflights included',
    behaviour: "nosniff, X-Frame-Options DENY, frame-ancestors 'none', no-referrer on every answer; no-store on errors",
    test: { file: 'api/security-headers.test.ts', title: 'nosniff and no framing on %s' },
  },
  {
    area: 'CMS',
    attack: 'Stealing the session cookie (script access, cross-site sends, plain http)',
    behaviour: 'HttpOnly, SameSite=Lax, and Secure in production',
    test: { file: 'cms/auth-security.test.ts', title: 'sets the session cookie HttpOnly, SameSite=Lax and, in production, Secure' },
  },
  {
    area: 'CMS',
    attack: 'Reusing a token after logout',
    behaviour: 'Refused, as header and as cookie',
    test: { file: 'cms/auth-security.test.ts', title: 'refuses a token once its session has logged out, as header and as cookie' },
  },
  {
    area: 'CMS',
    attack: 'Cross-origin requests from a foreign site (CORS preflight)',
    behaviour: 'No Access-Control-Allow-Origin',
    test: { file: 'cms/auth-security.test.ts', title: 'answers a preflight from a foreign origin without Access-Control-Allow-Origin' },
  },
  {
    area: 'CMS',
    attack: "Cross-site request forgery with the editor's cookie",
    behaviour: 'Treated as no login at all',
    test: { file: 'cms/auth-security.test.ts', title: 'treats a cookie sent from a foreign origin as no login at all' },
  },
  {
    area: 'CMS',
    attack: "Server code using Payload's Local API with the system's rights on a caller's behalf",
    behaviour: 'Every such call passes overrideAccess: false (checked over the source)',
    test: { file: 'cms/local-api-access.test.ts', title: 'passes overrideAccess: false in every call made for a caller' },
  },
  {
    area: 'CMS',
    attack: "Reading a partner API key back through Payload's REST or GraphQL",
    behaviour: "Only in the answer that makes it, never in a read, a list or an update's answer; stored as SHA-256 outside Payload's tables, the hash not searchable",
    test: { file: 'keys/key-admin.test.ts', title: 'shows the key once, in the answer that makes it, and never in any read' },
  },
  {
    area: 'CMS',
    attack: "A regional editor accepting or rejecting a change proposal of another region's coordinator",
    behaviour: '403 before any write: the proposal stays pending, no draft, no mail',
    test: { file: 'cms/coordinator-proposals.test.ts', title: "rejects only with a note, and queues the note's mail to the coordinator" },
  },
  {
    area: 'CMS',
    attack: 'Deciding a change proposal a second time (a double click, two editors at once)',
    behaviour: '409: the proposal moves on from pending once, in the same transaction as its draft or mail',
    test: { file: 'cms/coordinator-proposals.test.ts', title: 'accepts as a draft with the proposed phone that the public sees only after publishing' },
  },
  {
    area: 'CMS',
    attack: 'The coordinator check cycle run twice, or by two CMS replicas at once',
    behaviour: 'No second request, reminder or escalation mail: each step moves a row on once with its mail, and the database keeps one open check per coordinator',
    test: { file: 'cms/coordinator-checks.test.ts', title: 'asks exactly the due coordinators, once, in their language, with one request mail each' },
  },
  {
    area: 'Personal data',
    attack: "A subscriber manager (or administrator) forging a confirmation: status, confirmedAt and consent evidence set through Payload's REST API",
    behaviour: 'HTTP 403; the row in the database unchanged',
    test: { file: 'cms/personal-data-writes.test.ts', title: 'refuses a forged confirmation (status, confirmedAt, consent evidence) with 403 and leaves the row as it was' },
  },
  {
    area: 'Personal data',
    attack: 'Re-confirming a person who unsubscribed, one by id or in bulk',
    behaviour: 'HTTP 403; the row unchanged and the person absent from the CSV export',
    test: { file: 'cms/personal-data-writes.test.ts', title: 'refuses to re-confirm a person who unsubscribed, who stays out of the CSV export' },
  },
  {
    area: 'Personal data',
    attack: "Changing a confirmed subscriber's address (or topics and language) in the admin",
    behaviour: 'HTTP 403; address, topics and language unchanged; the admin shows the subscriber read-only',
    test: { file: 'cms/personal-data-writes.test.ts', title: "refuses to change a confirmed subscriber's address (consent belongs to the mailbox that gave it)" },
  },
  {
    area: 'Personal data',
    attack: 'Staff creating a subscriber, confirmed or pending',
    behaviour: 'HTTP 403 for every role; no row',
    test: { file: 'cms/personal-data-writes.test.ts', title: 'refuses to create a subscriber, confirmed or not, for staff of every rank' },
  },
  {
    area: 'Personal data',
    attack: "An order handler rewriting an order's orderer and delivery address (a link as the street)",
    behaviour: 'HTTP 400 naming the fields, never echoing the values (neither in the answer nor in the CMS log); the row unchanged',
    test: { file: 'cms/personal-data-writes.test.ts', title: 'refuses to rewrite the orderer or the delivery address with 400 naming the fields, never echoing the values' },
  },
  {
    area: 'Personal data',
    attack: 'The same rewrite sent together with "shipped", to have NSPM mail a new address',
    behaviour: 'HTTP 400; status unchanged and no email queued',
    test: { file: 'cms/personal-data-writes.test.ts', title: 'refuses a rewrite sent with "shipped": the status stays and no email goes anywhere' },
  },
  {
    area: 'Personal data',
    attack: 'Rewriting the orderer after the order was shipped',
    behaviour: 'HTTP 400; the one "shipped" email went to the address that ordered',
    test: { file: 'cms/personal-data-writes.test.ts', title: 'refuses the rewrite after shipping too, and the one "shipped" email goes to the address that ordered' },
  },
  {
    area: 'Personal data',
    attack: 'Changing the ordered items or the language of an order',
    behaviour: 'HTTP 400 naming items and locale; order and items unchanged',
    test: { file: 'cms/personal-data-writes.test.ts', title: 'refuses changes to the items and the language' },
  },
  {
    area: 'Personal data',
    attack: 'Staff free text (a link in the handler note) carried by the "shipped" email',
    behaviour: "The outbox row holds only the order id; the rendered mail (the API's renderer) has the address as ordered, no handler text and no link",
    test: {
      file: 'cms/personal-data-writes.test.ts',
      title: 'sends the "shipped" email only to the ordering address, rendered from the order as received: no text a handler typed',
    },
  },
  {
    area: 'Personal data',
    attack: 'Changing an order without a trace',
    behaviour: "Audit event with the handler's id and email, time and the changed fields' names; no personal values; a refused change leaves none",
    test: { file: 'cms/audit-trail.test.ts', title: "records an order handler's changes with who, when and which fields, never the orderer's details" },
  },
  {
    area: 'Personal data',
    attack: "A subscriber's own actions through the public API (subscribe, confirm, preferences, erasure)",
    behaviour: 'One audit event each, by the public API, with field names only; preferences saved unchanged record nothing',
    test: { file: 'cms/audit-trail.test.ts', title: "records the person's own actions through the public API: subscribe, confirm, preferences, erasure" },
  },
  {
    area: 'Personal data',
    attack: 'Exporting or deleting subscribers without a trace',
    behaviour: 'Audit events for the CSV export (topic, row count) and the delete, naming the subscriber manager',
    test: { file: 'cms/audit-trail.test.ts', title: "records a subscriber manager's CSV export and delete" },
  },
  {
    area: 'Personal data',
    attack: 'Reading or rewriting the audit trail',
    behaviour: 'Administrators read it; every other role gets 403; nobody (administrators included) creates, changes or deletes an event through Payload',
    test: { file: 'cms/audit-trail.test.ts', title: 'is readable by administrators only, and nobody writes it through Payload' },
  },
  {
    area: 'Personal data',
    attack: 'A subscriber erasing themselves (eraseNewsletterSubscription) with mail to an earlier address still in the outbox',
    behaviour: 'No column of any table in either schema holds the address, the earlier address or its hash afterwards; outbox rows, tokens and the mail-limit bucket gone',
    test: { file: 'intake/erasure.test.ts', title: 'through their own link: eraseNewsletterSubscription' },
  },
  {
    area: 'Personal data',
    attack: 'A subscriber manager deleting a subscriber in the admin',
    behaviour: 'As above: everything that names the person is gone',
    test: { file: 'intake/erasure.test.ts', title: "through a subscriber manager's delete in the admin" },
  },
  {
    area: 'Faults',
    attack: 'Every pooled connection stuck behind a lock while requests keep coming',
    behaviour:
      'SERVICE_UNAVAILABLE (503, Retry-After, no driver text) within the acquire timeout for what reads SQL (the change feed, search, writes); published content is still served from the snapshot; serves again when the lock goes',
    test: {
      file: 'faults/pool-exhaustion.test.ts',
      title: 'answers SERVICE_UNAVAILABLE (503, Retry-After, no driver text) within the acquire timeout while every connection is stuck, then serves again',
    },
  },
  {
    area: 'Faults',
    attack: "pg_terminate_backend on all the API's sessions, then PostgreSQL stopped and started, under order and subscription load",
    behaviour:
      'Process stays up; readiness 503 then 200; published content answered from the snapshot throughout; writes only succeed or get SERVICE_UNAVAILABLE; every acknowledged order and subscription exactly once',
    test: { file: 'faults/database-restart.test.ts', title: 'stays up, goes unready and ready again, and keeps every acknowledged order and subscription exactly once' },
  },
  {
    area: 'Faults',
    attack: 'SIGTERM with orders in flight',
    behaviour: 'Port closes, in-flight requests finish with their order, exit 0 within the grace period, only complete orders',
    test: {
      file: 'faults/sigterm-drain.test.ts',
      title: 'finishes the orders in flight, refuses new connections and exits 0 within the grace period, leaving only complete orders',
    },
  },
  {
    area: 'Faults',
    attack: 'SIGTERM with a request that outlives the grace period',
    behaviour: 'Cut off, exit 1, its order absent rather than half-written',
    test: { file: 'faults/sigterm-drain.test.ts', title: 'cuts off a request that outlives the grace period, exits 1, and its order is absent rather than half-written' },
  },
  {
    area: 'Faults',
    attack: 'Each way the driver stack reports a database failure',
    behaviour: 'Infrastructure failures are SERVICE_UNAVAILABLE; faults in the request or code stay INTERNAL_SERVER_ERROR with an error id',
    test: { file: 'faults/unavailable-classification.test.ts', title: 'which database failures are SERVICE_UNAVAILABLE' },
  },
  {
    area: 'Caching',
    attack: 'A cached answer outliving a publish',
    behaviour: 'Every replica drops its cache within a second (NOTIFY in the publishing transaction)',
    test: { file: 'api/response-cache.test.ts', title: 'drops cached answers on every replica within a second of a publish in the CMS' },
  },
  {
    area: 'Caching',
    attack: 'A cached "open now" of the support line outliving its next opening or closing',
    behaviour: 'max-age is the seconds until that change (42 at 42.5 s before, open and closed alike), else the usual 60',
    test: { file: 'api/response-cache.test.ts', title: 'keeps "open now" until the support line next opens or closes, to the second, and no longer than the cap' },
  },
  {
    area: 'Caching',
    attack: 'Personal data or a mutation answered from a cache',
    behaviour: 'no-store; never stored',
    test: { file: 'api/response-cache.test.ts', title: 'never stores mutations, errors or personal data' },
  },
  {
    area: 'Limits',
    attack: 'A client behind the proxy forging the first X-Forwarded-For entry on every order',
    behaviour: 'Counted by the right-most untrusted address (proxy-addr): the eleventh order in an hour is refused',
    test: { file: 'intake/orders.test.ts', title: 'counts a client behind a trusted proxy by its own address, so a forged first X-Forwarded-For entry does not escape the limit' },
  },
  {
    area: 'Limits',
    attack: 'The eleventh order from one client within an hour',
    behaviour: 'HTTP 429 RATE_LIMITED with Retry-After and RateLimit headers; retryAfter is when the oldest order leaves the sliding window, and the refused order is taken then',
    test: { file: 'intake/orders.test.ts', title: 'refuses the eleventh order in an hour with 429, Retry-After and RateLimit headers, then takes it once a slot frees' },
  },
  {
    area: 'Limits',
    attack: '20 concurrent retries of one order with one idempotency key',
    behaviour: 'One order and 20 identical receipts, none RATE_LIMITED; the order counted once',
    test: { file: 'intake/orders.test.ts', title: 'gives one order and 20 identical receipts for 20 concurrent retries with one key, counting the order once' },
  },
  {
    area: 'Limits',
    attack: 'An idempotency key sent again with a different order',
    behaviour: 'IDEMPOTENCY_KEY_REUSED; the first order stays the only one',
    test: { file: 'intake/orders.test.ts', title: 'returns the first result for a retry with the same key, and answers IDEMPOTENCY_KEY_REUSED for a different order' },
  },
  {
    area: 'Limits',
    attack: 'One client sending queries faster than its budget, cached answers included',
    behaviour: 'HTTP 429 RATE_LIMITED with Retry-After and RateLimit headers, cached or not',
    test: { file: 'api/query-budget.test.ts', title: 'counts cached and executed queries alike, refuses with 429 and says when to retry' },
  },
  {
    area: 'Limits',
    attack: 'A client opening or posting coordinator-check pages 31 times in ten minutes (guessing tokens, filling the proposals table)',
    behaviour: 'HTTP 429 page with Retry-After and RateLimit headers; other clients are not held back',
    test: { file: 'api/coordinator-check-mail.test.ts', title: 'limits the pages per client and answers 429 with Retry-After' },
  },
  {
    area: 'Limits',
    attack: 'One client spending its query budget',
    behaviour: 'Other clients and mutations unaffected',
    test: { file: 'api/query-budget.test.ts', title: 'keeps one budget per client, and leaves mutations to their own limits' },
  },
  {
    area: 'Limits',
    attack: 'A revoked, deleted, unknown or malformed partner key, also on a query whose answer is cached',
    behaviour: 'HTTP 401 API_KEY_INVALID with WWW-Authenticate: Bearer error="invalid_token", checked before the response cache; never answered anonymously',
    test: { file: 'keys/key-limits.test.ts', title: 'refuses unknown, malformed, revoked and deleted keys with 401, also where the answer is cached' },
  },
  {
    area: 'Limits',
    attack: 'A partner key revoked or deleted in the CMS while the API runs',
    behaviour:
      'The running API process refuses it (401 API_KEY_INVALID, WWW-Authenticate) within 5 s, and takes a changed quota as fast (NOTIFY in the changing statement; the log shows milliseconds)',
    test: { file: 'keys/key-propagation.test.ts', title: 'takes a new quota, a revocation and a deletion within a couple of seconds' },
  },
  {
    area: 'Load',
    attack: 'Mixed load: reads with 5 % subscriptions and orders, 16 clients',
    behaviour: 'Zero 5xx, zero unexpected errors, every acknowledged order stored once, memory stable (figures below)',
    test: { file: 'reliability/mixed-load.test.ts', title: 'serves mixed reads and writes without a 5xx, with stable memory' },
  },
]
