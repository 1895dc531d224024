import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startApi } from '../../runtime/api-server'
import { freePort } from '../../runtime/ports'
import { bearer, createKey, eventually, postQuery } from '../helpers/api-keys'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'
import { jsonLines } from '../helpers/log-capture'

type Usage = { lastUsedAt: string | null; days: { day: string; requests: number; limited: number; refused: number }[] }

/**
 * Partner keys across the two real processes, as deployed: the CMS changes a key, and the API process (the bundle
 * `npm start` runs, started by the suite) refuses or re-limits it within a second or two; the API writes usage to
 * its table, every few seconds and when it stops, and the admin shows it.
 */
describe('partner keys between the CMS and a running API', () => {
  let admin: CmsClient
  const created: number[] = []
  const api = () => inject('apiUrl')

  beforeAll(async () => {
    admin = (await createStaffUser(await CmsClient.asAdmin(), ['admin'])).client
  })
  afterAll(async () => {
    for (const id of created) await admin.request('DELETE', `/api/api-keys/${id}`)
  })

  const newKey = async (quota: Parameters<typeof createKey>[1] = {}) => {
    const key = await createKey(admin, quota)
    created.push(key.id)
    return key
  }
  const policyOf = async (key: string) => (await postQuery(api(), '{ regions { slug } }', bearer(key))).headers.get('ratelimit-policy')

  it('takes a new quota, a revocation and a deletion within a couple of seconds', async () => {
    const changed = await newKey({ queriesPerMinute: 5000 })
    const revoked = await newKey()
    const deleted = await newKey()
    expect(await policyOf(changed.key)).toBe('"queries";q=5000;w=60')
    for (const { key } of [revoked, deleted]) expect((await postQuery(api(), '{ regions { slug } }', bearer(key))).status).toBe(200)

    expect((await admin.request('PATCH', `/api/api-keys/${changed.id}`, { quota: { queriesPerMinute: 4321 } })).status).toBe(200)
    const quotaMs = await eventually(async () => (await policyOf(changed.key)) === '"queries";q=4321;w=60', 5_000, 'the new quota')
    expect((await admin.request('POST', `/api/api-keys/${revoked.id}/revoke`)).status).toBe(200)
    const revokedMs = await eventually(async () => (await postQuery(api(), '{ regions { slug } }', bearer(revoked.key))).status === 401, 5_000, 'the revoked key refused')
    expect((await admin.request('DELETE', `/api/api-keys/${deleted.id}`)).status).toBe(200)
    const deletedMs = await eventually(async () => (await postQuery(api(), '{ regions { slug } }', bearer(deleted.key))).status === 401, 5_000, 'the deleted key refused')
    console.log(`[keys] running API: new quota after ${quotaMs} ms, revocation after ${revokedMs} ms, deletion after ${deletedMs} ms`)
    const refused = await postQuery(api(), '{ regions { slug } }', bearer(revoked.key))
    expect(refused.headers.get('www-authenticate')).toMatch(/error="invalid_token"/)
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('API_KEY_INVALID')
  })

  it('writes usage to its table within seconds, and the admin shows it with "last used"', async () => {
    const { id, key } = await newKey()
    for (const query of ['{ regions { slug } }', '{ regions { slug } }', '{ counties { code } }', '{ regions { name } }']) {
      expect((await postQuery(api(), query, bearer(key))).status).toBe(200)
    }
    await eventually(
      async () => (await sql<{ requests: string }>('SELECT requests FROM nspm_api.api_key_usage WHERE key_id = $1', [id]))[0]?.requests === '4',
      20_000,
      'four requests counted',
    )
    const usage = await admin.get<Usage>(`/api/api-keys/${id}/usage`)
    expect(usage.status).toBe(200)
    expect(usage.body.days).toEqual([{ day: new Date().toISOString().slice(0, 10), requests: 4, limited: 0, refused: 0 }])
    expect(Date.now() - new Date(usage.body.lastUsedAt ?? 0).getTime()).toBeLessThan(120_000)
  })

  it('writes the last counts when it stops (SIGTERM)', async () => {
    const { id, key } = await newKey()
    const port = await freePort()
    const output: string[] = []
    const child = await startApi({
      port,
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), API_HOST: '127.0.0.1', API_OUTBOX_WORKER: 'false', API_WEBHOOK_WORKER: 'false' },
      output: (line) => output.push(line),
      readyTimeoutMs: 120_000,
    })
    const exited = new Promise<number | null>((resolve) => child.process.once('exit', (code) => resolve(code)))
    for (let index = 0; index < 3; index += 1) expect((await postQuery(child.url, '{ regions { slug } }', bearer(key))).status).toBe(200)
    child.process.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(jsonLines(output)).toContainEqual(expect.objectContaining({ msg: 'stopped', drained: true, closed: true }))
    expect(await sql('SELECT requests FROM nspm_api.api_key_usage WHERE key_id = $1', [id])).toEqual([{ requests: '3' }])
  })
})
