import { gql } from 'graphql-request'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiClient, graphqlError } from '../helpers/api-client'
import { feedHead, feedPage, logSnapshot, nonEmpty, replay, walkFeed, type FeedChange, type FeedPage } from '../helpers/change-feed'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

/**
 * The change feed against the real API and CMS. The walks here share the suite's database with other files, so
 * they compare with the log itself (one SQL snapshot), never with a count of their own changes. Retention moves
 * the horizon, which would expire the cursors of a walk running beside it: it is tested in change-retention.test.ts,
 * on a database of its own.
 */
const api = apiClient()
const idOf = (change: FeedChange) => Number(change.id)
const actionsOf = (changes: readonly FeedChange[], type: string, documentId: string) =>
  changes.filter((change) => change.type === type && change.documentId === documentId).map((change) => change.action)

let editors: CmsClient[]
beforeAll(async () => {
  const admin = await CmsClient.asAdmin()
  editors = [(await createStaffUser(admin, ['editor'])).client, (await createStaffUser(admin, ['editor'])).client]
})

const run = Date.now().toString(36)
// Publications and organisations: other files count the concepts, but not these (dated, as keyset-paging.test.ts
// expects its own undated publication last).
const publication = (name: string) => ({ title: `Flödespublikation ${name}`, slug: `flode-${name}-${run}`, type: 'report', publishedOn: '2001-01-01T00:00:00.000Z' })
const organisation = (name: string) => ({ slug: `flode-${name}-${run}`, name: `Flödesorganisation ${name}`, description: 'Beskrivning.', type: 'civil-society' })

/** Publishes a document through the CMS's REST API as an editor does, and returns its id. */
async function publish(editor: CmsClient, collection: string, data: Record<string, unknown>): Promise<string> {
  const created = await editor.request<{ doc: { id: number } }>('POST', `/api/${collection}`, { ...data, _status: 'published' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return String(created.body.doc.id)
}

async function edit(editor: CmsClient, method: 'PATCH' | 'DELETE', path: string, body?: Record<string, unknown>): Promise<void> {
  const response = await editor.request(method, path, body)
  expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(200)
}

describe('the change feed', () => {
  it('gives the head with first: 0, and an empty page at the head keeps it', async () => {
    // Other files change content meanwhile: ask until no change came between the two requests.
    let head = ''
    let page: FeedPage | undefined
    for (let attempt = 0; attempt < 20 && page?.nodes.length !== 0; attempt++) {
      head = await feedHead(api)
      page = await feedPage(api, { after: head, first: 20 })
    }
    expect(page).toEqual({ nodes: [], pageInfo: { endCursor: head, hasNextPage: false } })
  })

  it('shows tombstones for unpublish and delete, and the document only while it is public', async () => {
    const [editor] = editors
    const head = await feedHead(api)
    const id = await publish(editor!, 'publications', publication('gravsten'))
    await edit(editor!, 'PATCH', `/api/publications/${id}`, { _status: 'draft' })
    // The feed shows a change once the API's snapshot has applied it (a few hundred milliseconds), with its document.
    await expect
      .poll(
        async () => {
          const unpublished = (await walkFeed(api, { after: head, first: 20 })).changes.filter((change) => change.documentId === id && change.type === 'Publication')
          return unpublished.map(({ action, document }) => ({ action, document }))
        },
        { timeout: 10_000 },
      )
      .toEqual([
        { action: 'CREATED', document: null },
        { action: 'UNPUBLISHED', document: null },
      ])

    await edit(editor!, 'PATCH', `/api/publications/${id}`, { _status: 'published' })
    // The same page was asked for above: the API may answer it from its cache until the CMS's NOTIFY arrives.
    let republished = await walkFeed(api, { after: head, first: 20 })
    await expect
      .poll(
        async () => {
          republished = await walkFeed(api, { after: head, first: 20 })
          return republished.changes.filter((change) => change.documentId === id && change.type === 'Publication').map(({ action, document }) => ({ action, document }))
        },
        { timeout: 10_000 },
      )
      .toEqual([
        { action: 'CREATED', document: { __typename: 'Publication' } },
        { action: 'UNPUBLISHED', document: null },
        { action: 'CREATED', document: { __typename: 'Publication' } },
      ])

    await edit(editor!, 'DELETE', `/api/publications/${id}`)
    // Listed once the API's snapshot has applied it.
    let tombstone: Awaited<ReturnType<typeof walkFeed>>['changes'][number] | undefined
    await expect
      .poll(
        async () => {
          const { changes } = await walkFeed(api, { after: republished.cursor, first: 20 })
          ;[tombstone] = changes.filter((change) => change.documentId === id && change.type === 'Publication')
          return tombstone?.action
        },
        { timeout: 10_000 },
      )
      .toBe('DELETED')
    expect(tombstone).toMatchObject({ type: 'Publication', documentId: id, action: 'DELETED', document: null })
    expect(Date.parse(tombstone!.changedAt)).toBeGreaterThan(Date.now() - 120_000)
  })

  it('resolves each document as its type, in the requested language', async () => {
    const query = gql`
      query ($locale: Locale, $first: Int = 100) {
        changes(first: $first, types: [Region, County], locale: $locale) {
          nodes {
            type
            document {
              __typename
              ... on Region {
                slug
                name
              }
              ... on County {
                name
                region {
                  slug
                }
              }
            }
          }
        }
      }
    `
    type Nodes = { changes: { nodes: { type: string; document: { __typename: string; slug?: string; name: string } | null }[] } }
    const english = (await api.request<Nodes>(query, { locale: 'EN' })).changes.nodes
    const swedish = (await api.request<Nodes>(query, { locale: 'SV' })).changes.nodes
    expect(english.filter((change) => change.document).length).toBeGreaterThanOrEqual(7)
    for (const change of english) if (change.document) expect(change.document.__typename).toBe(change.type)
    const regionName = (nodes: Nodes['changes']['nodes']) => nodes.find((change) => change.document?.slug === 'mitt')?.document?.name
    expect([regionName(swedish), regionName(english)]).toEqual(['Mitt', 'Central'])
  })

  it("refuses a forged cursor, another list's cursor, an offset cursor and a page over 100 with BAD_USER_INPUT", async () => {
    const coordinators = await api.request<{ coordinators: { pageInfo: { endCursor: string } } }>(gql`
      {
        coordinators(first: 1) {
          pageInfo {
            endCursor
          }
        }
      }
    `)
    for (const after of ['bm9wZQ', coordinators.coordinators.pageInfo.endCursor, Buffer.from('o:19').toString('base64url')]) {
      expect((await graphqlError(feedPage(api, { after }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' })
    }
    expect((await graphqlError(feedPage(api, { first: 101 }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' })
  })

  it('refuses a cursor ahead of the log (a restored database) with CURSOR_EXPIRED', async () => {
    const ahead = Buffer.from(`changes:[${Number.MAX_SAFE_INTEGER},0]`).toString('base64url')
    const error = await graphqlError(feedPage(api, { after: ahead }))
    expect(error.extensions).toMatchObject({ code: 'CURSOR_EXPIRED', field: 'after' })
    expect(error.message).toMatch(/full sync/)
  })
})

describe('walking the feed while editors publish, unpublish and delete', () => {
  it('sees every change exactly once, in log order, and replaying it gives the public documents', async () => {
    let editing = true
    const pages = { count: 0 }
    // From the start of the log, in small pages, while two editors work through the CMS's REST API.
    const walking = walkFeed(api, { after: null, first: 7, done: () => !editing, pages })
    const lifecycles = async (editor: CmsClient, collection: string, make: (name: string) => Record<string, unknown>, text: string) => {
      const kept = await publish(editor, collection, make(`kvar-${collection}`))
      await edit(editor, 'PATCH', `/api/${collection}/${kept}?draft=true`, { [text]: 'Utkast.' })
      await edit(editor, 'PATCH', `/api/${collection}/${kept}`, { [text]: 'Ändrad.', _status: 'published' })
      const hidden = await publish(editor, collection, make(`dold-${collection}`))
      await edit(editor, 'PATCH', `/api/${collection}/${hidden}`, { _status: 'draft' })
      const deleted = await publish(editor, collection, make(`borta-${collection}`))
      await edit(editor, 'PATCH', `/api/${collection}/${deleted}`, { _status: 'draft' })
      await edit(editor, 'PATCH', `/api/${collection}/${deleted}`, { _status: 'published' })
      await edit(editor, 'DELETE', `/api/${collection}/${deleted}`)
      return { kept, hidden, deleted }
    }
    const [publications, organisations] = await Promise.all([
      lifecycles(editors[0]!, 'publications', publication, 'summary'),
      lifecycles(editors[1]!, 'organisations', organisation, 'description'),
    ]).finally(() => {
      editing = false
    })
    const walked = await walking

    // One snapshot of the log and the data; then the walk continues until it has everything up to that snapshot.
    const snapshot = await logSnapshot(0)
    const rest = await walkFeed(api, { after: walked.cursor, first: 100 })
    const seen = [...walked.changes, ...rest.changes].filter((change) => idOf(change) <= snapshot.lastId)
    const ids = seen.map(idOf)
    console.log(`change feed walk: ${ids.length} changes in ${pages.count} pages of 7 while editing`)

    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(snapshot.ids)
    expect(nonEmpty(replay(seen))).toEqual(nonEmpty(snapshot.published))
    for (const [type, documents] of [
      ['Publication', publications],
      ['Organisation', organisations],
    ] as const) {
      expect(actionsOf(seen, type, documents.kept)).toEqual(['CREATED', 'UPDATED'])
      expect(actionsOf(seen, type, documents.hidden)).toEqual(['CREATED', 'UNPUBLISHED'])
      expect(actionsOf(seen, type, documents.deleted)).toEqual(['CREATED', 'UNPUBLISHED', 'CREATED', 'DELETED'])
    }
  }, 240_000)
})
