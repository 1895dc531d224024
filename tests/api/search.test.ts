import { gql } from 'graphql-request'
import { describe, expect, it } from 'vitest'
import { apiClient, graphqlError } from '../helpers/api-client'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

const SEARCH = gql`
  query Search($query: String!, $locale: Locale, $first: Int) {
    search(query: $query, locale: $locale, first: $first) {
      rank
      node {
        __typename
        ... on Concept { slug term }
        ... on Page { slug title }
        ... on ManualStep { number title }
        ... on Programme { slug name }
        ... on Organisation { slug name }
        ... on Publication { slug title }
      }
    }
  }
`

type Hit = { rank: number; node: { __typename: string; slug?: string; number?: number; title?: string; term?: string; name?: string } }
const key = (hit: Hit | undefined) => (hit ? `${hit.node.__typename}:${hit.node.slug ?? hit.node.number}` : 'nothing')

describe('search', () => {
  const api = apiClient()
  const search = async (query: string, locale: 'SV' | 'EN', first = 5) => (await api.request<{ search: Hit[] }>(SEARCH, { query, locale, first })).search

  it.each([
    ['betänketid', 'SV', 'Page:betanketid'],
    ['reflection period', 'EN', 'Page:betanketid'],
    ['identifiering', 'SV', 'ManualStep:1'],
    ['IOM', 'SV', 'Organisation:iom'],
    ['return programme', 'EN', 'Programme:amp'],
    ['webbutbildning', 'SV', 'Page:lar-dig-mer'],
  ] as const)('finds %j (%s) first', async (query, locale, expected) => {
    expect(key((await search(query, locale))[0])).toBe(expected)
  })

  it('finds the same documents for inflected and accent-free forms', async () => {
    const base = (await search('människohandel', 'SV', 10)).map(key)
    expect(base.length).toBeGreaterThan(2)
    for (const variant of ['människohandeln', 'manniskohandel', 'manniskohandeln', 'MÄNNISKOHANDEL']) {
      const found = (await search(variant, 'SV', 10)).map(key)
      expect(found, variant).toEqual(expect.arrayContaining(base.slice(0, 3)))
    }
  })

  it('ranks better matches higher and honours first', async () => {
    const hits = await search('prostitution', 'EN', 3)
    expect(hits).toHaveLength(3)
    expect(hits.map((hit) => hit.rank)).toEqual([...hits.map((hit) => hit.rank)].sort((a, b) => b - a))
  })

  it('answers in the requested language', async () => {
    const [sv] = await search('prostitution', 'SV', 1)
    const [en] = await search('prostitution', 'EN', 1)
    expect(sv?.node.__typename).toBe(en?.node.__typename)
    expect(JSON.stringify(sv)).not.toBe(JSON.stringify(en))
  })

  it('refuses empty and overlong queries with BAD_USER_INPUT', async () => {
    expect((await graphqlError(api.request(SEARCH, { query: '   ' }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' })
    expect((await graphqlError(api.request(SEARCH, { query: 'x'.repeat(201) }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' })
    expect((await graphqlError(api.request(SEARCH, { query: 'stöd', first: 51 }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' })
  })

  it('treats operators and quotes in user input as words, never as errors', async () => {
    for (const query of ['"human trafficking" -prostitution', 'stöd & | ! :* ()', "o'reilly", '\\']) {
      const hits = await search(query, 'EN')
      expect(Array.isArray(hits), query).toBe(true)
    }
  })

  // PostgreSQL's websearch parser stacks one NOT per hyphen and failed past 32 of them (XX000, answered 500).
  it('reads a run of hyphens as one exclusion, never as an error', async () => {
    for (const query of ['-'.repeat(200), '- '.repeat(100), '-"'.repeat(100), `prostitution ${'-!('.repeat(60)}`]) {
      expect(await search(query, 'EN'), JSON.stringify(query.slice(0, 12))).toBeInstanceOf(Array)
    }
    const excluded = (await search('trafficking -prostitution', 'EN', 10)).map(key)
    expect(excluded.length).toBeGreaterThan(0)
    expect((await search(`trafficking ${'-'.repeat(40)}prostitution`, 'EN', 10)).map(key)).toEqual(excluded)
  })

  // The index is rebuilt when a search finds the content changed: a publish shows in the next searches, an
  // unpublished or deleted document disappears. (Polled briefly: the response cache's invalidation is asynchronous
  // and has its own test.)
  it('finds a newly published document and forgets a deleted one', async () => {
    const editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
    const word = `sökindexprov${Date.now().toString(36)}`
    const hitsFor = async () => (await search(word, 'SV', 5)).map(key)
    const eventually = async (expected: string[]) => {
      for (const deadline = Date.now() + 5_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
        const hits = await hitsFor()
        if (JSON.stringify(hits) === JSON.stringify(expected) || Date.now() > deadline) return hits
      }
    }
    expect(await hitsFor()).toEqual([])
    const slug = `sokindex-${Date.now().toString(36)}`
    const created = await editor.request<{ doc: { id: number } }>('POST', '/api/concepts', { term: `Begrepp ${word}`, slug, definition: 'En definition för sökindexets test.', _status: 'published' })
    expect(created.status).toBe(201)
    expect(await eventually([`Concept:${slug}`])).toEqual([`Concept:${slug}`])
    expect((await editor.request('DELETE', `/api/concepts/${created.body.doc.id}`)).status).toBe(200)
    expect(await eventually([])).toEqual([])
  })
})
