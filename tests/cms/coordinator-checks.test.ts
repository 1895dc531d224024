import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../runtime/paths'
import { COORDINATOR_MAIL_KINDS } from '../../contracts/coordinator-checks'
import { adminPage, CmsClient, createStaffUser } from '../helpers/cms-client'
import { checksOf, dueCoordinator, mailsAbout } from '../helpers/coordinator-checks'
import { createCoordinator, idOf, regionId } from '../helpers/coordinators'
import { sql } from '../helpers/sql'
import { CHECK_ANSWERED_CHANNEL } from '../../contracts/channels'

type CycleResult = { applied: number; expired: number; requested: number; reminded: number; escalated: number; mails: number }
type Version = { id: number; createdAt: string; version: Record<string, unknown> & { verifiedVia?: string | null; lastVerifiedAt?: string | null; verifiedBy?: unknown } }

/** The check cycle (issue 15) as the CMS the suite starts runs it: POST /api/coordinator-checks/run, the same pass the timer makes. */
describe('the coordinator check cycle', () => {
  let admin: CmsClient
  let editor: CmsClient
  let vast: number
  let syd: number
  const run = async (client: CmsClient = editor): Promise<CycleResult> => {
    const { status, body } = await client.request<CycleResult>('POST', '/api/coordinator-checks/run')
    expect(status, JSON.stringify(body)).toBe(200)
    return body
  }

  beforeAll(async () => {
    admin = (await createStaffUser(await CmsClient.asAdmin(), ['admin'])).client
    editor = (await createStaffUser(admin, ['editor'])).client
    vast = await regionId(admin, 'vast')
    syd = await regionId(admin, 'syd')
  })

  it('asks exactly the due coordinators, once, in their language, with one request mail each', async () => {
    const never = await dueCoordinator(admin, vast)
    const english = await dueCoordinator(admin, vast, { languages: ['en', 'ar'] })
    const stale = await dueCoordinator(admin, syd)
    await sql("UPDATE coordinators SET last_verified_at = now() - interval '4 months' WHERE id = $1", [stale.id])
    const recent = await dueCoordinator(admin, syd)
    await sql("UPDATE coordinators SET last_verified_at = now() - interval '2 months' WHERE id = $1", [recent.id])
    const noEmail = await createCoordinator(admin, vast)
    const vacant = await dueCoordinator(admin, vast, { status: 'vacant' })
    const draftOnly = await createCoordinator(admin, vast, { draft: true, data: { email: 'draft-only@test.nspm.localhost' } })

    await run()
    for (const [coordinator, locale] of [
      [never, 'sv'],
      [english, 'en'],
      [stale, 'sv'],
    ] as const) {
      const checks = await checksOf(coordinator.id)
      expect(checks.map((check) => [check.status, check.locale, check.region_id])).toEqual([['sent', locale, idOf(coordinator.region)]])
      expect(checks[0]!.sent_at).not.toBeNull()
      const mails = await mailsAbout(COORDINATOR_MAIL_KINDS.request, 'checkId', checks[0]!.id)
      expect(mails.map((mail) => [mail.recipient, mail.locale, mail.payload])).toEqual([[coordinator.email, locale, { checkId: checks[0]!.id }]])
    }
    for (const coordinator of [recent, noEmail, vacant, draftOnly]) expect(await checksOf(coordinator.id)).toEqual([])
    // The seed's seven posts are "details pending" without an address: a full cycle on the seeded data sends nothing.
    // (The seed runs before any test, so they are the first seven rows.)
    const seeded = await sql<{ checks: string }>('SELECT count(*) AS checks FROM coordinator_checks WHERE coordinator_id IN (SELECT id FROM coordinators ORDER BY id LIMIT 7)')
    expect(Number(seeded[0]!.checks)).toBe(0)

    // A second run (or a second replica) sends nothing more.
    const outboxBefore = await sql<{ n: string }>("SELECT count(*) AS n FROM nspm_api.outbox WHERE kind LIKE 'coordinator-%'")
    await run()
    for (const coordinator of [never, english, stale]) expect(await checksOf(coordinator.id)).toHaveLength(1)
    const requestsNow = await sql<{ n: string }>('SELECT count(*) AS n FROM nspm_api.outbox WHERE kind = $1 AND recipient = ANY($2)', [
      COORDINATOR_MAIL_KINDS.request,
      [never.email, english.email, stale.email],
    ])
    expect(Number(requestsNow[0]!.n)).toBe(3)
    expect(Number(outboxBefore[0]!.n)).toBeGreaterThanOrEqual(3)
  })

  it('keeps one open check per coordinator in the database itself', async () => {
    const coordinator = await dueCoordinator(admin, vast)
    await run()
    const [open] = await checksOf(coordinator.id)
    await expect(sql("INSERT INTO coordinator_checks (coordinator_id, locale, status, sent_at) VALUES ($1, 'sv', 'reminded', now())", [coordinator.id])).rejects.toThrow(
      /coordinator_checks_one_open_idx/,
    )
    expect(open!.status).toBe('sent')
  })

  it("still tells the editors when the coordinator's address was removed after the request", async () => {
    const coordinator = await dueCoordinator(admin, syd)
    await run()
    const [check] = await checksOf(coordinator.id)
    expect((await admin.request('PATCH', `/api/coordinators/${coordinator.id}?locale=sv`, { email: null, _status: 'published' })).status).toBe(200)
    await sql("UPDATE coordinator_checks SET sent_at = now() - interval '8 days' WHERE id = $1", [check!.id])
    await run()
    expect((await checksOf(coordinator.id))[0]!.status).toBe('reminded')
    expect(await mailsAbout(COORDINATOR_MAIL_KINDS.reminder, 'checkId', check!.id)).toHaveLength(0)
    await sql("UPDATE coordinator_checks SET reminded_at = now() - interval '8 days' WHERE id = $1", [check!.id])
    await run()
    expect((await checksOf(coordinator.id))[0]!.status).toBe('escalated')
    expect((await mailsAbout(COORDINATOR_MAIL_KINDS.escalation, 'checkId', check!.id)).length).toBeGreaterThan(0)
  })

  it("reminds after 7 days, tells the region's regional editors and the administrators after 7 more, then expires", async () => {
    const local = await createStaffUser(admin, ['regional-editor'], { region: vast })
    const local2 = await createStaffUser(admin, ['regional-editor'], { region: vast })
    const elsewhere = await createStaffUser(admin, ['regional-editor'], { region: syd })
    const plainEditor = await createStaffUser(admin, ['editor'])
    const coordinator = await dueCoordinator(admin, vast)
    await run()
    const [check] = await checksOf(coordinator.id)

    // Six days: nothing yet.
    await sql("UPDATE coordinator_checks SET sent_at = now() - interval '6 days' WHERE id = $1", [check!.id])
    await run()
    expect((await checksOf(coordinator.id))[0]!.status).toBe('sent')
    await sql("UPDATE coordinator_checks SET sent_at = now() - interval '8 days' WHERE id = $1", [check!.id])
    await run()
    const reminded = (await checksOf(coordinator.id))[0]!
    expect(reminded.status).toBe('reminded')
    expect(reminded.reminded_at).not.toBeNull()
    const reminders = await mailsAbout(COORDINATOR_MAIL_KINDS.reminder, 'checkId', check!.id)
    expect(reminders.map((mail) => [mail.recipient, mail.locale])).toEqual([[coordinator.email, 'sv']])
    await run()
    expect(await mailsAbout(COORDINATOR_MAIL_KINDS.reminder, 'checkId', check!.id)).toHaveLength(1)

    const expected = await sql<{ email: string }>(
      `SELECT u.email FROM users u WHERE EXISTS (SELECT 1 FROM users_roles r WHERE r.parent_id = u.id AND r.value = 'admin')
      OR (u.region_id = $1 AND EXISTS (SELECT 1 FROM users_roles r WHERE r.parent_id = u.id AND r.value = 'regional-editor'))`,
      [vast],
    )
    await sql("UPDATE coordinator_checks SET reminded_at = now() - interval '8 days' WHERE id = $1", [check!.id])
    await run()
    expect((await checksOf(coordinator.id))[0]!.status).toBe('escalated')
    const escalations = await mailsAbout(COORDINATOR_MAIL_KINDS.escalation, 'checkId', check!.id)
    const recipients = escalations.map((mail) => mail.recipient)
    expect(escalations.every((mail) => mail.locale === 'sv')).toBe(true)
    expect(new Set(recipients).size).toBe(recipients.length)
    expect(recipients).toEqual(expect.arrayContaining([...expected.map((row) => row.email), local.email, local2.email]))
    expect(recipients).not.toContain(elsewhere.email)
    expect(recipients).not.toContain(plainEditor.email)
    expect(recipients).not.toContain(coordinator.email)
    // Any recipient beyond those expected is an administrator another test file created meanwhile.
    const extra = recipients.filter((email) => !expected.some((row) => row.email === email))
    const extraAdmins = await sql<{ email: string }>("SELECT u.email FROM users u JOIN users_roles r ON r.parent_id = u.id AND r.value = 'admin' WHERE u.email = ANY($1)", [extra])
    expect(extraAdmins.map((row) => row.email).sort()).toEqual(extra.sort())
    await run()
    expect(await mailsAbout(COORDINATOR_MAIL_KINDS.escalation, 'checkId', check!.id)).toHaveLength(recipients.length)

    // The dashboard's "No answer" panel: editors and the region's regional editor see it, another region's does not.
    const html = await adminPage(plainEditor.client, '/admin')
    expect(html).toContain(`data-check-id="${check!.id}"`)
    expect(await adminPage(local.client, '/admin')).toContain(`data-check-id="${check!.id}"`)
    expect(await adminPage(elsewhere.client, '/admin')).not.toContain(`data-check-id="${check!.id}"`)

    // A whole interval without an answer: the check expires and the next request goes out in the same run.
    await sql("UPDATE coordinator_checks SET sent_at = now() - interval '4 months' WHERE id = $1", [check!.id])
    await run()
    const after = await checksOf(coordinator.id)
    expect(after.map((row) => row.status)).toEqual(['expired', 'sent'])
    expect(await mailsAbout(COORDINATOR_MAIL_KINDS.request, 'checkId', after[1]!.id)).toHaveLength(1)
  })

  it('applies a confirmation as a new version verified by the coordinator by email, changing nothing else', async () => {
    const coordinator = await dueCoordinator(admin, vast)
    await run()
    const [check] = await checksOf(coordinator.id)
    const versionsOf = async () =>
      (await admin.get<{ docs: Version[] }>(`/api/coordinators/versions?where[parent][equals]=${coordinator.id}&sort=-createdAt&depth=0&locale=sv&limit=10`)).body.docs
    const before = await versionsOf()
    // As the API writes it when the coordinator clicks "Everything is correct".
    await sql("UPDATE coordinator_checks SET status = 'confirmed', answered_at = now() - interval '1 hour' WHERE id = $1", [check!.id])
    const answered = (await checksOf(coordinator.id))[0]!.answered_at!
    const result = await run()
    expect(result.applied).toBeGreaterThanOrEqual(1)
    expect((await checksOf(coordinator.id))[0]!.applied_at).not.toBeNull()

    const after = await versionsOf()
    expect(after).toHaveLength(before.length + 1)
    const newest = after[0]!.version
    const previous = before[0]!.version
    expect(newest.verifiedVia).toBe('coordinator-email')
    expect(Date.parse(newest.lastVerifiedAt ?? '')).toBe(new Date(answered).getTime())
    expect(newest.verifiedBy ?? null).toBeNull()
    const strip = (version: Record<string, unknown>) => {
      const { lastVerifiedAt: _at, verifiedVia: _via, verifiedBy: _by, updatedAt: _updated, createdAt: _created, ...rest } = version
      return rest
    }
    expect(strip(newest)).toEqual(strip(previous))
    const published = await new CmsClient().get<{ lastVerifiedAt?: string; verifiedVia?: string; _status: string }>(`/api/coordinators/${coordinator.id}`)
    expect(published.body._status).toBe('published')
    expect(Date.parse(published.body.lastVerifiedAt ?? '')).toBe(new Date(answered).getTime())
    // Applied once: another run writes no further version.
    await run()
    expect(await versionsOf()).toHaveLength(after.length)
  })

  it("applies an answer within seconds of the API's NOTIFY, without waiting for a run", async () => {
    const coordinator = await dueCoordinator(admin, syd)
    await run()
    const [check] = await checksOf(coordinator.id)
    const start = Date.now()
    await sql("UPDATE coordinator_checks SET status = 'confirmed', answered_at = now() WHERE id = $1", [check!.id])
    await sql(`SELECT pg_notify('${CHECK_ANSWERED_CHANNEL}', '')`)
    let applied: Date | null = null
    while (Date.now() - start < 10_000 && applied === null) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      applied = (await checksOf(coordinator.id))[0]!.applied_at
    }
    expect(applied, 'not applied within 10 s of the NOTIFY').not.toBeNull()
    const stored = await admin.get<{ verifiedVia?: string }>(`/api/coordinators/${coordinator.id}?depth=0`)
    expect(stored.body.verifiedVia).toBe('coordinator-email')
  })

  it('runs on its own schedule in the CMS server the suite started', async () => {
    // global-setup.ts: CMS_CHECK_RUN_SECONDS=86400, so the timer's first run (5 s after start) is its only one here.
    const cmsLog = () => readFile(path.join(DATA_DIR, 'test-logs', 'cms.log'), 'utf8')
    await expect.poll(cmsLog, { timeout: 15_000 }).toMatch(/"everySeconds":86400[^\n]*Coordinator check cycle ran on its schedule/)
  })

  it('is run by editors and administrators only; nobody writes checks through REST', async () => {
    const regional = await createStaffUser(admin, ['regional-editor'], { region: vast })
    expect((await new CmsClient().request('POST', '/api/coordinator-checks/run')).status).toBe(401)
    expect((await regional.client.request('POST', '/api/coordinator-checks/run')).status).toBe(403)
    await run(admin)
    const coordinator = await dueCoordinator(admin, vast)
    await run()
    const [check] = await checksOf(coordinator.id)
    for (const client of [admin, editor]) {
      expect((await client.request('POST', '/api/coordinator-checks', { coordinator: coordinator.id, status: 'confirmed', locale: 'sv' })).status).toBe(403)
      expect((await client.request('PATCH', `/api/coordinator-checks/${check!.id}`, { status: 'confirmed' })).status).toBe(403)
    }
    expect((await checksOf(coordinator.id))[0]!.status).toBe('sent')
    // The verify button records an editor.
    expect((await editor.request('POST', `/api/coordinators/${coordinator.id}/verify`)).status).toBe(200)
    expect((await admin.get<{ verifiedVia?: string }>(`/api/coordinators/${coordinator.id}?depth=0`)).body.verifiedVia).toBe('editor')
  })
})
