import { beforeAll, describe, expect, it } from 'vitest'
import { COORDINATOR_MAIL_KINDS, type CoordinatorDetails } from '../../contracts/coordinator-checks'
import { adminPage, CmsClient, createStaffUser } from '../helpers/cms-client'
import { dueCoordinator, mailsAbout } from '../helpers/coordinator-checks'
import { idOf, regionId, type CoordinatorDoc } from '../helpers/coordinators'
import { sql } from '../helpers/sql'

type ProposalRow = { id: number; status: string; decision_note: string | null; decided_by_id: number | null; decided_at: Date | null }
type Staff = { client: CmsClient; id: number; email: string }

/** A check answered "Something has changed" and its proposal, written by SQL as the public API writes them. */
async function proposal(coordinator: CoordinatorDoc & { email: string }, proposed: Partial<CoordinatorDetails>): Promise<number> {
  const current: CoordinatorDetails = {
    personName: 'Kim Testsson',
    email: coordinator.email,
    phones: [{ number: '+46101234567', type: 'office', label: null }],
    employer: 'Socialförvaltningen Test',
    languages: ['sv'],
  }
  const [check] = await sql<{ id: number }>(
    "INSERT INTO coordinator_checks (coordinator_id, region_id, locale, status, sent_at, answered_at) VALUES ($1, $2, 'sv', 'changed', now(), now()) RETURNING id",
    [coordinator.id, idOf(coordinator.region)],
  )
  const [row] = await sql<{ id: number }>(
    "INSERT INTO coordinator_change_proposals (coordinator_id, region_id, check_id, locale, status, proposed, current, comment) VALUES ($1, $2, $3, 'sv', 'pending', $4, $5, 'Nytt nummer') RETURNING id",
    [coordinator.id, idOf(coordinator.region), check!.id, JSON.stringify({ ...current, ...proposed }), JSON.stringify(current)],
  )
  return row!.id
}

const proposalRow = async (id: number): Promise<ProposalRow> => (await sql<ProposalRow>('SELECT * FROM coordinator_change_proposals WHERE id = $1', [id]))[0]!

describe("deciding a coordinator's change proposal", () => {
  let admin: CmsClient
  let editor: Staff
  let local: Staff
  let stranger: Staff
  let vast: number
  const anonymous = new CmsClient()

  beforeAll(async () => {
    admin = (await createStaffUser(await CmsClient.asAdmin(), ['admin'])).client
    vast = await regionId(admin, 'vast')
    editor = await createStaffUser(admin, ['editor'])
    local = await createStaffUser(admin, ['regional-editor'], { region: vast })
    stranger = await createStaffUser(admin, ['regional-editor'], { region: await regionId(admin, 'nord') })
  })

  it('shows the pending proposal on the dashboard as a diff of the changed fields only', async () => {
    const coordinator = await dueCoordinator(admin, vast)
    const id = await proposal(coordinator, { phones: [{ number: '+46317654321', type: 'mobile', label: null }] })
    const html = await adminPage(editor.client, '/admin')
    const article = html.slice(html.indexOf(`data-proposal-id="${id}"`))
    expect(article).toContain('data-field="phones"')
    expect(article).toContain('031-765 43 21')
    expect(article.slice(0, article.indexOf('</table>'))).not.toContain('data-field="email"')
    expect(await adminPage(local.client, '/admin')).toContain(`data-proposal-id="${id}"`)
    expect(await adminPage(stranger.client, '/admin')).not.toContain(`data-proposal-id="${id}"`)
  })

  it('accepts as a draft with the proposed phone that the public sees only after publishing', async () => {
    const coordinator = await dueCoordinator(admin, vast)
    const id = await proposal(coordinator, { phones: [{ number: '+46317654321', type: 'mobile', label: null }], employer: 'Socialtjänsten Väst' })
    expect((await stranger.client.request('POST', `/api/coordinator-change-proposals/${id}/accept`)).status).toBe(403)
    expect((await anonymous.request('POST', `/api/coordinator-change-proposals/${id}/accept`)).status).toBe(401)
    expect((await proposalRow(id)).status).toBe('pending')

    const accepted = await editor.client.request('POST', `/api/coordinator-change-proposals/${id}/accept`, {})
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    const row = await proposalRow(id)
    expect([row.status, row.decided_by_id]).toEqual(['accepted', editor.id])
    expect(row.decided_at).not.toBeNull()

    const draft = await editor.client.get<CoordinatorDoc & { employer?: string; _status: string }>(`/api/coordinators/${coordinator.id}?draft=true&depth=0&locale=sv`)
    expect(draft.body._status).toBe('draft')
    // REST shows numbers grouped; the stored form is E.164, as the proposal carries it.
    expect(draft.body.phones?.map((phone) => phone.number)).toEqual(['031-765 43 21'])
    expect(draft.body.employer).toBe('Socialtjänsten Väst')
    const before = await anonymous.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?locale=sv`)
    expect(before.body.phones?.map((phone) => phone.number)).toEqual(['010-123 45 67'])

    expect((await editor.client.request('PATCH', `/api/coordinators/${coordinator.id}?locale=sv`, { _status: 'published' })).status).toBe(200)
    const after = await anonymous.get<CoordinatorDoc>(`/api/coordinators/${coordinator.id}?locale=sv`)
    expect(after.body.phones?.map((phone) => phone.number)).toEqual(['031-765 43 21'])
    expect((await sql<{ number: string }>('SELECT number FROM coordinators_phones WHERE _parent_id = $1', [coordinator.id])).map((row) => row.number)).toEqual(['+46317654321'])

    // Decided once: a second decision either way is a conflict.
    expect((await editor.client.request('POST', `/api/coordinator-change-proposals/${id}/accept`, {})).status).toBe(409)
    expect((await editor.client.request('POST', `/api/coordinator-change-proposals/${id}/reject`, { note: 'Nej' })).status).toBe(409)
  })

  it("lets the region's own regional editor accept", async () => {
    const coordinator = await dueCoordinator(admin, vast)
    const id = await proposal(coordinator, { personName: 'Alex Ny' })
    expect((await local.client.request('POST', `/api/coordinator-change-proposals/${id}/accept`, {})).status).toBe(200)
    expect((await proposalRow(id)).decided_by_id).toBe(local.id)
  })

  it("rejects only with a note, and queues the note's mail to the coordinator", async () => {
    const coordinator = await dueCoordinator(admin, vast)
    const id = await proposal(coordinator, { email: 'someone-else@test.nspm.localhost' })
    expect((await editor.client.request('POST', `/api/coordinator-change-proposals/${id}/reject`, {})).status).toBe(400)
    expect((await editor.client.request('POST', `/api/coordinator-change-proposals/${id}/reject`, { note: '   ' })).status).toBe(400)
    expect((await stranger.client.request('POST', `/api/coordinator-change-proposals/${id}/reject`, { note: 'Nej' })).status).toBe(403)
    expect(await mailsAbout(COORDINATOR_MAIL_KINDS.proposalRejected, 'proposalId', id)).toEqual([])
    expect((await proposalRow(id)).status).toBe('pending')

    const rejected = await editor.client.request('POST', `/api/coordinator-change-proposals/${id}/reject`, { note: 'Adressen måste vara en funktionsadress.' })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
    const row = await proposalRow(id)
    expect([row.status, row.decision_note, row.decided_by_id]).toEqual(['rejected', 'Adressen måste vara en funktionsadress.', editor.id])
    const mails = await mailsAbout(COORDINATOR_MAIL_KINDS.proposalRejected, 'proposalId', id)
    expect(mails.map((mail) => [mail.recipient, mail.locale, mail.payload])).toEqual([[coordinator.email, 'sv', { proposalId: id }]])
    // The coordinator is untouched: no draft, no change.
    const latest = await editor.client.get<CoordinatorDoc & { email?: string }>(`/api/coordinators/${coordinator.id}?draft=true&depth=0`)
    expect([latest.body._status, latest.body.email]).toEqual(['published', coordinator.email])
  })

  it('lets nobody create or change proposals through REST', async () => {
    const coordinator = await dueCoordinator(admin, vast)
    const id = await proposal(coordinator, { personName: 'Alex Ny' })
    for (const client of [admin, editor.client]) {
      expect((await client.request('POST', '/api/coordinator-change-proposals', { coordinator: coordinator.id, proposed: {}, current: {}, locale: 'sv' })).status).toBe(403)
      expect((await client.request('PATCH', `/api/coordinator-change-proposals/${id}`, { status: 'accepted' })).status).toBe(403)
    }
    expect((await proposalRow(id)).status).toBe('pending')
  })
})
