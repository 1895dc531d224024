import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createOrm } from '../../api/src/orm'
import { loadSnapshot, refreshSnapshot } from '../../api/src/read-model/load'
import { startReadModel, type ReadModel } from '../../api/src/read-model/read-model'
import { createServer, type RunningServer } from '../../api/src/server'
import { addPublications } from '../bench/enlarge'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { createCoordinator, regionId } from '../helpers/coordinators'
import { silentLog } from '../helpers/log-capture'
import { runCli } from '../helpers/run-cli'
import { createFreshDatabase, dropDatabase, withClient } from '../helpers/test-database'

/**
 * The published snapshot (api/src/read-model/) against real writes: a publish in the CMS, an unpublish and a delete
 * by SQL, check progress, a LISTEN connection lost while content changed, and a change log cut by retention.
 */
const DEADLINE_MS = 5_000

async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (done(await read())) return Date.now() - started
    if (Date.now() - started > DEADLINE_MS) throw new Error(`not within ${DEADLINE_MS} ms`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('the API serves what is published, from its snapshot', () => {
  let orm: MikroORM
  let server: RunningServer
  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl') })
    server = await createServer({ orm, port: 0, host: '127.0.0.1', log: silentLog })
  })
  afterAll(async () => {
    await server?.stop()
    await orm?.close()
  })
  const query = async <T>(text: string): Promise<T> => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text }) })
    return ((await response.json()) as { data: T }).data
  }

  it('serves a publish in the CMS within a second', async () => {
    const editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
    // A post of the test's own: the seeded posts' titles are read by other test files.
    const since = new Date(Date.now() - 1_000).toISOString()
    const own = await createCoordinator(editor, await regionId(editor, 'vast'))
    const title = `Regionkoordinator, snapshot ${Date.now()}`
    const published = await editor.request('PATCH', `/api/coordinators/${own.id}`, { title, _status: 'published' })
    expect(published.status).toBe(200)
    const delay = await until(
      () =>
        query<{ coordinators: { nodes: { id: string; title: string }[] } }>(`{ coordinators(regionSlug: "vast", updatedSince: "${since}", first: 100) { nodes { id title } } }`),
      (data) => data.coordinators.nodes.some((node) => node.id === String(own.id) && node.title === title),
    )
    console.log(`[read model] a publish in the CMS was served after ${delay} ms`)
    expect(delay).toBeLessThan(1_000)
  })

  it('drops an unpublished and a deleted document, and serves a republished one', async () => {
    await withClient(inject('databaseUrl'), (client) => addPublications(client, 2))
    const [kept, removed] = await withClient(
      inject('databaseUrl'),
      async (client) => (await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM publications ORDER BY id DESC LIMIT 2`)).rows,
    )
    const slugs = async () =>
      (await query<{ publications: { nodes: { slug: string }[] } }>('{ publications(first: 100) { nodes { slug } } }')).publications.nodes.map((node) => node.slug)
    await until(slugs, (found) => found.includes(kept!.slug) && found.includes(removed!.slug))
    await withClient(inject('databaseUrl'), async (client) => {
      await client.query(`UPDATE publications SET _status = 'draft' WHERE id = $1`, [kept!.id])
      await client.query(`DELETE FROM publications WHERE id = $1`, [removed!.id])
    })
    await until(slugs, (found) => !found.includes(kept!.slug) && !found.includes(removed!.slug))
    await withClient(inject('databaseUrl'), (client) => client.query(`UPDATE publications SET _status = 'published' WHERE id = $1`, [kept!.id]))
    await until(slugs, (found) => found.includes(kept!.slug))
    await withClient(inject('databaseUrl'), (client) => client.query(`DELETE FROM publications WHERE id = $1`, [kept!.id]))
  })
})

/** On a database of its own: these tests cut connections and the change log, which other files must not see. */
describe('the snapshot catches up', () => {
  let databaseUrl = ''
  let orm: MikroORM
  beforeAll(async () => {
    databaseUrl = await createFreshDatabase(inject('serverUrl'), 'nspm_snapshot')
    const seeded = await runCli('seed/cli.ts', {
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: inject('payloadSecret'),
      ADMIN_EMAIL: 'admin@snapshot.nspm.localhost',
      ADMIN_PASSWORD: 'snapshot-only-1234',
    })
    if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`)
    orm = await createOrm({ databaseUrl })
  }, 300_000)
  afterAll(async () => {
    await orm?.close()
    if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl).catch(() => {})
  })
  const sql = <T extends Record<string, unknown>>(text: string, values: unknown[] = []) => withClient(databaseUrl, async (client) => (await client.query<T>(text, values)).rows)
  const newestPublication = async () => (await sql<{ id: number }>('SELECT max(id) AS id FROM publications'))[0]!.id

  it('after its LISTEN connection was cut, applies what changed meanwhile', async () => {
    const model: ReadModel = await startReadModel({ orm, databaseUrl, log: silentLog })
    try {
      const before = model.current().publications.length
      // Cut every LISTEN connection to this database (only the model's), then change content while it is away.
      await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`)
      await withClient(databaseUrl, (client) => addPublications(client, 1))
      const id = await newestPublication()
      // The reconnection (after about a second) catches up from the change log.
      await until(
        () => model.current().get('Publication', id),
        (found) => found !== undefined,
      )
      expect(model.current().publications).toHaveLength(before + 1)
    } finally {
      await model.close()
    }
  })

  it('reloads everything when retention deleted changes it has not applied', async () => {
    const snapshot = await loadSnapshot(orm)
    await withClient(databaseUrl, (client) => addPublications(client, 1))
    const id = await newestPublication()
    // As changes.retention.ts does, but for every row: the log can no longer say what changed after the snapshot.
    await sql(`WITH gone AS (DELETE FROM content_changes RETURNING id)
               UPDATE nspm_api.change_log_horizon SET deleted_through = (SELECT max(id) FROM gone) WHERE id = 1`)
    const refreshed = await refreshSnapshot(orm, snapshot, { changes: true, checks: false, media: false })
    expect(refreshed.get('Publication', id)).toBeDefined()
    expect(refreshed.publications).toHaveLength(snapshot.publications.length + 1)
  })

  it("follows a coordinator check's progress, which the change log does not record", async () => {
    const model = await startReadModel({ orm, databaseUrl, log: silentLog })
    try {
      const [coordinator] = await sql<{ id: number; region_id: number }>(`SELECT id, region_id FROM coordinators WHERE _status = 'published' ORDER BY id LIMIT 1`)
      expect(model.current().checkStatus.get(coordinator!.id)).toBeUndefined()
      // What the CMS's cycle writes and then notifies (cms/coordinators/cycle.ts).
      await sql(`INSERT INTO coordinator_checks (coordinator_id, region_id, locale, status, sent_at, created_at, updated_at) VALUES ($1, $2, 'sv', 'sent', now(), now(), now())`, [
        coordinator!.id,
        coordinator!.region_id,
      ])
      await sql(`SELECT pg_notify('nspm_content_changed', 'coordinator-checks')`)
      await until(
        () => model.current().checkStatus.get(coordinator!.id),
        (status) => status === 'sent',
      )
    } finally {
      await model.close()
    }
  })
})
