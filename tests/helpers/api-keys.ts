import { randomBytes } from 'node:crypto'
import { expect } from 'vitest'
import type { CmsClient } from './cms-client'

export type KeyQuota = { queriesPerMinute?: number; submitsOnBehalf?: boolean; ordersPerHour?: number; subscriptionsPerHour?: number }

/**
 * Creates a partner key through the CMS's REST API as an administrator would (the document, then "Create the key"),
 * and returns the key from the one answer that ever holds it.
 */
export async function createKey(admin: CmsClient, quota: KeyQuota = {}, name = `Testpartner ${randomBytes(3).toString('hex')}`): Promise<{ id: number; key: string }> {
  const created = await admin.request<{ doc: { id: number } }>('POST', '/api/api-keys', {
    name,
    contact: { organisation: 'Testkommunen', person: 'Testa Testsson', email: 'api@testkommunen.example.org' },
    quota,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  const issued = await admin.request<{ secret: string }>('POST', `/api/api-keys/${id}/issue-key`)
  expect(issued.status, JSON.stringify(issued.body)).toBe(200)
  return { id, key: issued.body.secret }
}

/** A GraphQL POST as a partner's server sends it; `key` becomes `Authorization: Bearer <key>`. */
export function postQuery(url: string, query: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })
}

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` })

/** Polls `check` until it holds or `timeoutMs` passes; returns the milliseconds it took. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`Not within ${timeoutMs} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return Date.now() - started
}
