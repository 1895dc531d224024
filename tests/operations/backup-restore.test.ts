import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gql } from 'graphql-request'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { ChildServer } from '../../runtime/child-server'
import { startCms } from '../../runtime/cms-server'
import { DATA_DIR } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { apiClient } from '../helpers/api-client'
import { CmsClient } from '../helpers/cms-client'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { ensurePgClient, pgTool } from '../helpers/pg-tools'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

// A 1×1 PNG: the media collection takes images.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
/** The suite's CMS sets no PAYLOAD_MEDIA_DIR: its uploads go to the default, as with `npm start`. */
const SOURCE_MEDIA_DIR = process.env.PAYLOAD_MEDIA_DIR || path.join(DATA_DIR, 'media')

type TableCounts = Record<string, number>

/** Rows of every table of the product's two schemas (Payload's `public`, the API's `nspm_api`), in one snapshot. */
async function countTables(db: pg.Client): Promise<TableCounts> {
  const tables = await db.query<{ name: string }>("SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname IN ('public', 'nspm_api') ORDER BY 1")
  const counts: TableCounts = {}
  for (const { name } of tables.rows) counts[name] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`)).rows[0]?.n)
  return counts
}

/**
 * README, "Backups": `pg_dump -Fc`, the media directory copied beside it; restored with `pg_restore` into a fresh
 * database and the files copied back. The restored database is served by a CMS of its own, which must find the
 * subscriber, the order and the uploaded file made just before the backup.
 */
describe('a backup made as the README says restores every document, subscriber, order and media file', { timeout: 420_000 }, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'nspm-backup-'))
  const dump = path.join(work, 'nspm.dump')
  let restoredUrl: string | undefined
  let intake: IntakeApi
  let restoredCms: ChildServer | undefined

  beforeAll(async () => {
    await ensurePgClient(inject('databaseUrl'))
    // Claims no email: the subscriber's and the orderer's mails stay pending in the outbox, and in the backup.
    intake = await startIntakeApi({ kinds: ['backup-test-sends-nothing'] })
  })
  afterAll(async () => {
    await restoredCms?.stop()
    await intake?.stop()
    if (restoredUrl) await dropDatabase(inject('serverUrl'), restoredUrl).catch(() => undefined)
    rmSync(work, { recursive: true, force: true })
  })

  it('pg_dump -Fc and the media directory, restored with pg_restore into a fresh database, serve the same data', async () => {
    const client = intake.client({ 'x-forwarded-for': `10.77.${randomBytes(1)[0]}.${randomBytes(1)[0]}` })
    const subscriber = `backup-${randomBytes(5).toString('hex')}@example.org`
    const subscribed = await client.request<{ subscribeToNewsletter: { accepted: boolean } }>(
      gql`
        mutation ($input: SubscribeInput!) {
          subscribeToNewsletter(input: $input) {
            accepted
          }
        }
      `,
      { input: { email: subscriber, topics: ['NEWS'], locale: 'SV', consent: { given: true, textVersion: '2026-11', source: 'backup-test' } } },
    )
    expect(subscribed.subscribeToNewsletter.accepted).toBe(true)
    const { publications } = await apiClient().request<{ publications: { nodes: { id: string }[] } }>(gql`
      {
        publications(orderable: true) {
          nodes {
            id
          }
        }
      }
    `)
    const { orderMaterial } = await client.request<{ orderMaterial: { orderNumber: string } }>(
      gql`
        mutation ($input: OrderMaterialInput!) {
          orderMaterial(input: $input) {
            orderNumber
          }
        }
      `,
      {
        input: {
          idempotencyKey: randomBytes(8).toString('hex'),
          locale: 'SV',
          items: [{ publicationId: publications.nodes[0]!.id, quantity: 3 }],
          orderer: { name: 'Backup Testsson', organisation: 'Återställningen', email: `orderer-${subscriber}`, phone: '031-123 45 67' },
          deliveryAddress: { street: 'Storgatan 1', postcode: '41104', city: 'Göteborg' },
        },
      },
    )
    const admin = await CmsClient.asAdmin()
    const upload = new FormData()
    upload.append('file', new Blob([PNG], { type: 'image/png' }), `backup-${randomBytes(4).toString('hex')}.png`)
    upload.append('_payload', JSON.stringify({ alt: 'Säkerhetskopia' }))
    const uploaded = await fetch(`${admin.baseUrl}/api/media`, { method: 'POST', headers: { authorization: `JWT ${admin.authToken}` }, body: upload })
    expect(uploaded.status).toBe(201)
    const media = ((await uploaded.json()) as { doc: { id: number; filename: string } }).doc

    // The backup, as documented. Other test files write to this database meanwhile: the dump runs in a snapshot
    // exported by this session (--snapshot, the test's only addition), and the rows are counted in that snapshot.
    let before: TableCounts = {}
    await withClient(inject('databaseUrl'), async (db) => {
      await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
      const snapshot = (await db.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id
      before = await countTables(db)
      await pgTool('pg_dump', ['-Fc', `--snapshot=${snapshot}`, `--dbname=${inject('databaseUrl')}`, `--file=${dump}`])
      await db.query('COMMIT')
    })
    rmSync(path.join(work, 'media'), { recursive: true, force: true })
    await runCopy(SOURCE_MEDIA_DIR, path.join(work, 'media'))

    // The restore, as documented: a fresh database, pg_restore, the media directory copied back.
    restoredUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_restored')
    await pgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${restoredUrl}`, dump])
    const restoredMedia = path.join(work, 'restored-media')
    await runCopy(path.join(work, 'media'), restoredMedia)

    const after = await withClient(restoredUrl, countTables)
    expect(Object.keys(after)).toEqual(Object.keys(before))
    expect(after).toEqual(before)
    expect(Object.keys(after).length).toBeGreaterThan(50)

    // A CMS on the restored database and media finds the subscriber, the order and the file, bytes and all.
    const port = await freePort()
    restoredCms = await startCms({
      port,
      env: {
        ...process.env,
        DATABASE_URL: restoredUrl,
        PAYLOAD_SECRET: inject('payloadSecret'),
        WEBHOOK_SECRETS_KEY: inject('webhookSecretsKey'),
        CMS_PUBLIC_URL: `http://localhost:${port}`,
        PAYLOAD_MEDIA_DIR: restoredMedia,
      },
      output: () => {},
    })
    const login = await fetch(`${restoredCms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
    })
    expect(login.status).toBe(200)
    const token = ((await login.json()) as { token: string }).token
    const get = async <T>(url: string): Promise<T> => {
      const response = await fetch(`${restoredCms!.url}${url}`, { headers: { authorization: `JWT ${token}` } })
      expect(response.status, url).toBe(200)
      return (await response.json()) as T
    }
    const subscribers = await get<{ docs: { email: string; status: string }[] }>(`/api/newsletter-subscribers?where[email][equals]=${encodeURIComponent(subscriber)}`)
    expect(subscribers.docs).toEqual([expect.objectContaining({ email: subscriber, status: 'pending' })])
    const orders = await get<{ docs: { orderNumber: string }[] }>(`/api/material-orders?where[orderNumber][equals]=${encodeURIComponent(orderMaterial.orderNumber)}`)
    expect(orders.docs).toHaveLength(1)
    const restoredDoc = await get<{ filename: string; alt: string }>(`/api/media/${media.id}`)
    expect(restoredDoc).toMatchObject({ filename: media.filename, alt: 'Säkerhetskopia' })
    const file = await fetch(`${restoredCms.url}/api/media/file/${encodeURIComponent(media.filename)}`, { headers: { authorization: `JWT ${token}` } })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(readFileSync(path.join(SOURCE_MEDIA_DIR, media.filename)))).toBe(true)
  })
})

/** `cp -a from to`, as the README's procedure copies the media directory. */
async function runCopy(from: string, to: string): Promise<void> {
  await promisify(execFile)('cp', ['-a', from, to])
}
