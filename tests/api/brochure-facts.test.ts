import { gql } from 'graphql-request'
import { describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/api-client'

/**
 * Issue 15: the facts a freshly seeded database serves, checked against the brochure (../shared/nspm-brochure-sv.txt).
 * The same answers after the data migration on an old seed: tests/cms/brochure-facts-migration.test.ts.
 */
describe('the corrected brochure facts', () => {
  const api = apiClient()

  type Line = {
    isOpenNow: boolean
    openingHoursConfirmed: boolean
    whenClosed: string
    urgentNumbers: { kind: string; appliesWhen: string; phone: { display: string } | null; whenToCall: string }[]
    whenClosedNumbers: { kind: string }[]
    emergencyNumbers: { kind: string; appliesWhen: string }[]
  }
  const LINE = gql`
    query ($at: DateTimeISO, $locale: Locale) {
      supportLine(at: $at, locale: $locale) {
        isOpenNow
        openingHoursConfirmed
        whenClosed
        urgentNumbers {
          kind
          appliesWhen
          phone {
            display
          }
          whenToCall
        }
        whenClosedNumbers {
          kind
        }
        emergencyNumbers {
          kind
          appliesWhen
        }
      }
    }
  `

  it('lists 114 14, social services on call and 112 as urgent at 10:00 on a weekday, while the line is open', async () => {
    for (const locale of ['SV', 'EN']) {
      // Wednesday 2 December 2026, 10:00 in Stockholm.
      const { supportLine } = await api.request<{ supportLine: Line }>(LINE, { at: '2026-12-02T09:00:00Z', locale })
      expect(supportLine.isOpenNow).toBe(true)
      expect(supportLine.urgentNumbers.map((entry) => [entry.kind, entry.phone?.display ?? null])).toEqual([
        ['emergency', '112'],
        ['police', '114 14'],
        ['social-services-on-call', null],
      ])
      expect(supportLine.urgentNumbers.every((entry) => entry.appliesWhen === 'ALWAYS')).toBe(true)
      // None of them tells the caller to wait until the support line has closed.
      for (const entry of supportLine.urgentNumbers) expect(entry.whenToCall, locale).not.toMatch(/när stödtelefonen är stängd|when the support line is closed/i)
      expect(supportLine.whenClosedNumbers).toEqual([])
      expect(supportLine.emergencyNumbers.map((entry) => entry.appliesWhen)).toEqual(['ALWAYS', 'ALWAYS', 'ALWAYS'])
    }
  })

  it('gives the alternatives when the line is closed separately, and marks the hours as not yet confirmed', async () => {
    const { supportLine } = await api.request<{ supportLine: Line }>(LINE, { at: '2026-12-02T19:00:00Z', locale: 'SV' })
    expect(supportLine.isOpenNow).toBe(false)
    expect(supportLine.openingHoursConfirmed).toBe(false)
    expect(supportLine.whenClosed).toMatch(/nspm@jamstalldhetsmyndigheten\.se/)
    expect(supportLine.whenClosed).toMatch(/regionkoordinator/)
    expect(supportLine.urgentNumbers).toHaveLength(3)
  })

  it("names NMT and NSPM by the agency's own English names, and NSPM as part of the agency in Göteborg", async () => {
    type Org = { name: string; shortName: string | null; type: string; location: string | null; partOf: { slug: string; location: string | null } | null }
    const { organisation } = await api.request<{ organisation: Org }>(gql`
      {
        organisation(slug: "nspm", locale: EN) {
          name
          shortName
          type
          location
          partOf {
            slug
            location
          }
        }
      }
    `)
    expect(organisation).toEqual({
      name: 'National Coordination Against Prostitution and Trafficking in Human Beings',
      shortName: 'NSPM',
      type: 'COORDINATING_AGENCY',
      location: 'Göteborg',
      partOf: { slug: 'jamstalldhetsmyndigheten', location: 'Göteborg' },
    })
    const agency = await api.request<{ organisation: Org }>(gql`
      {
        organisation(slug: "jamstalldhetsmyndigheten", locale: EN) {
          name
          shortName
          type
          location
          partOf {
            slug
            location
          }
        }
      }
    `)
    expect(agency.organisation).toMatchObject({ type: 'GOVERNMENT_AGENCY', location: 'Göteborg', partOf: null })
    const { network } = await api.request<{ network: { name: string; coordinatedBy: { slug: string } | null } }>(gql`
      {
        network(slug: "nationellt-metodstodsteam", locale: EN) {
          name
          coordinatedBy {
            slug
          }
        }
      }
    `)
    expect(network).toEqual({ name: 'National Task Force against Prostitution and Human Trafficking', coordinatedBy: { slug: 'nspm' } })
  })

  it("models NSP's funding as a contribution, and keeps the deprecated funder for a programme funded in full", async () => {
    type Programme = { funder: { slug: string } | null; funding: { share: string; organisation: { slug: string } | null }[] }
    const query = gql`
      query ($slug: String!) {
        programme(slug: $slug) {
          funder {
            slug
          }
          funding {
            share
            organisation {
              slug
            }
          }
        }
      }
    `
    const nsp = (await api.request<{ programme: Programme }>(query, { slug: 'nsp' })).programme
    expect(nsp.funding).toEqual([{ share: 'CONTRIBUTION', organisation: { slug: 'jamstalldhetsmyndigheten' } }])
    expect(nsp.funder).toBeNull()
    const amp = (await api.request<{ programme: Programme }>(query, { slug: 'amp' })).programme
    expect(amp.funding).toEqual([{ share: 'FULL', organisation: { slug: 'jamstalldhetsmyndigheten' } }])
    expect(amp.funder).toEqual({ slug: 'jamstalldhetsmyndigheten' })
  })

  it('links every step to the manual, and the reflection period and residence permits to steps 3 and 5 with police and prosecution', async () => {
    type Rule = {
      permit: string
      applicant: string
      appliesTo: string
      durationDays: number | null
      availableSince: string | null
      formsUrl: string | null
      applicantOrganisations: { slug: string }[]
      decidedBy: { slug: string } | null
    }
    type Step = { number: number; summary: string; manual: { slug: string; type: string } | null; responsibleOrganisations: { slug: string }[]; residencePermits: Rule[] }
    const { manualSteps } = await api.request<{ manualSteps: Step[] }>(gql`
      {
        manualSteps(locale: EN) {
          number
          summary
          manual {
            slug
            type
          }
          responsibleOrganisations {
            slug
          }
          residencePermits {
            permit
            applicant
            appliesTo
            durationDays
            availableSince
            formsUrl
            applicantOrganisations {
              slug
            }
            decidedBy {
              slug
            }
          }
        }
      }
    `)
    expect(manualSteps.map((step) => step.manual)).toEqual(Array(6).fill({ slug: 'manual-vid-misstanke-om-manniskohandel', type: 'MANUAL' }))
    const rules = (number: number) => manualSteps.find((step) => step.number === number)!.residencePermits
    expect(rules(3)).toEqual([
      {
        permit: 'REFLECTION_PERIOD',
        applicant: 'SOCIAL_WELFARE_BOARD',
        appliesTo: 'People who may be victims of human trafficking or human exploitation.',
        durationDays: 30,
        availableSince: '2022-08-01',
        formsUrl: expect.stringMatching(/^https:\/\/www\.migrationsverket\.se\//),
        applicantOrganisations: [{ slug: 'socialtjansten' }],
        decidedBy: { slug: 'migrationsverket' },
      },
      expect.objectContaining({
        permit: 'REFLECTION_PERIOD',
        applicant: 'HEAD_OF_PRELIMINARY_INVESTIGATION',
        durationDays: 30,
        applicantOrganisations: [{ slug: 'polismyndigheten' }, { slug: 'aklagarmyndigheten' }],
      }),
    ])
    expect(rules(5)).toEqual([
      expect.objectContaining({
        permit: 'TEMPORARY_RESIDENCE_PERMIT',
        applicant: 'HEAD_OF_PRELIMINARY_INVESTIGATION',
        durationDays: null,
        applicantOrganisations: [{ slug: 'polismyndigheten' }, { slug: 'aklagarmyndigheten' }],
        decidedBy: { slug: 'migrationsverket' },
      }),
    ])
    for (const number of [1, 2, 4, 6]) expect(rules(number)).toEqual([])
    // The applicants are not mistaken for the step's responsible organisations, and vice versa.
    const step3 = manualSteps.find((step) => step.number === 3)!
    expect(step3.responsibleOrganisations.map((org) => org.slug)).toEqual(['socialtjansten', 'migrationsverket', 'halso-och-sjukvarden', 'polismyndigheten', 'aklagarmyndigheten'])
    expect(step3.summary).toMatch(/Since 1 August 2022/)
    expect(manualSteps.find((step) => step.number === 5)!.summary).not.toMatch(/witnesses/)
  })

  it('serves the same structured facts on search results as on the queries', async () => {
    type Node = {
      __typename: string
      slug?: string
      number?: number
      funding?: { share: string }[]
      manual?: { slug: string } | null
      residencePermits?: { permit: string; availableSince: string | null; applicantOrganisations: { slug: string }[] }[]
      partOf?: { slug: string } | null
      location?: string | null
    }
    const SEARCH = gql`
      query ($query: String!, $locale: Locale) {
        search(query: $query, locale: $locale, first: 20) {
          node {
            __typename
            ... on Programme {
              slug
              funding {
                share
              }
            }
            ... on ManualStep {
              number
              manual {
                slug
              }
              residencePermits {
                permit
                availableSince
                applicantOrganisations {
                  slug
                }
              }
            }
            ... on Organisation {
              slug
              location
              partOf {
                slug
              }
            }
          }
        }
      }
    `
    const nodes = async (query: string, locale: string) => (await api.request<{ search: { node: Node }[] }>(SEARCH, { query, locale })).search.map((hit) => hit.node)
    const programme = (await nodes('stödprogram', 'SV')).find((node) => node.slug === 'nsp')
    expect(programme?.funding).toEqual([{ share: 'CONTRIBUTION' }])
    const step = (await nodes('inledande stöd', 'SV')).find((node) => node.number === 3)
    expect(step?.manual).toEqual({ slug: 'manual-vid-misstanke-om-manniskohandel' })
    expect(step?.residencePermits?.map((rule) => [rule.permit, rule.availableSince, rule.applicantOrganisations.map((org) => org.slug)])).toEqual([
      ['REFLECTION_PERIOD', '2022-08-01', ['socialtjansten']],
      ['REFLECTION_PERIOD', null, ['polismyndigheten', 'aklagarmyndigheten']],
    ])
    const nspm = (await nodes('NSPM', 'SV')).find((node) => node.slug === 'nspm')
    expect(nspm).toMatchObject({ location: 'Göteborg', partOf: { slug: 'jamstalldhetsmyndigheten' } })
  })
})
