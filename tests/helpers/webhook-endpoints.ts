import { randomBytes } from 'node:crypto'
import { expect } from 'vitest'
import type { CmsClient } from './cms-client'
import { sql } from './sql'

export type EndpointInput = { url: string; types?: string[]; allowPrivateNetwork?: boolean; active?: boolean; name?: string }

/** Registers an endpoint through the CMS's REST API as an administrator would, and reveals its secret (once). */
export async function registerEndpoint(admin: CmsClient, input: EndpointInput): Promise<{ id: number; secret: string }> {
  const name = input.name ?? `Testpartner ${randomBytes(3).toString('hex')}`
  const created = await admin.request<{ doc: { id: number } }>('POST', '/api/webhook-endpoints', { name, contact: 'Testteamet', active: true, ...input })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = created.body.doc.id
  const revealed = await admin.request<{ secret: string }>('POST', `/api/webhook-endpoints/${id}/reveal-secret`)
  expect(revealed.status).toBe(200)
  return { id, secret: revealed.body.secret }
}

export type DeliveryRow = {
  id: string
  status: string
  attempts: number
  last_status: number | null
  last_error: string | null
  document_id: number
  action: string
  change_id: string
}

export const deliveriesOf = (endpointId: number): Promise<DeliveryRow[]> =>
  sql<DeliveryRow>('SELECT id, status, attempts, last_status, last_error, document_id, action, change_id FROM nspm_api.webhook_deliveries WHERE endpoint_id = $1 ORDER BY id', [
    endpointId,
  ])

/** Switched off at the end of a test, so that other files' publishing queues nothing more for it. */
export const switchOff = (endpointId: number) => sql('UPDATE webhook_endpoints SET active = false WHERE id = $1', [endpointId])
