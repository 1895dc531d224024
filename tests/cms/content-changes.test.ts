import { beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_TYPE_TABLES } from '../../contracts/public-types'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { sql } from '../helpers/sql'

type Change = { type: string; document_id: number; action: string }

/** The changes recorded for one document since `afterId`, in log order. */
const changesOf = async (type: string, id: number, afterId: number) =>
  (await sql<Change>('SELECT type, document_id, action FROM content_changes WHERE type = $1 AND document_id = $2 AND id > $3 ORDER BY id', [type, id, afterId])).map(
    (row) => row.action,
  )

const lastId = async () => Number((await sql<{ id: string | null }>('SELECT max(id) AS id FROM content_changes'))[0]?.id ?? 0)

/** The database records what the public sees change, whoever writes it (migration 20261206_090000_content_changes). */
describe('the content change log', () => {
  it('watches the main table of every public type, deferred to commit', async () => {
    const triggers = await sql<{ table: string; deferred: boolean }>(
      `SELECT c.relname AS table, t.tginitdeferred AS deferred FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname = 'content_changes_record' ORDER BY c.relname`,
    )
    expect(triggers.map((trigger) => trigger.table)).toEqual(Object.values(PUBLIC_TYPE_TABLES).sort())
    expect(triggers.every((trigger) => trigger.deferred)).toBe(true)
  })

  it('replayed from the start, gives exactly the documents that are public now', async () => {
    for (const [type, table] of Object.entries(PUBLIC_TYPE_TABLES)) {
      const replayed = await sql<{ document_id: number }>(
        `SELECT document_id FROM (SELECT DISTINCT ON (document_id) document_id, action FROM content_changes WHERE type = $1 ORDER BY document_id, id DESC) AS last
         WHERE action IN ('CREATED', 'UPDATED') ORDER BY document_id`,
        [type],
      )
      const published = await sql<{ id: number }>(`SELECT id FROM "${table}" WHERE _status = 'published' ORDER BY id`)
      expect(
        replayed.map((row) => row.document_id),
        type,
      ).toEqual(published.map((row) => row.id))
    }
  })

  describe('through the admin', () => {
    let editor: CmsClient
    beforeAll(async () => {
      editor = (await createStaffUser(await CmsClient.asAdmin(), ['editor'])).client
    })

    const concept = (suffix: string) => ({ term: `Loggbegrepp ${suffix}`, slug: `loggbegrepp-${suffix}-${Date.now()}`, definition: 'En definition.' })

    it('records publish, update, unpublish, republish and delete, and never a draft save', async () => {
      const start = await lastId()
      const created = await editor.request<{ doc: { id: number } }>('POST', '/api/concepts', { ...concept('a'), _status: 'published' })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      expect(await changesOf('Concept', id, start)).toEqual(['CREATED'])

      expect((await editor.request('PATCH', `/api/concepts/${id}?draft=true`, { definition: 'Ett utkast.' })).status).toBe(200)
      expect(await changesOf('Concept', id, start)).toEqual(['CREATED'])

      expect((await editor.request('PATCH', `/api/concepts/${id}`, { definition: 'Publicerad ändring.', _status: 'published' })).status).toBe(200)
      expect((await editor.request('PATCH', `/api/concepts/${id}`, { _status: 'draft' })).status).toBe(200)
      expect((await editor.request('PATCH', `/api/concepts/${id}`, { _status: 'published' })).status).toBe(200)
      expect((await editor.request('DELETE', `/api/concepts/${id}`)).status).toBe(200)
      expect(await changesOf('Concept', id, start)).toEqual(['CREATED', 'UPDATED', 'UNPUBLISHED', 'CREATED', 'DELETED'])
    })

    it('records nothing for a document that was never public', async () => {
      const start = await lastId()
      const created = await editor.request<{ doc: { id: number } }>('POST', '/api/concepts?draft=true', { ...concept('b'), _status: 'draft' })
      expect(created.status).toBe(201)
      const id = created.body.doc.id
      expect((await editor.request('PATCH', `/api/concepts/${id}?draft=true`, { definition: 'Fortfarande utkast.' })).status).toBe(200)
      expect((await editor.request('DELETE', `/api/concepts/${id}`)).status).toBe(200)
      expect(await changesOf('Concept', id, start)).toEqual([])
    })
  })

  // Through SQL: publishing the shared global through Payload would publish the drafts other test files keep in it.
  it('records a change of the support line (a global) as an update of its one document', async () => {
    const start = await lastId()
    const [row] = await sql<{ id: number }>("UPDATE support_line SET updated_at = now() WHERE _status = 'published' RETURNING id")
    expect(row).toBeDefined()
    expect(await changesOf('SupportLine', row!.id, start)).toEqual(['UPDATED'])
  })

  it('records nothing for a transaction that rolls back', async () => {
    const start = await lastId()
    await expect(
      sql(`DO $$ BEGIN
             UPDATE regions SET updated_at = now() WHERE id = (SELECT min(id) FROM regions);
             SET CONSTRAINTS ALL IMMEDIATE;
             RAISE EXCEPTION 'roll back';
           END $$`),
    ).rejects.toThrow('roll back')
    expect(await lastId()).toBe(start)
  })
})
