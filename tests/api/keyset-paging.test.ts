import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiClient } from '../helpers/api-client'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

/**
 * Connections page by keyset: a cursor is the last item's place in the list's order, so rows published or
 * unpublished on either side of it while a client pages are neither repeated nor skipped (with offsets, a row
 * published before the cursor repeated one, a row removed before it skipped one).
 */
const api = apiClient()
const run = Date.now().toString(36)
type Connection = { nodes: { slug: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }

let editor: CmsClient
const created: { collection: string; id: number }[] = []
beforeAll(async () => {
  editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
})
afterAll(async () => {
  for (const { collection, id } of created) await editor.request('DELETE', `/api/${collection}/${id}`)
})

const allSlugs = async (field: 'organisations' | 'publications') =>
  new Set((await api.request<Record<string, Connection>>(gql`{ ${field}(first: 100) { nodes { slug } } }`))[field]!.nodes.map((node) => node.slug))

async function publish(collection: string, data: Record<string, unknown>): Promise<number> {
  const response = await editor.request<{ doc: { id: number } }>('POST', `/api/${collection}`, { ...data, _status: 'published' })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  created.push({ collection, id: response.body.doc.id })
  // Served once the API's snapshot has applied the publish (its notification, a few hundred milliseconds).
  if (collection === 'organisations' || collection === 'publications') {
    await expect.poll(async () => (await allSlugs(collection)).has(String(data.slug)), { timeout: 5_000, interval: 20 }).toBe(true)
  }
  return response.body.doc.id
}

/** Pages through `field` `first` items at a time, running `between[n]` after page n; returns the slugs in the order seen. */
async function pageWhileEditing(field: 'organisations' | 'publications', first: number, between: (() => Promise<unknown>)[]): Promise<string[]> {
  const seen: string[] = []
  let after: string | null = null
  for (let page = 0; ; page++) {
    const result: Record<string, Connection> = await api.request(
      gql`query ($after: String, $first: Int) { ${field}(first: $first, after: $after) { nodes { slug } pageInfo { endCursor hasNextPage } } }`,
      { after, first },
    )
    const connection = result[field]!
    seen.push(...connection.nodes.map((node) => node.slug))
    await between[page]?.()
    if (!connection.pageInfo.hasNextPage) return seen
    after = connection.pageInfo.endCursor
  }
}

describe('keyset cursors', () => {
  it('organisations (by slug): rows published and unpublished before and after the cursor are neither repeated nor skipped', async () => {
    const organisation = (slug: string) => ({ slug, name: `Sidning ${slug}`, description: 'Beskrivning.', type: 'civil-society' })
    // "0…" sorts before every seeded slug, "zz…" after: the first page holds both early ones.
    const early = await publish('organisations', organisation(`0-sidning-${run}-b`))
    await publish('organisations', organisation(`0-sidning-${run}-c`))
    const before = await allSlugs('organisations')
    const seen = await pageWhileEditing('organisations', 3, [
      () => editor.request('PATCH', `/api/organisations/${early}`, { _status: 'draft' }),
      () => publish('organisations', organisation(`0-sidning-${run}-a`)),
      () => publish('organisations', organisation(`zz-sidning-${run}`)),
    ])
    const after = await allSlugs('organisations')
    expect(seen.length).toBe(new Set(seen).size)
    expect(seen.slice(0, 2)).toEqual([`0-sidning-${run}-b`, `0-sidning-${run}-c`])
    for (const slug of before) if (after.has(slug)) expect(seen).toContain(slug)
    expect(seen).toContain(`zz-sidning-${run}`)
    expect(seen).not.toContain(`0-sidning-${run}-a`)
  })

  it('publications (newest first, undated last): the same, with ties on the date broken by id', async () => {
    const publication = (slug: string, publishedOn: string | null) => ({ slug, title: `Sidning ${slug}`, type: 'report', publishedOn })
    // Dated after every seeded one, so these come first; the undated one comes last.
    await publish('publications', publication(`sidning-${run}-1`, '2099-06-01T00:00:00.000Z'))
    await publish('publications', publication(`sidning-${run}-2`, '2099-06-01T00:00:00.000Z'))
    await publish('publications', publication(`sidning-${run}-3`, '2099-05-01T00:00:00.000Z'))
    const before = await allSlugs('publications')
    // Two a page: the seed has only two publications, and the undated one must be published before the last page.
    const seen = await pageWhileEditing('publications', 2, [
      () => publish('publications', publication(`sidning-${run}-0`, '2099-07-01T00:00:00.000Z')),
      () => publish('publications', publication(`sidning-${run}-odaterad`, null)),
    ])
    const after = await allSlugs('publications')
    expect(seen.length).toBe(new Set(seen).size)
    expect(seen.slice(0, 3)).toEqual([`sidning-${run}-1`, `sidning-${run}-2`, `sidning-${run}-3`])
    expect(before.size).toBeGreaterThanOrEqual(5)
    for (const slug of before) if (after.has(slug)) expect(seen).toContain(slug)
    expect(seen.at(-1)).toBe(`sidning-${run}-odaterad`)
    expect(seen).not.toContain(`sidning-${run}-0`)
  })
})
