import type { z } from 'zod'
import { BadInputError } from './errors'

/** A position in one list's order: the sort key of the item last seen, its id last as the tie-breaker. */
export type Keyset = readonly (string | number | null)[]

/** The offset cursors this API issued before keyset paging: `o:<position>`. */
const OFFSET_CURSOR = /^o:\d{1,9}$/

/**
 * The cursors of one list (a connection or the change feed): opaque to clients, a keyset inside. A cursor names
 * its list, so that one list's cursor is refused by another instead of being read as a position it is not.
 */
export class CursorCodec<K extends Keyset> {
  constructor(
    private readonly list: string,
    private readonly key: z.ZodType<K>,
  ) {}

  encode(key: K): string {
    return Buffer.from(`${this.list}:${JSON.stringify(key)}`).toString('base64url')
  }

  /** The keyset inside `cursor`; anything else is the client's error, named in the message and `extensions.field`. */
  decode(cursor: string, field = 'after'): K {
    const text = Buffer.from(cursor, 'base64url').toString()
    if (OFFSET_CURSOR.test(text)) {
      throw new BadInputError(`"${field}" is a cursor from an earlier version of this API, which paged by position; start again without "${field}".`, { field })
    }
    const prefix = `${this.list}:`
    const parsed = text.startsWith(prefix) ? this.key.safeParse(parseJson(text.slice(prefix.length))) : undefined
    if (!parsed?.success) throw new BadInputError(`"${field}" is not a cursor of this list.`, { field })
    return parsed.data
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
