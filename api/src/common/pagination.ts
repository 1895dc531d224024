import { Field, Int, ObjectType, type ClassType } from 'type-graphql'
import { BadInputError } from './errors'

export const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 20

@ObjectType({ description: 'Where a page of a connection sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
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

export type PageRequest = { limit: number; offset: number }

/** Validates `first` (1–100) and decodes `after`; bad values are the client's error, named in the message. */
export function pageRequest(first: number | undefined | null, after: string | undefined | null): PageRequest {
  const limit = first ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadInputError(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, { field: 'first' })
  }
  return { limit, offset: after ? decodeCursor(after) + 1 : 0 }
}

export function toPage<T>(nodes: T[], totalCount: number, { offset }: PageRequest): Page<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(offset + index), node }))
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

const encodeCursor = (position: number) => Buffer.from(`o:${position}`).toString('base64url')

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString())
  if (!match) throw new BadInputError('"after" is not a cursor from this API.', { field: 'after' })
  return Number(match[1])
}
