import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { apiClient } from '../helpers/api-client'
import { feedHead, walkFeed, type FeedChange } from '../helpers/change-feed'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

/**
 * Commit order, proven with SQL transactions that commit in the opposite order to the one they started (and
 * wrote) in, as data migrations or two editors saving at once do. Had a change taken its id when it was written,
 * the first transaction's change would get the smallest id and appear behind a cursor that had already passed it.
 */
const api = apiClient()
const clients: pg.Client[] = []
const organisations: string[] = []
/** The feed's head before the set-up created its organisations. */
let beforeSetUp: string

beforeAll(async () => {
  beforeSetUp = await feedHead(api)
  const editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
  const run = Date.now().toString(36)
  for (let index = 0; index < 4; index++) {
    const slug = `ordning-${run}-${index}`
    const created = await editor.request<{ doc: { id: number } }>('POST', '/api/organisations', { slug, name: `Ordning ${index}`, type: 'civil-society', _status: 'published' })
    expect(created.status).toBe(201)
    organisations.push(String(created.body.doc.id))
    const client = new pg.Client({ connectionString: inject('databaseUrl') })
    await client.connect()
    clients.push(client)
  }
})
afterAll(async () => {
  for (const client of clients) await client.end()
})

/** Walks on from `after` until `wanted` is among what was seen (the API drops its cached pages on the commit's NOTIFY). */
async function walkUntilSeen(after: string, wanted: string, seen: FeedChange[]): Promise<string> {
  const deadline = Date.now() + 10_000
  for (let cursor = after; ;) {
    const page = await walkFeed(api, { after: cursor, first: 1 })
    seen.push(...page.changes.filter((change) => change.type === 'Organisation' && organisations.includes(change.documentId)))
    cursor = page.cursor
    if (seen.some((change) => change.documentId === wanted)) return cursor
    if (Date.now() > deadline) throw new Error(`organisation ${wanted} did not appear in the feed`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('the change feed under concurrent SQL transactions', () => {
  it('lists changes in commit order, each once, to a reader that pages between the commits', async () => {
    // Past the set-up's own changes (the creations, committed in index order). Not the head read now: until the
    // last creation's NOTIFY arrives the API may still answer it from a cached page, and the walk would then also
    // see that creation.
    let cursor = await walkUntilSeen(beforeSetUp, organisations[3]!, [])
    // Started and written in the order 0, 1, 2, 3; the triggers are deferred, so nothing is recorded yet.
    for (const [index, client] of clients.entries()) {
      await client.query('BEGIN')
      await client.query('UPDATE organisations SET updated_at = now() WHERE id = $1', [organisations[index]])
    }
    const seen: FeedChange[] = []
    // Committed in the order 3, 2, 1, 0, the reader walking on after each commit.
    for (const index of [3, 2, 1, 0]) {
      await clients[index]!.query('COMMIT')
      cursor = await walkUntilSeen(cursor, organisations[index]!, seen)
    }
    expect(seen.map((change) => change.documentId)).toEqual([3, 2, 1, 0].map((index) => organisations[index]))
    expect(seen.map((change) => change.action)).toEqual(['UPDATED', 'UPDATED', 'UPDATED', 'UPDATED'])
    const ids = seen.map((change) => Number(change.id))
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(new Set(ids).size).toBe(4)
  }, 120_000)
})
