import { gql, type GraphQLClient } from 'graphql-request'
import { inject } from 'vitest'
import { PUBLIC_TYPE_TABLES } from '../../contracts/public-types'
import { withClient } from './test-database'

/** A change as the feed gives it, with its document's type when it has one. */
export type FeedChange = { id: string; cursor: string; type: string; documentId: string; action: string; changedAt: string; document: { __typename: string } | null }
export type FeedPage = { nodes: FeedChange[]; pageInfo: { endCursor: string; hasNextPage: boolean } }

const PAGE = gql`
  query FeedPage($after: String, $first: Int, $types: [PublicType!]) {
    changes(after: $after, first: $first, types: $types) {
      nodes {
        id
        cursor
        type
        documentId
        action
        changedAt
        document {
          __typename
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`

export async function feedPage(api: GraphQLClient, variables: { after?: string | null; first?: number; types?: string[] }): Promise<FeedPage> {
  return (await api.request<{ changes: FeedPage }>(PAGE, variables)).changes
}

/** The head of the log: where a partner continues after a full sync. */
export async function feedHead(api: GraphQLClient): Promise<string> {
  return (await feedPage(api, { first: 0 })).pageInfo.endCursor
}

/**
 * Walks the feed from `after` in pages of `first`, as a partner polls: at the head it waits a little and asks again,
 * until `done()` says nothing more is coming and a page has been read after that. Returns every change seen and
 * the cursor to continue from.
 */
export async function walkFeed(
  api: GraphQLClient,
  options: { after: string | null; first: number; done?: () => boolean; pages?: { count: number } },
): Promise<{ changes: FeedChange[]; cursor: string }> {
  const changes: FeedChange[] = []
  let after = options.after
  for (;;) {
    const finished = options.done?.() ?? true
    const page = await feedPage(api, { after, first: options.first })
    if (options.pages) options.pages.count += 1
    changes.push(...page.nodes)
    after = page.pageInfo.endCursor
    if (page.pageInfo.hasNextPage) continue
    if (finished) return { changes, cursor: after }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** What replaying changes gives: per type, the ids of the documents whose last change left them public. */
export function replay(changes: readonly FeedChange[], into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const change of changes) {
    const ids = into.get(change.type) ?? new Set<string>()
    into.set(change.type, ids)
    if (change.action === 'CREATED' || change.action === 'UPDATED') ids.add(change.documentId)
    else ids.delete(change.documentId)
  }
  return into
}

/**
 * In one statement (one snapshot): the log's last id, the ids of the log after `afterId`, and every public
 * document, per type as replay() gives them.
 */
export async function logSnapshot(afterId: number, databaseUrl = inject('databaseUrl')): Promise<{ lastId: number; ids: number[]; published: Map<string, Set<string>> }> {
  const published = Object.entries(PUBLIC_TYPE_TABLES)
    .map(([type, table]) => `SELECT '${type}' AS type, id::text AS id FROM "${table}" WHERE _status = 'published'`)
    .join(' UNION ALL ')
  type Row = { last_id: string | null; ids: string[] | null; published: { type: string; id: string }[] | null }
  const {
    rows: [row],
  } = await withClient(databaseUrl, (client) =>
    client.query<Row>(
      `SELECT (SELECT max(id) FROM content_changes) AS last_id,
            (SELECT array_agg(id::text ORDER BY id) FROM content_changes WHERE id > $1) AS ids,
            (SELECT json_agg(p) FROM (${published}) p) AS published`,
      [afterId],
    ),
  )
  const sets = new Map<string, Set<string>>()
  for (const { type, id } of row?.published ?? []) sets.set(type, (sets.get(type) ?? new Set()).add(id))
  return { lastId: Number(row?.last_id ?? 0), ids: (row?.ids ?? []).map(Number), published: sets }
}

/** Types with no documents left drop out, so that two replays compare by what they hold. */
export function nonEmpty(sets: Map<string, Set<string>>): Record<string, string[]> {
  const entries = [...sets].filter(([, ids]) => ids.size > 0).map(([type, ids]): [string, string[]] => [type, [...ids].sort()])
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)))
}
