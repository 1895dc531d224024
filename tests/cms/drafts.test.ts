import { beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'

type Coordinator = { id: number; alert?: string | null; _status: string; updatedBy?: number | { id: number } }

/** Editors prepare a change as a draft; the public sees the published version until the editor publishes. */
describe('drafts and publishing', () => {
  const anonymous = new CmsClient()
  let editor: CmsClient
  let editorId: number
  let coordinator: Coordinator

  beforeAll(async () => {
    const created = await createStaffUser(await CmsClient.asAdmin(), ['editor'])
    editor = created.client
    editorId = created.id
    const { body } = await anonymous.get<{ docs: Coordinator[] }>('/api/coordinators?where[region.slug][equals]=nord&depth=0&locale=sv')
    coordinator = body.docs[0]!
  })

  it('keeps a draft away from anonymous REST and GraphQL readers, then publishes it', async () => {
    const draftText = `Utkast ${Date.now()}`
    const saved = await editor.request('PATCH', `/api/coordinators/${coordinator.id}?draft=true&locale=sv`, { alert: draftText })
    expect(saved.status).toBe(200)

    const published = await anonymous.get<Coordinator>(`/api/coordinators/${coordinator.id}?locale=sv`)
    expect(published.body.alert).toBe(coordinator.alert)
    const askedForDraft = await anonymous.get<Coordinator>(`/api/coordinators/${coordinator.id}?draft=true&locale=sv`)
    expect(JSON.stringify(askedForDraft.body)).not.toContain(draftText)
    const viaGraphql = await anonymous.graphql<{ Coordinators: { docs: { alert: string }[] } }>('{ Coordinators(draft: true, limit: 100, locale: sv) { docs { alert } } }')
    expect(JSON.stringify(viaGraphql.body)).not.toContain(draftText)

    const editorView = await editor.get<Coordinator>(`/api/coordinators/${coordinator.id}?draft=true&locale=sv`)
    expect(editorView.body.alert).toBe(draftText)

    const publish = await editor.request('PATCH', `/api/coordinators/${coordinator.id}?locale=sv`, { alert: draftText, _status: 'published' })
    expect(publish.status).toBe(200)
    const after = await anonymous.get<Coordinator>(`/api/coordinators/${coordinator.id}?locale=sv`)
    expect(after.body.alert).toBe(draftText)
  })

  it('records who saved each version in the history', async () => {
    const { status, body } = await editor.get<{ docs: { version: Coordinator }[] }>(
      `/api/coordinators/versions?where[parent][equals]=${coordinator.id}&sort=-updatedAt&limit=1&depth=0`,
    )
    expect(status).toBe(200)
    const savedBy = body.docs[0]?.version.updatedBy
    expect(typeof savedBy === 'object' ? savedBy.id : savedBy).toBe(editorId)
  })

  it('falls back to Swedish for fields without an English translation', async () => {
    const { body } = await anonymous.get<{ docs: { name: string; description?: string }[] }>('/api/counties?where[code][equals]=14&locale=en')
    expect(body.docs[0]?.name).toBe('Västra Götaland County')
    const slug = `bara-svenska-${Date.now()}`
    const created = await editor.request('POST', '/api/organisations?locale=sv', {
      name: 'Organisation med bara svensk text',
      slug,
      type: 'civil-society',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const english = await anonymous.get<{ docs: { name: string }[] }>(`/api/organisations?where[slug][equals]=${slug}&locale=en`)
    expect(english.body.docs[0]?.name).toBe('Organisation med bara svensk text')
  })
})
