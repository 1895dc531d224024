import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { Webhook } from 'standardwebhooks'
import { startApi } from '../../runtime/api-server'
import { DATA_DIR } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { generateSigningSecret, sealSecret } from '../../cms/webhooks/secret'
import { dropDatabase } from '../helpers/test-database'
import { createBenchDatabase } from './database'

/**
 * Webhook delivery latency: from a publish's commit to the partner's receiver, through the real API process (its
 * bundle, its webhook worker with the production settings) on a freshly seeded database. Not part of the suite.
 *
 *   npx tsx tests/bench/webhook-latency.ts [--count=200]
 *
 * A publish is what Payload writes to the main table when a published concept changes (a new updated_at), in its
 * own transaction; the clock starts just before COMMIT is sent. Two runs: each publish alone (the next one after
 * the previous event arrived: the latency an editor's publish sees), then all at once (a burst, queueing included).
 * The receiver verifies every signature with the `standardwebhooks` package.
 */
const count = Number(process.argv.find((arg) => arg.startsWith('--count='))?.split('=')[1] ?? 200)
const log = (line: string) => console.log(line)

type Arrival = { changeId: string; at: number }

async function main(): Promise<void> {
  const database = await createBenchDatabase(log)
  const key = randomBytes(32)
  const secret = generateSigningSecret()
  const arrivals: Arrival[] = []
  let rejected = 0
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const at = performance.now()
      try {
        const body = new Webhook(secret).verify(Buffer.concat(chunks).toString('utf8'), request.headers as Record<string, string>) as { data: { changeId: string } }
        arrivals.push({ changeId: body.data.changeId, at })
        response.writeHead(204).end()
      } catch {
        rejected += 1
        response.writeHead(400).end()
      }
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const db = new pg.Client({ connectionString: database.url })
  await db.connect()
  const apiLog: string[] = []
  let api: Awaited<ReturnType<typeof startApi>> | undefined
  try {
    const { rows: concepts } = await db.query<{ id: number }>("SELECT id FROM concepts WHERE _status = 'published' ORDER BY id")
    if (concepts.length === 0) throw new Error('the seed published no concept to change')
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/nspm`
    // As the CMS registers an endpoint: a row in Payload's table, and its sealed secret in the API's.
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO webhook_endpoints (name, url, active, allow_private_network, start_after_change, updated_at, created_at)
       VALUES ('Latency bench', $1, true, true, (SELECT coalesce(max(id), 0) FROM content_changes), now(), now()) RETURNING id`,
      [url],
    )
    const endpointId = rows[0]!.id
    await db.query('INSERT INTO nspm_api.webhook_secrets (endpoint_id, sealed) VALUES ($1, $2)', [endpointId, sealSecret(secret, key, endpointId)])
    api = await startApi({
      port: await freePort(),
      env: { ...process.env, DATABASE_URL: database.url, WEBHOOK_SECRETS_KEY: key.toString('base64'), API_OUTBOX_WORKER: 'false', NODE_ENV: 'production' },
      output: (line) => apiLog.push(line),
    })

    const publish = async (index: number): Promise<number> => {
      await db.query('BEGIN')
      await db.query('UPDATE concepts SET updated_at = now() WHERE id = $1', [concepts[index % concepts.length]!.id])
      const started = performance.now()
      await db.query('COMMIT')
      return started
    }
    const changeIdsAfter = async (after: string) =>
      (await db.query<{ id: string }>("SELECT id FROM content_changes WHERE type = 'Concept' AND id > $1 ORDER BY id", [after])).rows.map((row) => row.id)
    const latestChange = async () => String((await db.query<{ id: string }>('SELECT coalesce(max(id), 0) AS id FROM content_changes')).rows[0]!.id)
    const waitForArrivals = async (expected: number) => {
      const deadline = Date.now() + 120_000
      while (arrivals.length < expected) {
        if (Date.now() > deadline) throw new Error(`${arrivals.length} of ${expected} events arrived within 120 s`)
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    }
    const latencies = async (startedAt: number[], after: string) => {
      const ids = await changeIdsAfter(after)
      const arrived = new Map(arrivals.map((arrival) => [arrival.changeId, arrival.at]))
      return ids.map((id, index) => arrived.get(id)! - startedAt[index]!)
    }

    // Warm-up: the first delivery opens connections and compiles code paths.
    await publish(0)
    await waitForArrivals(1)
    arrivals.length = 0

    const aloneAfter = await latestChange()
    const alone: number[] = []
    for (let index = 0; index < count; index++) {
      alone.push(await publish(index))
      await waitForArrivals(index + 1)
    }
    const aloneMs = await latencies(alone, aloneAfter)
    arrivals.length = 0

    const burstAfter = await latestChange()
    const burst: number[] = []
    for (let index = 0; index < count; index++) burst.push(await publish(index))
    await waitForArrivals(count)
    const burstMs = await latencies(burst, burstAfter)

    const report = { count, rejected, alone: summary(aloneMs), burst: summary(burstMs), node: process.version, at: new Date().toISOString() }
    console.log(JSON.stringify(report, null, 2))
    mkdirSync(path.join(DATA_DIR, 'bench'), { recursive: true })
    writeFileSync(path.join(DATA_DIR, 'bench', 'webhook-latency.json'), JSON.stringify({ ...report, aloneMs, burstMs }, null, 2))
  } finally {
    await api?.stop()
    await db.end()
    receiver.close()
    await dropDatabase(database.server.url, database.url).catch(() => {})
    await database.server.stop()
    if (apiLog.some((line) => line.includes('"level":"error"'))) console.log(apiLog.filter((line) => line.includes('"level":"error"')).join('\n'))
  }
}

function summary(values: number[]): Record<string, number> {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  const round = (ms: number) => Math.round(ms * 10) / 10
  return { n: sorted.length, medianMs: round(at(0.5)), p90Ms: round(at(0.9)), p99Ms: round(at(0.99)), maxMs: round(sorted[sorted.length - 1]!), minMs: round(sorted[0]!) }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
