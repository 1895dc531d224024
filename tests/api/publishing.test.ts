import { gql } from 'graphql-request'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/api-client'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

const COORDINATORS = gql`
  query ($region: String!) {
    coordinatorsForMunicipality(municipality: $region) {
      hasReachableCoordinator
      fallback {
        name
      }
      coordinators {
        id
        status
        email
        phones {
          display
          e164
        }
      }
    }
  }
`
type Result = {
  coordinatorsForMunicipality: {
    hasReachableCoordinator: boolean
    fallback: { name: string } | null
    coordinators: { id: string; status: string; email: string | null; phones: { display: string; e164: string }[] }[]
  }
}

/**
 * Editors publish in the CMS; the public API serves it within moments (its cache is cleared by a notification that
 * arrives on another connection than the editor's answer, so the test waits for it), and never a draft.
 */
describe('the API serves what editors publish, and only that', () => {
  const api = apiClient()
  let editor: CmsClient

  beforeAll(async () => {
    editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
  })

  it('ignores a draft, then returns the published change', async () => {
    const before = (await api.request<Result>(COORDINATORS, { region: 'Uppsala' })).coordinatorsForMunicipality
    expect(before.hasReachableCoordinator).toBe(false)
    const id = before.coordinators[0]!.id

    const draft = { status: 'active', email: 'regionkoordinator.mitt@example.se', phones: [{ number: '018-727 00 00', type: 'office' }] }
    expect((await editor.request('PATCH', `/api/coordinators/${id}?draft=true`, draft)).status).toBe(200)
    const afterDraft = (await api.request<Result>(COORDINATORS, { region: 'Uppsala' })).coordinatorsForMunicipality
    expect(afterDraft).toEqual(before)

    expect((await editor.request('PATCH', `/api/coordinators/${id}`, { ...draft, _status: 'published' })).status).toBe(200)
    // The API's snapshot applies the publish on its notification (read-model/), a few hundred milliseconds.
    let published = before
    await expect
      .poll(async () => (published = (await api.request<Result>(COORDINATORS, { region: 'Uppsala' })).coordinatorsForMunicipality).hasReachableCoordinator, {
        timeout: 5_000,
        interval: 20,
      })
      .toBe(true)
    expect(published.fallback).toBeNull()
    expect(published.coordinators[0]).toMatchObject({ status: 'ACTIVE', email: 'regionkoordinator.mitt@example.se', phones: [{ display: '018-727 00 00', e164: '+46187270000' }] })
  })
})

describe('language fallback and incremental sync', () => {
  const api = apiClient()

  it('falls back to Swedish field by field when English is missing', async () => {
    const editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
    const slug = `endast-svenska-${Date.now()}`
    const created = await editor.request('POST', '/api/organisations?locale=sv', {
      slug,
      name: 'Endast svensk organisation',
      description: 'Beskrivning på svenska.',
      type: 'civil-society',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = (created.body as { doc: { id: number } }).doc.id
    // English name only: the English description must fall back to Swedish, the name must not.
    expect((await editor.request('PATCH', `/api/organisations/${id}?locale=en`, { name: 'Swedish-only organisation', _status: 'published' })).status).toBe(200)
    const read = async () =>
      (
        await api
          .request<{ organisation: { name: string; description: string } | null }>(
            gql`
              query ($slug: String!) {
                organisation(slug: $slug, locale: EN) {
                  name
                  description
                }
              }
            `,
            { slug },
          )
          .catch(() => ({ organisation: null }))
      ).organisation
    await expect.poll(read, { timeout: 2_000, interval: 20 }).toEqual({ name: 'Swedish-only organisation', description: 'Beskrivning på svenska.' })
  })

  it('returns only what changed since a given instant', async () => {
    const query = gql`
      query ($since: DateTimeISO) {
        organisations(updatedSince: $since, first: 100) {
          totalCount
          nodes {
            slug
            updatedAt
          }
        }
      }
    `
    const all = await api.request<{ organisations: { totalCount: number; nodes: { updatedAt: string }[] } }>(query, {})
    const latest = all.organisations.nodes
      .map((node) => node.updatedAt)
      .sort()
      .at(-1)!
    const recent = await api.request<{ organisations: { totalCount: number; nodes: { updatedAt: string }[] } }>(query, { since: latest })
    expect(recent.organisations.totalCount).toBeGreaterThanOrEqual(1)
    expect(recent.organisations.totalCount).toBeLessThan(all.organisations.totalCount)
    expect(recent.organisations.nodes.every((node) => node.updatedAt >= latest)).toBe(true)
  })
})
