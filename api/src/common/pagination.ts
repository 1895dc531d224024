import { Field, Int, ObjectType, type ClassType } from 'type-graphql'
import type { CursorCodec, Keyset } from './cursor'
import { BadInputError } from './errors'

const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 20

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean

  @Field(() => Boolean, { description: 'True when this page continues after a cursor (`after` was given).' })
  hasPreviousPage!: boolean

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page. Null on an empty page, except in `changes`, where it is then the head of the log.',
  })
  endCursor!: string | null
}

export type Page<T> = { edges: { cursor: string; node: T }[]; nodes: T[]; pageInfo: PageInfo; totalCount: number }

/** A Relay connection type for `Node`: edges with cursors, the nodes themselves, page info and the total. */
export function connectionOf<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque position of this item; pass it as `after` to continue after it.' })
    cursor!: string

    @Field(() => Node, { description: `The ${name}.` })
    node!: T
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class Connection implements Page<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[]

    @Field(() => [Node], { description: 'The items of this page, without cursors.' })
    nodes!: T[]

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo

    @Field(() => Int, { description: 'How many items the whole list holds, across all pages.' })
    totalCount!: number
  }
  return Connection
}

/** One page's request: how many items, and the keyset of the item the previous page ended with (null: the start). */
export type PageRequest<K extends Keyset> = { limit: number; after: K | null }

/** Validates `first` (1–100, or `min`–100) and decodes `after`; bad values are the client's error, named in the message. */
export function pageRequest<K extends Keyset>(first: number | undefined | null, after: string | undefined | null, cursors: CursorCodec<K>, min = 1): PageRequest<K> {
  const limit = first ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(limit) || limit < min || limit > MAX_PAGE_SIZE) {
    throw new BadInputError(`"first" must be between ${min} and ${MAX_PAGE_SIZE}.`, { field: 'first' })
  }
  return { limit, after: after ? cursors.decode(after) : null }
}

/**
 * A page from the items that follow the request's cursor in the list's order: up to `limit + 1` of them, the one
 * beyond the page telling that another page follows. Each item's cursor is its keyset (`keyOf`), so a page
 * continues after the last item seen, wherever rows were inserted or removed meanwhile.
 */
export function toPage<T, K extends Keyset>(following: T[], totalCount: number, request: PageRequest<K>, cursors: CursorCodec<K>, keyOf: (node: T) => K): Page<T> {
  const nodes = following.slice(0, request.limit)
  const edges = nodes.map((node) => ({ cursor: cursors.encode(keyOf(node)), node }))
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: following.length > request.limit,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

/** The same page with each node converted once: for lists whose cursor comes from the record, not from its view. */
export function mapPage<T, U>(page: Page<T>, convert: (node: T) => U): Page<U> {
  const nodes = page.nodes.map(convert)
  return { ...page, nodes, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: nodes[index] as U })) }
}
