import type { CollectionSlug, Payload } from 'payload'

type Id = number

/** Counts what a seed run created and what it found already there, per collection. */
export type SeedReport = Record<string, { created: number; existing: number }>

/**
 * The state one seed run shares between its steps: the Payload instance, the ids of documents by their
 * natural key (slug, SCB code, step number), and the report. Existing documents are never modified, so a
 * second run changes nothing and editors' changes are never overwritten.
 */
export class SeedContext {
  readonly report: SeedReport = {}
  private readonly ids = new Map<string, Map<string, Id>>()

  constructor(
    readonly payload: Payload,
    readonly log: (line: string) => void,
  ) {}

  /** Loads the natural key → id map of a collection once. */
  async index(collection: CollectionSlug, keyField: string): Promise<Map<string, Id>> {
    const cacheKey = `${collection}.${keyField}`
    const cached = this.ids.get(cacheKey)
    if (cached) return cached
    const { docs } = await this.payload.find({ collection, depth: 0, pagination: false, draft: true, locale: 'sv' })
    const map = new Map<string, Id>()
    for (const doc of docs as unknown as Record<string, unknown>[]) map.set(String(doc[keyField]), doc.id as Id)
    this.ids.set(cacheKey, map)
    return map
  }

  /** Returns the id for `key`, creating the document with `create` only when none exists. */
  async ensure(collection: CollectionSlug, keyField: string, key: string, create: () => Promise<Id>): Promise<Id> {
    const map = await this.index(collection, keyField)
    const entry = (this.report[collection] ??= { created: 0, existing: 0 })
    const existing = map.get(key)
    if (existing !== undefined) {
      entry.existing += 1
      return existing
    }
    const id = await create()
    map.set(key, id)
    entry.created += 1
    return id
  }

  async idOf(collection: CollectionSlug, keyField: string, key: string): Promise<Id> {
    const id = (await this.index(collection, keyField)).get(key)
    if (id === undefined) throw new Error(`Seed data refers to ${collection} "${key}", which does not exist`)
    return id
  }

  count(collection: string, created: boolean): void {
    const entry = (this.report[collection] ??= { created: 0, existing: 0 })
    if (created) entry.created += 1
    else entry.existing += 1
  }
}

/** Published, and marked as seed writes so hooks can tell them apart from editors' saves. */
export const PUBLISHED = { _status: 'published' as const }
export const SEED_CONTEXT = { seed: true }
