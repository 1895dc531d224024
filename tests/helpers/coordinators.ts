import { randomBytes } from 'node:crypto'
import { expect } from 'vitest'
import type { CmsClient } from './cms-client'

export type CoordinatorDoc = {
  id: number
  title: string
  region: number | { id: number }
  _status: 'draft' | 'published'
  lastVerifiedAt?: string | null
  verifiedBy?: number | { id: number } | null
  phones?: { number: string }[]
}

export const idOf = (value: number | { id: number } | null | undefined): number | undefined => (typeof value === 'object' ? value?.id : value)

/**
 * The id of a seeded police region by slug (nord, mitt, stockholm, ost, vast, syd, bergslagen). Nord and Mitt keep
 * only their seeded posts: the municipality lookup and publishing tests read them whole (Kiruna, Uppsala), so tests
 * add posts of their own to the other regions.
 */
export async function regionId(client: CmsClient, slug: string): Promise<number> {
  const { body } = await client.get<{ docs: { id: number }[] }>(`/api/regions?where[slug][equals]=${slug}&depth=0`)
  const id = body.docs[0]?.id
  if (id === undefined) throw new Error(`No region ${slug}`)
  return id
}

/** A coordinator of the test's own (seeded ones are shared with other test files), published unless asked not to be. */
export async function createCoordinator(client: CmsClient, region: number, options: { draft?: boolean; data?: Record<string, unknown> } = {}): Promise<CoordinatorDoc> {
  const title = `Testkoordinator ${randomBytes(4).toString('hex')}`
  const query = options.draft ? '?draft=true&locale=sv' : '?locale=sv'
  const created = await client.request<{ doc: CoordinatorDoc }>('POST', `/api/coordinators${query}`, {
    title,
    region,
    status: 'active',
    phones: [{ number: '010-123 45 67', type: 'office' }],
    ...options.data,
    _status: options.draft ? 'draft' : 'published',
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc
}
