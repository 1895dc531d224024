import type { Payload } from 'payload'

/**
 * Boots Payload's Local API in this process (migrations, seed). cms/env.ts reads the environment when the
 * config module loads, so the variables are set before the dynamic import.
 */
export async function loadPayload(databaseUrl: string, secret: string): Promise<Payload> {
  process.env.DATABASE_URL = databaseUrl
  process.env.PAYLOAD_SECRET = secret
  process.env.PAYLOAD_SCHEMA_PUSH ??= 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../cms/payload.config')
  return getPayload({ config })
}
