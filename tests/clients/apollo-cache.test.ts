import { randomUUID } from 'node:crypto'
import { ApolloClient, HttpLink, InMemoryCache, type NormalizedCacheObject } from '@apollo/client'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type * as ClientModule from '../../examples/src/client'
import type * as Generated from '../../examples/src/gql/graphql'
import type * as WebsiteModule from '../../examples/src/website'
import { deleteSends, insertSend } from '../helpers/newsletter-archive'
import { cacheKeySelections, committedSchema, exampleDocuments, generateClient, localizedTypes, typesWithId } from './documents'

/**
 * The typed client path a website developer copies (examples/), run as the website runs it: the generated
 * TypedDocumentNodes through Apollo Client 4 and its InMemoryCache against the real API. The types the cache must
 * normalise are read from schema.graphql, so a type added with an `id` is covered without editing this file.
 */
type Locale = Generated.Locale
const LOCALES: readonly Locale[] = ['SV', 'EN']
const SEARCHES: Record<Locale, string[]> = {
  SV: ['människohandel', 'prostitution', 'stöd', 'återvändande', 'betänketid'],
  EN: ['trafficking', 'prostitution', 'support', 'return', 'reflection period'],
}
let client: typeof ClientModule
let website: typeof WebsiteModule
let generated: typeof Generated
// A sent newsletter issue in both languages, so that the archive's documents have a NewsletterIssue to cache.
const archiveSlug = `typed-client-${randomUUID()}`
let archivedIssue: number | undefined

beforeAll(async () => {
  archivedIssue = await insertSend({
    slug: archiveSlug,
    language: 'both',
    topics: ['news'],
    texts: {
      sv: { subject: 'Nyheter', preheader: '', bodyHtml: '<p>Hej</p>', bodyText: 'Hej' },
      en: { subject: 'News', preheader: '', bodyHtml: '<p>Hello</p>', bodyText: 'Hello' },
    },
  })
  await generateClient()
  // Imported only now: the modules read the output codegen has just written.
  client = await import('../../examples/src/client')
  website = await import('../../examples/src/website')
  generated = await import('../../examples/src/gql/graphql')
}, 180_000)
afterAll(async () => {
  if (archivedIssue !== undefined) await deleteSends([archivedIssue])
})

/** Every read of the website in one language, through the example's typed functions. */
async function readEverything(apollo: ApolloClient, locale: Locale): Promise<void> {
  await website.regionPage(apollo, 'nord', locale)
  await website.coordinatorLookup(apollo, 'Kiruna', locale)
  await website.supportLine(apollo, locale)
  await website.manualSteps(apollo, locale)
  // Broad enough to hit every kind of search result: concepts, steps, programmes, articles, organisations, publications.
  for (const query of SEARCHES[locale]) await website.search(apollo, query, locale, 50)
  await website.publicationCatalogue(apollo, locale, { first: 20 })
  await website.changesSince(apollo, locale, { first: 100, types: ['Coordinator', 'Organisation'] })
  await website.newsletterArchive(apollo, locale, { first: 5 })
  await website.newsletterIssue(apollo, archiveSlug, locale)
}

/** The normalised store: one entry per cache id, as Apollo's devtools show it. */
function store(apollo: ApolloClient): NormalizedCacheObject {
  if (!(apollo.cache instanceof InMemoryCache)) throw new Error('expected an InMemoryCache')
  return apollo.cache.extract()
}

/** The cache's entries by type: `Region:{"id":"1","locale":"SV"}` gives Region → [{ id: "1", locale: "SV" }]. */
function entriesByType(apollo: ApolloClient): Map<string, Record<string, unknown>[]> {
  const byType = new Map<string, Record<string, unknown>[]>()
  for (const key of Object.keys(store(apollo))) {
    const match = /^([A-Za-z]+):(.+)$/.exec(key)
    if (!match?.[1] || !match[2] || key.startsWith('ROOT_')) continue
    const keyFields: Record<string, unknown> = match[2].startsWith('{') ? JSON.parse(match[2]) : { id: match[2] }
    byType.set(match[1], [...(byType.get(match[1]) ?? []), keyFields])
  }
  return byType
}

describe('the typed client path (examples/) with Apollo Client', () => {
  const schema = committedSchema()
  const idTypes = typesWithId(schema).map((type) => type.name)
  const localized = localizedTypes(schema)

  it('documents reach every type with an id and select its cache key (id, and locale where answers are localized)', () => {
    expect(idTypes.length).toBeGreaterThan(5)
    const { reached, missing } = cacheKeySelections(schema, exampleDocuments())
    expect(missing).toEqual([])
    expect(
      idTypes.filter((name) => !reached.has(name)),
      'types with an id that no example document reads',
    ).toEqual([])
  })

  it('normalises every type with an id, with a separate entry per language for localized ones', async () => {
    const apollo = client.createClient(inject('apiUrl'))
    for (const locale of LOCALES) await readEverything(apollo, locale)
    const byType = entriesByType(apollo)
    for (const type of idTypes) {
      const entries = byType.get(type) ?? []
      expect(entries.length, `${type} entries in the cache`).toBeGreaterThan(0)
      if (!localized.has(type)) continue
      expect(new Set(entries.map((entry) => entry.locale)), `${type} cached in both languages`).toEqual(new Set(LOCALES))
      // Each entry keeps the language it was answered in (the key and the stored field agree).
      for (const entry of entries) {
        const id = apollo.cache.identify({ __typename: type, id: String(entry.id), locale: String(entry.locale) })
        expect(id && store(apollo)[id]?.locale).toBe(entry.locale)
      }
    }
  })

  it('keeps Swedish and English apart in one cache: a Swedish page reads Swedish after an English query', async () => {
    const apollo = client.createClient(inject('apiUrl'))
    const swedish = await website.regionPage(apollo, 'nord', 'SV')
    const english = await website.regionPage(apollo, 'nord', 'EN')
    // The same objects in two languages: otherwise this test could not tell a mixed cache from a correct one.
    expect(english.region.id).toBe(swedish.region.id)
    expect(english.region.name).not.toBe(swedish.region.name)
    const cached = apollo.readQuery({ query: generated.RegionPageDocument, variables: { slug: 'nord', locale: 'SV' } })
    expect(cached).toEqual(swedish)
    expect(apollo.readQuery({ query: generated.RegionPageDocument, variables: { slug: 'nord', locale: 'EN' } })).toEqual(english)
  })

  it("shows why: with Apollo's default cache (one Region:id entry) the Swedish page would read English names", async () => {
    const apollo = new ApolloClient({ link: new HttpLink({ uri: inject('apiUrl') }), cache: new InMemoryCache() })
    const swedish = await website.regionPage(apollo, 'nord', 'SV')
    const english = await website.regionPage(apollo, 'nord', 'EN')
    const cached = apollo.readQuery({ query: generated.RegionPageDocument, variables: { slug: 'nord', locale: 'SV' } })
    expect(cached?.region.name).toBe(english.region.name)
    expect(cached?.region.name).not.toBe(swedish.region.name)
  })

  it('answers a misspelt municipality with NOT_FOUND and the suggestions the page can offer', async () => {
    const apollo = client.createClient(inject('apiUrl'))
    const answer = await website.coordinatorLookup(apollo, 'Kirunaa', 'SV')
    expect(answer).toEqual({ suggestions: expect.arrayContaining(['Kiruna']) })
  })

  it('subscribes to the newsletter and orders material with typed variables; a retried order returns the first receipt', async () => {
    const apollo = client.createClient(inject('apiUrl'))
    const subscribed = await website.subscribeToNewsletter(apollo, {
      email: `typed-client-${randomUUID()}@example.org`,
      topics: ['NEWS', 'PUBLICATIONS'],
      locale: 'EN',
      consent: { given: true, textVersion: '2026-11', source: 'tests/clients' },
    })
    expect(subscribed.accepted).toBe(true)
    expect(subscribed.message.length).toBeGreaterThan(0)

    const catalogue = await website.publicationCatalogue(apollo, 'SV', { first: 20 })
    const item = catalogue.nodes.find((publication) => publication.inStock)
    expect(item, 'an orderable publication in stock').toBeDefined()
    const input: Generated.OrderMaterialInput = {
      idempotencyKey: `typed-client-${randomUUID()}`,
      items: [{ publicationId: item?.id ?? '', quantity: 1 }],
      orderer: { name: 'Typed Client', organisation: 'Example website', email: `orders-${randomUUID()}@example.org`, phone: '031-365 00 00' },
      deliveryAddress: { street: 'Exempelgatan 1', postcode: '411 04', city: 'Göteborg' },
      locale: 'SV',
    }
    const receipt = await website.orderMaterial(apollo, input)
    expect(receipt.orderNumber).toMatch(/^NSPM-\d{4}-\d+$/)
    expect(receipt.status).toBe('RECEIVED')
    expect(receipt.items).toEqual([expect.objectContaining({ publicationId: item?.id, quantity: 1 })])
    expect((await website.orderMaterial(apollo, input)).orderNumber).toBe(receipt.orderNumber)
  })
})
