import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { hitLimit } from '../../api/src/limits/sliding-log'
import { normaliseEmail } from '../../api/src/common/validation'
import { addressBucket, MAIL_POLICY } from '../../api/src/modules/newsletter/subscribe.service'
import { issueToken } from '../../api/src/modules/newsletter/tokens'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { withClient } from '../helpers/test-database'
import { judge, keysIn, personalCandidates, type Answer, type GraphqlBody } from './fuzz-verdict'
import {
  field,
  hostileValue,
  idempotencyKey,
  injectedSomewhere,
  jsonBytes,
  locale,
  orMissing,
  organisation,
  phone,
  postcode,
  realisticEmail,
  reshaped,
  street,
  swedishName,
  tokenLike,
  topics,
  town,
} from './arbitraries'

/**
 * Property-based fuzzing of every argument of every public mutation, against the real API and database. Whatever a
 * client sends (well typed or not), the answer is data or a known client error: never a 5xx, never
 * INTERNAL_SERVER_ERROR or an error without a code, never a stack frame, SQL or driver internals, and never the
 * personal data of the input echoed back.
 */

const RUNS = 1_000
const PROPERTY_TIMEOUT_MS = 120_000
const ALLOWED_CODES = ['BAD_USER_INPUT', 'RATE_LIMITED', 'IDEMPOTENCY_KEY_REUSED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'NOT_FOUND']
/** Most runs come from their own address so that rate limits do not dominate; these share one and get limited. */
const FIXED_ADDRESS = '10.9.255.254'

const objectAt = (value: unknown, key: string): Record<string, unknown> | undefined => {
  const inner = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as Record<string, unknown>) : undefined
}

let requestCount = 0
/** A new client address per request (10.9.0.0 – 10.9.249.255), or the shared one. */
const clientAddress = (fixed: boolean) => {
  if (fixed) return FIXED_ADDRESS
  const run = requestCount++ % (250 * 256)
  return `10.9.${run >> 8}.${run & 255}`
}

type Case = { variables: unknown; fixedAddress: boolean }
type Fuzzed = {
  name: string
  document: string
  cases: fc.Arbitrary<Case>
  /** The input's personal data that must never come back. */
  personal?: (variables: unknown) => unknown[]
  /** The address an accepted request will email, so its outbox row can be removed again. */
  recipient?: (variables: unknown) => unknown
  /** Outcomes the run must have reached, so the fuzzing is known to cover them. */
  mustSee: string[]
  /** Runs before each request. */
  prepare?: (variables: unknown) => Promise<void>
  /** Mail kinds that must not have been enqueued for the fuzzed requests. */
  noMailOfKinds?: string[]
  /** Sees every case's outcome ('data' or the first error code), for checks over the whole run. */
  observe?: (variables: unknown, outcome: string) => void
}

const addressCase = fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })

/** Mostly well-typed `{ input }`, sometimes with hostile fields, sometimes entirely the wrong thing. */
function envelope(key: string, wellTyped: fc.Arbitrary<unknown>, mutated: fc.Arbitrary<unknown>): fc.Arbitrary<Case> {
  const variables = fc.oneof(
    { weight: 8, arbitrary: wellTyped.map((value) => ({ [key]: value })) },
    { weight: 4, arbitrary: injectedSomewhere(wellTyped).map((value) => ({ [key]: value })) },
    { weight: 6, arbitrary: mutated.map((value) => ({ [key]: value })) },
    { weight: 2, arbitrary: hostileValue.map((value) => ({ [key]: value })) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        hostileValue,
        fc.constant({}),
        wellTyped.map((value) => ({ [key]: value, [`${key}2`]: value })),
      ),
    },
  )
  return fc.record({ variables, fixedAddress: addressCase })
}

describe('mutation fuzzing', () => {
  let api: IntakeApi
  let url: string
  const publications: { id: string; max: number }[] = []
  const tokens = { confirm: [] as string[], manage: [] as string[], erase: [] as string[] }
  const fixtureEmails: string[] = []
  const recipients = new Set<string>()

  async function post(payload: unknown, address: string): Promise<Answer> {
    const body = JSON.stringify(payload)
    // Bodies over 64 kB are answered 413 by design; the arbitraries stay below it.
    expect(Buffer.byteLength(body)).toBeLessThan(60 * 1024)
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address }, body })
    const text = await response.text()
    let parsed: GraphqlBody = {}
    try {
      parsed = JSON.parse(text) as GraphqlBody
    } catch {
      // checked below through `text`
    }
    return { status: response.status, text, body: parsed, retryAfter: response.headers.get('retry-after') }
  }

  async function expectHealthy(): Promise<void> {
    const answer = await post({ query: '{ regions { slug } }' }, '10.9.255.1')
    expect(answer.status, answer.text).toBe(200)
    expect((answer.body.data?.regions as unknown[] | undefined)?.length, answer.text).toBe(7)
    expect((await fetch(`${api.base}/health/ready`)).status).toBe(200)
  }

  /**
   * Outbox rows of accepted requests: the workers of other test files running beside this one claim these kinds, so
   * they must not linger. Returns the kinds removed.
   */
  async function removeFuzzMail(): Promise<string[]> {
    const addresses = [...recipients, ...fixtureEmails]
    if (addresses.length === 0) return []
    const { rows } = await withClient(inject('databaseUrl'), (db) =>
      db.query<{ kind: string }>('DELETE FROM nspm_api.outbox WHERE recipient = ANY($1) RETURNING kind', [addresses]),
    )
    return rows.map((row) => row.kind)
  }

  async function fuzz({ name, document, cases, personal, recipient, mustSee, prepare, noMailOfKinds = [], observe }: Fuzzed): Promise<void> {
    const outcomes = new Map<string, number>()
    const started = Date.now()
    let removed: string[] = []
    try {
      await fc.assert(
        fc.asyncProperty(cases, async ({ variables, fixedAddress }) => {
          await prepare?.(variables)
          const answer = await post({ query: document, variables }, clientAddress(fixedAddress))
          const outcome = judge(answer, {
            variables,
            allowedCodes: ALLOWED_CODES,
            mustNotEcho: personalCandidates(personal?.(variables) ?? [], keysIn(variables)),
            echoIn: 'answer',
          })
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
          observe?.(variables, outcome)
          const to = recipient?.(variables)
          if (outcome === 'data' && typeof to === 'string') recipients.add(to.trim().toLowerCase())
        }),
        { numRuns: RUNS },
      )
    } finally {
      removed = await removeFuzzMail()
      console.log(`[fuzz] ${name}: ${RUNS} runs in ${((Date.now() - started) / 1000).toFixed(1)} s, outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`)
    }
    expect(
      removed.filter((kind) => noMailOfKinds.includes(kind)),
      `${name} enqueued mail that other test files' workers send`,
    ).toEqual([])
    for (const outcome of mustSee) expect([...outcomes.keys()], `${name} never reached ${outcome}`).toContain(outcome)
    await expectHealthy()
  }

  beforeAll(async () => {
    // The worker claims no real kind: nothing the fuzzing enqueues is sent from here.
    api = await startIntakeApi({ kinds: ['fuzz-none'] })
    url = `${api.base}/graphql`
    const answer = await post({ query: '{ publications(orderable: true) { nodes { id maxQuantityPerOrder } } }' }, '10.9.255.1')
    const nodes = (answer.body.data?.publications as { nodes: { id: string; maxQuantityPerOrder: number | null }[] }).nodes
    for (const node of nodes) publications.push({ id: node.id, max: node.maxQuantityPerOrder ?? 0 })
    expect(publications.length).toBeGreaterThan(0)

    // Real subscribers with real links, so that the token mutations also succeed now and then: pending and confirmed ones.
    const run = randomBytes(4).toString('hex')
    for (let index = 0; index < 12; index += 1) {
      const email = `fuzz-fixture-${run}-${index}@example.org`
      fixtureEmails.push(email)
      await api.orm.em.fork().transactional(async (tx) => {
        const status = index % 2 === 1 ? 'confirmed' : 'pending'
        const [subscriber] = await tx.execute<{ id: number }[]>(
          "INSERT INTO newsletter_subscribers (email, status, locale, confirmed_at, updated_at, created_at) VALUES (?, ?, 'sv', CASE WHEN ? = 'confirmed' THEN now() END, now(), now()) RETURNING id",
          [email, status, status],
        )
        if (!subscriber) throw new Error('fixture subscriber not inserted')
        if (index < 8) {
          tokens.confirm.push(await issueToken(tx, subscriber.id, 'confirm'))
          tokens.manage.push(await issueToken(tx, subscriber.id, 'manage'))
        } else {
          tokens.erase.push(await issueToken(tx, subscriber.id, 'manage'))
        }
      })
    }
  })
  afterAll(async () => {
    await removeFuzzMail()
    await api?.stop()
  })

  // ---------------------------------------------------------------------------------------------------------------

  const consent = fc.record({
    given: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    textVersion: orMissing(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom('2026-11', '2025-01', 'v3') }, { weight: 1, arbitrary: fc.constantFrom('', ' ', 'x'.repeat(50), 'x'.repeat(51)) }),
    ),
    source: orMissing(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('nspm.se/nyhetsbrev', 'app', 'jamstalldhetsmyndigheten.se/nspm') },
        { weight: 1, arbitrary: fc.constantFrom(null, '', 's'.repeat(200), 's'.repeat(201)) },
      ),
      3,
    ),
  })
  const subscribeWellTyped = fc.record({ email: realisticEmail, topics, locale: orMissing(locale, 3), consent })
  const subscribeMutated = reshaped(
    fc.record({
      email: field(realisticEmail),
      topics: fc.oneof({ weight: 8, arbitrary: topics }, { weight: 1, arbitrary: hostileValue }),
      locale: orMissing(fc.oneof({ weight: 8, arbitrary: locale }, { weight: 1, arbitrary: hostileValue })),
      consent: fc.oneof(
        {
          weight: 8,
          arbitrary: reshaped(
            fc.record({
              given: fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: hostileValue }),
              textVersion: field(fc.constantFrom('2026-11', 'v3')),
              source: field(fc.constantFrom('nspm.se/nyhetsbrev', 'app')),
            }),
          ),
        },
        { weight: 1, arbitrary: hostileValue },
      ),
    }),
  )

  it(
    'subscribeToNewsletter(input)',
    () =>
      fuzz({
        name: 'subscribeToNewsletter',
        document: 'mutation ($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted message } }',
        cases: envelope('input', subscribeWellTyped, subscribeMutated),
        personal: (variables) => [objectAt(variables, 'input')?.email],
        recipient: (variables) => objectAt(variables, 'input')?.email,
        // The newsletter tests' worker (beside this file in `npm test`) would send the confirmation mails of hundreds of
        // accepted subscriptions, delaying its own and racing its links. The API's own silent limit of one mail per
        // address a day, used up beforehand (bucket as in subscribe.service), keeps them from being enqueued at all.
        prepare: async (variables) => {
          const email = objectAt(variables, 'input')?.email
          if (typeof email !== 'string') return
          await hitLimit(api.orm.em.fork(), addressBucket(normaliseEmail(email)), MAIL_POLICY)
        },
        noMailOfKinds: ['newsletter-confirm', 'newsletter-already-subscribed'],
        mustSee: ['data', 'BAD_USER_INPUT', 'RATE_LIMITED'],
      }),
    PROPERTY_TIMEOUT_MS,
  )

  // ---------------------------------------------------------------------------------------------------------------
  // The token mutations: a real link now and then, tokens of the right shape, near misses, anything else.

  const token = (pool: () => string[]) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.nat().map((index) => pool()[index % pool().length]!) },
      { weight: 6, arbitrary: tokenLike },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.nat(), fc.nat(42)).map(([index, at]) => {
          const real = pool()[index % pool().length]!
          return real.slice(0, at) + (real[at] === 'A' ? 'B' : 'A') + real.slice(at + 1)
        }),
      },
      { weight: 2, arbitrary: hostileValue },
    )
  const tokenCases = (pool: () => string[]) => envelope('token', fc.oneof(tokenLike, token(pool)), token(pool))

  it(
    'confirmNewsletterSubscription(token)',
    () =>
      fuzz({
        name: 'confirmNewsletterSubscription',
        document: 'mutation ($token: String!) { confirmNewsletterSubscription(token: $token) { status topics locale confirmedAt } }',
        cases: tokenCases(() => tokens.confirm),
        mustSee: ['data', 'BAD_USER_INPUT'],
      }),
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'unsubscribeFromNewsletter(token)',
    () =>
      fuzz({
        name: 'unsubscribeFromNewsletter',
        document: 'mutation ($token: String!) { unsubscribeFromNewsletter(token: $token) { status topics locale confirmedAt } }',
        cases: tokenCases(() => tokens.manage),
        mustSee: ['data', 'BAD_USER_INPUT'],
      }),
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'updateNewsletterPreferences(token, topics, locale)',
    () => {
      const wellTyped = fc.record({ token: token(() => tokens.manage), topics, locale: orMissing(locale, 3) })
      const mutated = reshaped(
        fc.record({
          token: token(() => tokens.manage),
          topics: fc.oneof({ weight: 4, arbitrary: topics }, { weight: 1, arbitrary: hostileValue }),
          locale: orMissing(fc.oneof({ weight: 4, arbitrary: locale }, { weight: 1, arbitrary: hostileValue })),
        }),
      )
      return fuzz({
        name: 'updateNewsletterPreferences',
        document:
          'mutation ($token: String!, $topics: [NewsletterTopic!]!, $locale: Locale) { updateNewsletterPreferences(token: $token, topics: $topics, locale: $locale) { status topics locale confirmedAt } }',
        cases: fc.record({
          variables: fc.oneof({ weight: 8, arbitrary: wellTyped }, { weight: 8, arbitrary: mutated }, { weight: 1, arbitrary: hostileValue }),
          fixedAddress: addressCase,
        }),
        mustSee: ['data', 'BAD_USER_INPUT'],
      })
    },
    PROPERTY_TIMEOUT_MS,
  )

  it(
    'eraseNewsletterSubscription(token)',
    () =>
      fuzz({
        name: 'eraseNewsletterSubscription',
        document: 'mutation ($token: String!) { eraseNewsletterSubscription(token: $token) }',
        cases: tokenCases(() => tokens.erase),
        mustSee: ['data', 'BAD_USER_INPUT'],
      }),
    PROPERTY_TIMEOUT_MS,
  )

  // ---------------------------------------------------------------------------------------------------------------

  it(
    'orderMaterial(input)',
    async () => {
      const quantity = (max: number) =>
        fc.oneof(
          { weight: 12, arbitrary: fc.integer({ min: 1, max: Math.max(1, max) }) },
          { weight: 3, arbitrary: fc.constantFrom(0, 1, max, max + 1, -1, 2 ** 31 - 1, -(2 ** 31)) },
        )
      const line = fc.constantFrom(...publications).chain((publication) =>
        fc.record({
          publicationId: fc.oneof(
            { weight: 12, arbitrary: fc.constant(publication.id) },
            { weight: 1, arbitrary: fc.constantFrom('999999', '0', '-1', 'abc', '1e3', ` ${publication.id}`, `0${publication.id}`, '1234567890') },
            { weight: 1, arbitrary: fc.constant(Number(publication.id)) },
          ),
          quantity: quantity(publication.max),
        }),
      )
      const items = fc.oneof(
        { weight: 12, arbitrary: fc.uniqueArray(line, { minLength: 1, maxLength: Math.min(3, publications.length), selector: (item) => String(item.publicationId) }) },
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.array(line, { minLength: 2, maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(line, { minLength: 20, maxLength: 22 }) },
      )
      const wellTyped = fc.record({
        idempotencyKey,
        locale: orMissing(locale, 3),
        items,
        orderer: fc.record({ name: swedishName, organisation, email: realisticEmail, phone }),
        deliveryAddress: fc.record({ street, postcode, city: town }),
      })
      const hostileLine = reshaped(
        fc.record({
          publicationId: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...publications.map((publication) => publication.id)) }, { weight: 1, arbitrary: hostileValue }),
          quantity: fc.oneof({ weight: 4, arbitrary: quantity(10) }, { weight: 1, arbitrary: hostileValue }),
        }),
      )
      const mutated = reshaped(
        fc.record({
          idempotencyKey: field(idempotencyKey),
          locale: orMissing(fc.oneof({ weight: 8, arbitrary: locale }, { weight: 1, arbitrary: hostileValue })),
          items: fc.oneof({ weight: 6, arbitrary: items }, { weight: 2, arbitrary: fc.array(hostileLine, { maxLength: 3 }) }, { weight: 1, arbitrary: hostileValue }),
          orderer: fc.oneof(
            { weight: 8, arbitrary: reshaped(fc.record({ name: field(swedishName), organisation: field(organisation), email: field(realisticEmail), phone: field(phone) })) },
            { weight: 1, arbitrary: hostileValue },
          ),
          deliveryAddress: fc.oneof(
            { weight: 8, arbitrary: reshaped(fc.record({ street: field(street), postcode: field(postcode), city: field(town) })) },
            { weight: 1, arbitrary: hostileValue },
          ),
        }),
      )
      // Orderer addresses of refused orders (never of an accepted one): none of them may be in the orders table.
      const refused = new Set<string>()
      const ordererEmail = (variables: unknown) => objectAt(objectAt(variables, 'input'), 'orderer')?.email
      await fuzz({
        name: 'orderMaterial',
        document: 'mutation ($input: OrderMaterialInput!) { orderMaterial(input: $input) { orderNumber status items { publicationId quantity } } }',
        // Eight strings of up to ~10 kB each could pass the 64 kB body limit, which answers 413 by design.
        cases: envelope('input', wellTyped, mutated).filter((value) => jsonBytes(value.variables) < 56 * 1024),
        personal: (variables) => {
          const input = objectAt(variables, 'input')
          const orderer = objectAt(input, 'orderer')
          return [orderer?.email, orderer?.name, orderer?.organisation, orderer?.phone, objectAt(input, 'deliveryAddress')?.street]
        },
        // Accepted orders enqueue 'order-received', which the order tests' worker sends if it runs meanwhile (no token,
        // nothing to race); the rows are removed when the property ends.
        recipient: ordererEmail,
        observe: (variables, outcome) => {
          const email = ordererEmail(variables)
          if (outcome !== 'data' && typeof email === 'string') refused.add(email.trim().toLowerCase())
        },
        mustSee: ['data', 'BAD_USER_INPUT', 'RATE_LIMITED'],
      })
      // PostgreSQL text cannot hold NUL: such an address cannot be in the table, nor be sent to look for it.
      const onlyRefused = [...refused].filter((email) => !recipients.has(email) && !email.includes('\u0000'))
      expect(onlyRefused.length).toBeGreaterThan(RUNS / 10)
      const { rows } = await withClient(inject('databaseUrl'), (db) =>
        db.query<{ order_number: string }>('SELECT order_number FROM material_orders WHERE lower(trim(orderer_email)) = ANY($1)', [onlyRefused]),
      )
      expect(rows, 'orders stored from refused input').toEqual([])
    },
    PROPERTY_TIMEOUT_MS,
  )
})
