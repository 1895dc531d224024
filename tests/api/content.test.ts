import { gql } from 'graphql-request'
import { describe, expect, it } from 'vitest'
import { apiClient, graphqlError } from '../helpers/api-client'

/** Every content query in both languages: what the brochure says, served as editors published it. */
describe('content queries', () => {
  const api = apiClient()

  it('lists the six manual steps in order with responsible organisations, in Swedish and English', async () => {
    const query = gql`
      query ($locale: Locale) {
        manualSteps(locale: $locale) {
          number
          title
          summary
          responsibleOrganisations {
            slug
            name
          }
        }
      }
    `
    const sv = await api.request<{ manualSteps: { number: number; title: string; responsibleOrganisations: { slug: string }[] }[] }>(query, { locale: 'SV' })
    expect(sv.manualSteps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(sv.manualSteps[0]?.title).toBe('Identifiering')
    expect(sv.manualSteps[4]?.responsibleOrganisations.map((org) => org.slug)).toEqual(expect.arrayContaining(['polismyndigheten', 'aklagarmyndigheten']))
    const en = await api.request<{ manualSteps: { title: string }[] }>(query, { locale: 'EN' })
    expect(en.manualSteps[0]?.title).toBe('Identification')
    const one = await api.request<{ manualStep: { title: string } }>(gql`
      {
        manualStep(number: 6) {
          title
        }
      }
    `)
    expect(one.manualStep.title).toMatch(/återvändande/)
    expect(
      (
        await graphqlError(
          api.request(gql`
            {
              manualStep(number: 9) {
                title
              }
            }
          `),
        )
      ).extensions.code,
    ).toBe('NOT_FOUND')
  })

  it('serves the programmes with operator and funder', async () => {
    const { programme } = await api.request<{ programme: { shortName: string; operator: { shortName: string }; funder: { slug: string }; supportOffered: string[] } }>(gql`
      {
        programme(slug: "amp") {
          shortName
          operator {
            shortName
          }
          funder {
            slug
          }
          supportOffered
        }
      }
    `)
    expect(programme.shortName).toBe('ÅMP')
    expect(programme.operator.shortName).toBe('IOM')
    expect(programme.funder.slug).toBe('jamstalldhetsmyndigheten')
    expect(programme.supportOffered.length).toBeGreaterThanOrEqual(4)
    const { programmes } = await api.request<{ programmes: { slug: string }[] }>(gql`
      {
        programmes {
          slug
        }
      }
    `)
    expect(programmes.map((entry) => entry.slug)).toEqual(['amp', 'nsp'])
  })

  it('serves the glossary with related concepts', async () => {
    const { concept } = await api.request<{ concept: { term: string; definition: string; related: { slug: string }[] } }>(gql`
      {
        concept(slug: "manniskohandel", locale: SV) {
          term
          definition
          related {
            slug
          }
        }
      }
    `)
    expect(concept.term).toBe('Människohandel')
    expect(concept.definition).toMatch(/falska löften/)
    expect(concept.related.length).toBeGreaterThan(0)
    const { concepts } = await api.request<{ concepts: unknown[] }>(gql`
      {
        concepts {
          slug
        }
      }
    `)
    expect(concepts).toHaveLength(4)
  })

  it('serves articles as sanitised HTML and plain text', async () => {
    const { page } = await api.request<{ page: { title: string; content: { html: string; plainText: string }; links: { url: string }[] } }>(gql`
      {
        page(slug: "betanketid") {
          title
          content {
            html
            plainText
          }
          links {
            label
            url
          }
        }
      }
    `)
    expect(page.title).toBe('Betänketid')
    expect(page.content.html).toMatch(/^<(h2|p)>/)
    expect(page.content.html).not.toMatch(/<script|on\w+=/i)
    expect(page.content.plainText).toMatch(/30 dagar/)
    expect(page.links.map((link) => link.url)).toContain('https://kunskapsguiden.se/')
  })

  it('filters publications and pages through a connection', async () => {
    const query = gql`
      query ($orderable: Boolean, $language: String) {
        publications(orderable: $orderable, language: $language, first: 10) {
          totalCount
          nodes {
            slug
            orderable
            articleNumber
            maxQuantityPerOrder
            inStock
            languages
          }
        }
      }
    `
    const catalogue = await api.request<{ publications: { totalCount: number; nodes: { orderable: boolean; maxQuantityPerOrder: number }[] } }>(query, { orderable: true })
    expect(catalogue.publications.totalCount).toBe(2)
    expect(catalogue.publications.nodes.every((node) => node.orderable && node.maxQuantityPerOrder > 0)).toBe(true)
    const english = await api.request<{ publications: { nodes: { slug: string }[] } }>(query, { language: 'en' })
    expect(english.publications.nodes.map((node) => node.slug)).toEqual(['manual-vid-misstanke-om-manniskohandel'])
  })

  it('serves organisations and networks with their members', async () => {
    const { organisations } = await api.request<{ organisations: { totalCount: number; pageInfo: { hasNextPage: boolean } } }>(gql`
      {
        organisations(first: 5) {
          totalCount
          pageInfo {
            hasNextPage
          }
        }
      }
    `)
    expect(organisations.totalCount).toBeGreaterThanOrEqual(16)
    expect(organisations.pageInfo.hasNextPage).toBe(true)
    const { network } = await api.request<{ network: { shortName: string; coordinatedBy: { slug: string }; members: { slug: string }[] } }>(gql`
      {
        network(slug: "nationellt-metodstodsteam", locale: EN) {
          shortName
          coordinatedBy {
            slug
          }
          members {
            slug
          }
        }
      }
    `)
    expect(network.shortName).toBe('NMT')
    expect(network.members.map((member) => member.slug)).toEqual(expect.arrayContaining(['polismyndigheten', 'migrationsverket', 'tullverket']))
    const { networks } = await api.request<{ networks: { slug: string; coordinators: { title: string }[] }[] }>(gql`
      {
        networks(regionSlug: "vast", type: SPEARHEAD_GROUP) {
          slug
          coordinators {
            title
          }
        }
      }
    `)
    expect(networks).toHaveLength(1)
    expect(networks[0]?.coordinators).toHaveLength(1)
  })

  it('refuses a page size over 100 and a forged cursor with BAD_USER_INPUT', async () => {
    expect(
      (
        await graphqlError(
          api.request(gql`
            {
              municipalities(first: 101) {
                totalCount
              }
            }
          `),
        )
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' })
    expect(
      (
        await graphqlError(
          api.request(gql`
            {
              municipalities(after: "bm9wZQ") {
                totalCount
              }
            }
          `),
        )
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' })
  })

  it('pages through all 290 municipalities with cursors', async () => {
    const seen = new Set<string>()
    let after: string | null = null
    for (let pages = 0; pages < 5; pages += 1) {
      const result: { municipalities: { nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await api.request(
        gql`
          query ($after: String) {
            municipalities(first: 100, after: $after) {
              nodes {
                code
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        `,
        { after },
      )
      for (const node of result.municipalities.nodes) seen.add(node.code)
      if (!result.municipalities.pageInfo.hasNextPage) break
      after = result.municipalities.pageInfo.endCursor
    }
    expect(seen.size).toBe(290)
  })
})
