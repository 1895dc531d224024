/**
 * Who may do what through Payload's own REST and GraphQL endpoints, for every collection and global and every
 * role: the specification that access-matrix.test.ts checks. Written out by hand and never derived from
 * cms/access, so a changed access rule fails the test until someone decides the change is right and edits this.
 */
export type Role = 'anonymous' | 'editor' | 'regional-editor' | 'order-handler' | 'subscriber-manager' | 'newsletter-editor' | 'admin'
export const ROLES: readonly Role[] = ['anonymous', 'editor', 'regional-editor', 'order-handler', 'subscriber-manager', 'newsletter-editor', 'admin']

const EVERYONE: readonly Role[] = ROLES
const STAFF: readonly Role[] = ['editor', 'regional-editor', 'order-handler', 'subscriber-manager', 'newsletter-editor', 'admin']
const EDITORS: readonly Role[] = ['editor', 'admin']
const ADMIN: readonly Role[] = ['admin']
const NOBODY: readonly Role[] = []

type Rules = {
  read: readonly Role[]
  /** Of these readers, those who see only their own document(s) (a regional editor: their region's, not the sample's). */
  ownOnly?: readonly Role[]
  /** Collections with drafts: who reads a draft (`?draft=true`, GraphQL `draft: true`), and the version history. */
  drafts?: readonly Role[]
  versions?: readonly Role[]
  create: readonly Role[]
  update: readonly Role[]
  delete: readonly Role[]
}
export type CollectionCase = Rules & {
  /** Names in Payload's GraphQL schema; `absent`: the collection must not be in it at all. */
  graphql: { list: string; one: string } | { absent: string }
  /** `false`: Payload serves no REST routes for it (its own migration records). */
  rest?: false
  /** Data that gets past access control but not validation: allowed callers get 400, the others 403. */
  invalid: Record<string, unknown>
  /** GraphQL spells select values as enum names (`civil_society`): where a create needs one, its own data. */
  graphqlInvalid?: Record<string, unknown>
  /** The create really happens, through Payload's POST /:key (a preference of the caller's own). */
  createsForReal?: true
  /** Updates name a missing document (403 or 404): every value of an upload's only field is valid. */
  updateMissing?: true
  /** Payload's preferences answer PATCH and DELETE on /:key, not /:id: only reading and creating are generic. */
  readAndCreateOnly?: true
  /** A draft the administrator creates, for collections with drafts. */
  draft?: (marker: string) => Record<string, unknown>
}

const named = (field: string) => (marker: string) => ({ [field]: marker })

// prettier-ignore
export const COLLECTIONS: Record<string, CollectionCase> = {
  // Reference data: administrators add and remove, editors correct.
  regions:        { read: EVERYONE, drafts: STAFF, versions: STAFF, create: ADMIN, update: EDITORS, delete: ADMIN, graphql: { list: 'Regions', one: 'Region' }, invalid: { name: '', slug: 'Not A Slug' }, draft: named('name') },
  counties:       { read: EVERYONE, drafts: STAFF, versions: STAFF, create: ADMIN, update: EDITORS, delete: ADMIN, graphql: { list: 'Counties', one: 'County' }, invalid: { name: '', code: 'x' }, draft: named('name') },
  municipalities: { read: EVERYONE, drafts: STAFF, versions: STAFF, create: ADMIN, update: EDITORS, delete: ADMIN, graphql: { list: 'Municipalities', one: 'Municipality' }, invalid: { name: '', code: 'x' }, draft: named('name') },
  // Editorial content: editors do everything, the public reads what is published. A regional editor reads as
  // staff and changes only the coordinators of their own region: the matrix gives them a region other than the
  // sample's, so here they change nothing (their own region: regional-editor.test.ts).
  coordinators:   { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'Coordinators', one: 'Coordinator' }, invalid: { title: '', status: 'active' }, draft: named('title') },
  organisations:  { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'Organisations', one: 'Organisation' }, invalid: { name: '', slug: 'Not A Slug' }, graphqlInvalid: { name: '', slug: 'Not A Slug', type: 'civil_society' }, draft: named('name') },
  networks:       { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'Networks', one: 'Network' }, invalid: { name: '', slug: 'Not A Slug' }, graphqlInvalid: { name: '', slug: 'Not A Slug', type: 'multi_agency' }, draft: named('name') },
  programmes:     { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'Programmes', one: 'Programme' }, invalid: { name: '', slug: 'Not A Slug' }, draft: named('name') },
  'manual-steps': { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'ManualSteps', one: 'ManualStep' }, invalid: { title: '', number: 99 }, draft: named('title') },
  concepts:       { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'Concepts', one: 'Concept' }, invalid: { term: '', slug: 'Not A Slug' }, draft: named('term') },
  pages:          { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'Pages', one: 'Page' }, invalid: { title: '', slug: 'Not A Slug' }, draft: named('title') },
  publications:   { read: EVERYONE, drafts: STAFF, versions: STAFF, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'Publications', one: 'Publication' }, invalid: { title: '', slug: 'Not A Slug', type: 'report' }, draft: named('title') },
  // No drafts; an upload without a file is refused after the access check.
  media:          { read: EVERYONE, create: EDITORS, update: EDITORS, delete: EDITORS, graphql: { list: 'allMedia', one: 'Media' }, invalid: { alt: '' }, updateMissing: true },
  // Personal data, written by the public API only. Subscribers change their own subscription (consent is theirs):
  // staff read, export and delete. Order handlers change an order's status and note (personal-data-writes.test.ts).
  'newsletter-subscribers': { read: ['subscriber-manager', 'admin'], create: NOBODY, update: NOBODY, delete: ['subscriber-manager', 'admin'], graphql: { absent: 'NewsletterSubscribers' }, invalid: { email: 'not-an-email' } },
  'material-orders':        { read: ['order-handler', 'admin'], create: NOBODY, update: ['order-handler', 'admin'], delete: NOBODY, graphql: { absent: 'MaterialOrders' }, invalid: { items: [] } },
  // The coordinator check cycle's rows (issue 15): written by the CMS's cycle, its decision endpoints and the public
  // API only. Editors read all, a regional editor their own region's (the matrix gives them another region: none).
  'coordinator-checks':           { read: ['editor', 'regional-editor', 'admin'], ownOnly: ['regional-editor'], create: NOBODY, update: NOBODY, delete: ADMIN, graphql: { absent: 'CoordinatorChecks' }, invalid: { status: 'not-a-status' } },
  'coordinator-change-proposals': { read: ['editor', 'regional-editor', 'admin'], ownOnly: ['regional-editor'], create: NOBODY, update: NOBODY, delete: ADMIN, graphql: { absent: 'CoordinatorChangeProposals' }, invalid: { status: 'not-a-status' } },
  // Who changed, deleted or exported personal data: written by the database's triggers, read by administrators.
  'audit-events':           { read: ADMIN, create: NOBODY, update: NOBODY, delete: NOBODY, graphql: { absent: 'AuditEvents' }, invalid: { target: 'not-a-collection' } },
  // Newsletter issues (issue 17): staff only, never public (the API's archive serves sent issues); editors draft,
  // newsletter editors also send and delete. The sending endpoints: newsletter-issues.test.ts.
  'newsletter-issues':      { read: STAFF, drafts: STAFF, versions: STAFF, create: ['editor', 'newsletter-editor', 'admin'], update: ['editor', 'newsletter-editor', 'admin'], delete: ['newsletter-editor', 'admin'], graphql: { absent: 'NewsletterIssues' }, invalid: { language: 'xx' }, draft: (marker) => ({ subject: marker, language: 'sv', topics: ['news'] }) },
  // Partners' webhook endpoints: they decide where the platform sends requests and hold a secret.
  'webhook-endpoints':      { read: ADMIN, create: ADMIN, update: ADMIN, delete: ADMIN, graphql: { list: 'WebhookEndpoints', one: 'WebhookEndpoint' }, invalid: { name: 'x', url: 'ftp://partner.example.org/hook' } },
  // Partners' API keys: they raise limits, and hold a key's hash.
  'api-keys':               { read: ADMIN, create: ADMIN, update: ADMIN, delete: ADMIN, graphql: { list: 'ApiKeys', one: 'ApiKey' }, invalid: { name: '', contact: { organisation: 'x', email: 'x@example.org' } }, graphqlInvalid: { name: '', contact: { organisation: 'x', email: 'x@example.org' }, quota: { queriesPerMinute: 100 }, status: 'active' } },
  // Staff accounts: everyone reads and edits their own (not their roles), administrators all.
  users: { read: STAFF, ownOnly: ['editor', 'regional-editor', 'order-handler', 'subscriber-manager', 'newsletter-editor'], create: ADMIN, update: STAFF, delete: ADMIN, graphql: { list: 'Users', one: 'User' }, invalid: { email: 'not-an-email', password: 'x', roles: ['editor'] } },
  // Payload's own: the admin UI's per-user preferences (update and delete are by key, for oneself: not checked
  // here), the "someone else is editing" locks, and the migration records (no REST routes, not in GraphQL).
  'payload-preferences':      { read: STAFF, ownOnly: STAFF, create: STAFF, update: STAFF, delete: STAFF, graphql: { list: 'PayloadPreferences', one: 'PayloadPreference' }, invalid: {}, createsForReal: true, readAndCreateOnly: true },
  'payload-locked-documents': { read: STAFF, create: STAFF, update: STAFF, delete: STAFF, graphql: { list: 'PayloadLockedDocuments', one: 'PayloadLockedDocument' }, invalid: { user: null } },
  'payload-migrations':       { read: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY, graphql: { absent: 'PayloadMigrations' }, rest: false, invalid: {} },
}

type GlobalCase = { read: readonly Role[]; drafts: readonly Role[]; versions: readonly Role[]; update: readonly Role[]; graphql: string; invalid: Record<string, unknown> }
export const GLOBALS: Record<string, GlobalCase> = {
  'support-line': { read: EVERYONE, drafts: STAFF, versions: STAFF, update: EDITORS, graphql: 'SupportLine', invalid: { name: '', phone: '', email: 'not-an-email', website: '' } },
}
