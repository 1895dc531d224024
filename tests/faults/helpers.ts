import { inject } from 'vitest'
import { printed, runCli } from '../helpers/run-cli'
import { createFreshDatabase, withClient } from '../helpers/test-database'

/**
 * A database of its own for a fault test (locks and outages must not disturb the tests running beside it):
 * created on `serverUrl`, migrated by the product's `npm run migrate`, then filled with the content the suite's
 * setup seeded (copied table by table; intake, users and version tables stay empty).
 */
export async function faultDatabase(serverUrl: string, prefix: string): Promise<string> {
  const source = inject('databaseUrl')
  if (!(await hasTable(source, 'publications'))) throw new Error('the suite database has no content tables: the global setup did not migrate and seed it')
  const url = await createFreshDatabase(serverUrl, prefix)
  // A migrate that ends 0 without tables was the tsx import race that runMain now outlives: a defect, not a retry.
  const migrated = await runCli('runtime/migrate.ts', { DATABASE_URL: url, PAYLOAD_SECRET: inject('payloadSecret') })
  if (migrated.code !== 0) throw new Error(`npm run migrate failed:\n${printed(migrated)}`)
  if (!(await hasTable(url, 'publications'))) throw new Error(`npm run migrate exited 0 without creating the tables:\n${printed(migrated)}`)
  await copyContent(source, url)
  return url
}

const hasTable = (url: string, table: string) =>
  withClient(url, async (db) => (await db.query<{ found: string | null }>('SELECT to_regclass($1) AS found', [`public.${table}`])).rows[0]?.found != null)

const SKIPPED = /^(_|payload_|users|material_orders|newsletter_subscribers)/

/** Copies the rows of Payload's content tables; foreign keys are not checked while copying (replica role). */
async function copyContent(fromUrl: string, toUrl: string): Promise<void> {
  await withClient(fromUrl, (source) =>
    withClient(toUrl, async (target) => {
      const { rows: tables } = await source.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
      )
      await target.query('BEGIN')
      await target.query('SET LOCAL session_replication_role = replica')
      for (const { name } of tables.filter((table) => !SKIPPED.test(table.name))) {
        const table = source.escapeIdentifier(name)
        const { rows } = await source.query<{ data: unknown[] }>(`SELECT coalesce(json_agg(t), '[]'::json) AS data FROM ${table} t`)
        await target.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(null::${table}, $1::json)`, [JSON.stringify(rows[0]?.data ?? [])])
      }
      const { rows: serials } = await target.query<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'",
      )
      for (const { table_name: name, column_name: column } of serials) {
        const [table, col] = [target.escapeIdentifier(name), target.escapeIdentifier(column)]
        await target.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(${col}), 0) + 1, false) FROM ${table}`, [table, column])
      }
      // Another suite test may have taken a publication out of stock for a moment while this copied.
      await target.query('UPDATE publications SET in_stock = true')
      await target.query('COMMIT')
    }),
  )
}

export type GraphqlReply<T> = { status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[]; retryAfter: string | null }

/** A GraphQL POST with fetch, so that the HTTP status is visible; a refused connection rejects. */
export async function postGraphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<GraphqlReply<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  })
  const text = await response.text()
  let body: { data?: T; errors?: GraphqlReply<T>['errors'] } = {}
  try {
    body = JSON.parse(text) as typeof body
  } catch {
    body = { errors: [{ message: `not JSON: ${text.slice(0, 100)}` }] }
  }
  return { status: response.status, data: body.data ?? undefined, errors: body.errors, retryAfter: response.headers.get('retry-after') }
}

export const ORDER_MUTATION = 'mutation ($input: OrderMaterialInput!) { orderMaterial(input: $input) { orderNumber status items { publicationId quantity } } }'
export const SUBSCRIBE_MUTATION = 'mutation ($input: SubscribeInput!) { subscribeToNewsletter(input: $input) { accepted } }'
export type OrderReply = { orderMaterial: { orderNumber: string; status: string; items: { publicationId: string; quantity: number }[] } | null }
export type SubscribeReply = { subscribeToNewsletter: { accepted: boolean } | null }

export const orderInput = (key: string, publicationId: string, quantity: number, email: string) => ({
  idempotencyKey: key,
  locale: 'SV',
  items: [{ publicationId, quantity }],
  orderer: { name: 'Fel Testsson', organisation: 'Socialtjänsten i Exempelstad', email, phone: '031-123 45 67' },
  deliveryAddress: { street: 'Storgatan 1', postcode: '41104', city: 'Göteborg' },
})

export const subscribeInput = (email: string) => ({ email, topics: ['NEWS'], locale: 'SV', consent: { given: true, textVersion: 'v1', source: 'faults-test' } })

/** An orderable publication's id in the given database. */
export async function orderablePublication(databaseUrl: string): Promise<string> {
  const { rows } = await withClient(databaseUrl, (db) =>
    db.query<{ id: number }>("SELECT id FROM publications WHERE orderable AND in_stock AND _status = 'published' ORDER BY id LIMIT 1"),
  )
  if (!rows[0]) throw new Error('no orderable publication in the copied content')
  return String(rows[0].id)
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return Date.now() - started
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
