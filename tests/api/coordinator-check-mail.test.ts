import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CHECK_TABLES, COORDINATOR_MAIL_KINDS } from '../../contracts/coordinator-checks'
import { COORDINATOR_CHECK_MAIL_KINDS } from '../../api/src/modules/coordinator-checks/check.mail'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { checkLinkIn, checkRow, coordinatorToCheck, dueCoordinator, insertCheck, proposalsOf, queueMail, tokensOf } from '../helpers/coordinator-checks'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { regionId } from '../helpers/coordinators'
import { login, SV, toast, waitForDocumentForm } from '../e2e/harness/admin'
import { useBrowser } from '../e2e/harness/browser'
import { publicPhones } from '../e2e/harness/public-api'
import { sql } from '../helpers/sql'
import { CHECK_ANSWERED_CHANNEL } from '../../contracts/channels'

/**
 * The coordinator's side of the check cycle against the real API and a real SMTP server: the CMS's part (a check
 * row and an outbox row with its id) is written by SQL exactly as the CMS writes it.
 */
describe('coordinator checks: the emails and the pages behind their link', () => {
  let api: IntakeApi
  let coordinator: Awaited<ReturnType<typeof coordinatorToCheck>>
  const page = (path: string, init: RequestInit & { ip?: string } = {}) =>
    fetch(`${api.base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { 'x-forwarded-for': init.ip ?? '10.15.0.1', ...(init.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    })
  const post = (path: string, fields: [string, string][], ip?: string) => page(path, { method: 'POST', body: new URLSearchParams(fields).toString(), ip })

  /** A new check and its request email; returns the check's id and the link's token. */
  async function requestMail(locale: 'sv' | 'en' = 'sv'): Promise<{ checkId: number; token: string; text: string; html: string; subject: string }> {
    await sql(`UPDATE ${CHECK_TABLES.checks} SET status = 'expired' WHERE coordinator_id = $1 AND status IN ('sent', 'reminded', 'escalated')`, [coordinator.id])
    const before = api.smtp.to(coordinator.email).length
    const checkId = await insertCheck(coordinator, { locale })
    await queueMail('request', coordinator.email, locale, { checkId })
    const mails = await api.smtp.waitFor(coordinator.email, before + 1)
    const mail = mails[before]!
    const link = checkLinkIn(mail.text)
    expect(link, mail.text).toBeDefined()
    return { checkId, token: new URL(link!).searchParams.get('token')!, text: mail.text ?? '', html: String(mail.html), subject: mail.subject ?? '' }
  }

  beforeAll(async () => {
    api = await startIntakeApi({ kinds: COORDINATOR_CHECK_MAIL_KINDS })
    coordinator = await coordinatorToCheck()
  })
  afterAll(() => api?.stop())

  it('emails the published details and a link; GET changes nothing; "correct" confirms once', async () => {
    const { checkId, token, text, subject } = await requestMail('sv')
    expect(subject).toMatch(/Stämmer dina kontaktuppgifter/)
    expect(text).toContain(coordinator.title)
    expect(text).toContain('Namn: Kim Kontrollsson')
    expect(text).toContain('Telefon: 031-365 00 00 (Direktnummer, Vardagar 8–16)')
    expect(text).toContain(`E-post: ${coordinator.email}`)
    expect(text).toContain('Arbetsgivare: Socialförvaltningen Centrum')
    expect(text).toContain('Språk: Svenska, Engelska')
    expect(text).toMatch(/till och med \d{1,2} \w+ 20\d\d/)
    expect(await tokensOf(checkId)).toHaveLength(1)

    const shown = await page(`/coordinator-check?token=${token}`)
    expect(shown.status).toBe(200)
    expect(shown.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    const html = await shown.text()
    expect(html).toContain('031-365 00 00')
    expect(html).toMatch(/<form method="post" action="\/coordinator-check">/)
    expect(html).toContain('Allt stämmer')
    expect(html).toContain(`/coordinator-check/change?token=${token}`)
    expect(html).not.toMatch(/<script/i)
    expect(await checkRow(checkId)).toMatchObject({ status: 'sent', answered_at: null })
    expect((await tokensOf(checkId))[0]!.used_at).toBeNull()

    // The CMS listens, to apply the answer at once.
    const notified: (string | undefined)[] = []
    const listener = new pg.Client({ connectionString: inject('databaseUrl') })
    await listener.connect()
    listener.on('notification', (message) => notified.push(message.payload))
    await listener.query(`LISTEN ${CHECK_ANSWERED_CHANNEL}`)
    const confirmed = await post('/coordinator-check', [
      ['token', token],
      ['lang', 'sv'],
    ])
    expect(confirmed.status).toBe(200)
    expect(await confirmed.text()).toContain('Tack för att du bekräftade')
    const row = await checkRow(checkId)
    expect(row.status).toBe('confirmed')
    expect(row.answered_at).toBeInstanceOf(Date)
    expect((await tokensOf(checkId))[0]!.used_at).toBeInstanceOf(Date)
    await expect.poll(() => notified, { timeout: 5_000 }).toContain(String(checkId))
    await listener.end()

    for (const again of [await page(`/coordinator-check?token=${token}`), await post('/coordinator-check', [['token', token]])]) {
      expect(again.status).toBe(410)
      expect(await again.text()).toContain('Länken är redan använd')
    }
    expect(await proposalsOf(checkId)).toHaveLength(0)
  })

  it('says so for an expired link, an unknown one and a check that is no longer open', async () => {
    const { checkId, token } = await requestMail('en')
    await sql("UPDATE nspm_api.coordinator_check_tokens SET expires_at = now() - interval '1 minute' WHERE check_id = $1", [checkId])
    const expired = await post('/coordinator-check', [['token', token]])
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('The link has expired')
    expect((await checkRow(checkId)).status).toBe('sent')

    const unknown = await page(`/coordinator-check?token=${'x'.repeat(43)}`)
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('Länken fungerar inte')

    const second = await requestMail('en')
    await sql(`UPDATE ${CHECK_TABLES.checks} SET status = 'expired' WHERE id = $1`, [second.checkId])
    const closed = await page(`/coordinator-check/change?token=${second.token}`)
    expect(closed.status).toBe(410)
    expect(await closed.text()).toContain('already been answered')
    // The check gone with its coordinator: the link leads nowhere.
    await sql(`DELETE FROM ${CHECK_TABLES.checks} WHERE id = $1`, [second.checkId])
    expect((await page(`/coordinator-check?token=${second.token}`)).status).toBe(404)
  })

  it('prefills the change form, refuses a bad phone with the values kept, and stores a new phone as a proposal', async () => {
    const { checkId, token } = await requestMail('sv')
    const form = await page(`/coordinator-check/change?token=${token}`)
    expect(form.status).toBe(200)
    const html = await form.text()
    expect(html).toContain('value="Kim Kontrollsson"')
    expect(html).toContain(`value="${coordinator.email}"`)
    expect(html).toContain('value="031-365 00 00"')
    expect(html).toContain('value="Vardagar 8–16"')
    expect(html).toContain('value="Socialförvaltningen Centrum"')
    expect(html).toMatch(/value="en" checked/)
    expect(html).toContain('<textarea')

    const fields = (phone: string): [string, string][] => [
      ['token', token],
      ['lang', 'sv'],
      ['personName', 'Kim Kontrollsson'],
      ['email', coordinator.email],
      ['phoneNumber', '031-365 00 00'],
      ['phoneType', 'office'],
      ['phoneLabel', 'Vardagar 8–16'],
      ['phoneNumber', phone],
      ['phoneType', 'mobile'],
      ['phoneLabel', 'Jour'],
      ['employer', 'Socialförvaltningen Centrum'],
      ['languages', 'sv'],
      ['languages', 'en'],
      ['comment', 'Nytt mobilnummer'],
    ]
    const bad = await post('/coordinator-check/change', fields('031-12'))
    expect(bad.status).toBe(400)
    const badHtml = await bad.text()
    expect(badHtml).toContain('Numret har fel antal siffror efter riktnumret 031')
    expect(badHtml).toContain('value="031-12"')
    expect(badHtml).toContain('Nytt mobilnummer</textarea>')
    expect(await proposalsOf(checkId)).toHaveLength(0)
    expect(await checkRow(checkId)).toMatchObject({ status: 'sent', answered_at: null })
    expect((await tokensOf(checkId))[0]!.used_at).toBeNull()

    const good = await post('/coordinator-check/change', fields('070-123 45 67'))
    expect(good.status).toBe(200)
    expect(await good.text()).toContain('Tack, vi har tagit emot ändringen')
    const [proposal, ...more] = await proposalsOf(checkId)
    expect(more).toHaveLength(0)
    expect(proposal).toMatchObject({ status: 'pending', locale: 'sv', comment: 'Nytt mobilnummer', region_id: coordinator.regionId, coordinator_id: coordinator.id })
    const current = { personName: 'Kim Kontrollsson', email: coordinator.email, employer: 'Socialförvaltningen Centrum', languages: ['sv', 'en'] }
    expect(proposal!.current).toEqual({ ...current, phones: [{ number: '+46313650000', type: 'office', label: 'Vardagar 8–16' }] })
    expect(proposal!.proposed).toEqual({
      ...current,
      phones: [
        { number: '+46313650000', type: 'office', label: 'Vardagar 8–16' },
        { number: '+46701234567', type: 'mobile', label: 'Jour' },
      ],
    })
    expect(await checkRow(checkId)).toMatchObject({ status: 'changed' })
    expect((await checkRow(checkId)).answered_at).toBeInstanceOf(Date)
    expect((await tokensOf(checkId))[0]!.used_at).toBeInstanceOf(Date)
    expect((await post('/coordinator-check/change', fields('070-123 45 67'))).status).toBe(410)
    expect(await proposalsOf(checkId)).toHaveLength(1)
  })

  it("emails the editor's note of a rejection, escaped, in the proposal's language", async () => {
    const checkId = await insertCheck(coordinator, { status: 'changed', locale: 'en' })
    const [proposal] = await sql<{ id: number }>(
      `INSERT INTO ${CHECK_TABLES.proposals} (coordinator_id, region_id, check_id, locale, status, proposed, current, decision_note, decided_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'en', 'rejected', '{}'::jsonb, '{}'::jsonb, $4, now(), now(), now()) RETURNING id`,
      [coordinator.id, coordinator.regionId, checkId, 'The switchboard <b>is</b> the number to publish.\nCall us if unsure.'],
    )
    const before = api.smtp.to(coordinator.email).length
    await queueMail('proposalRejected', coordinator.email, 'en', { proposalId: proposal!.id })
    const mail = (await api.smtp.waitFor(coordinator.email, before + 1))[before]!
    expect(mail.subject).toMatch(/Your change to your contact details/)
    expect(mail.text).toContain('The switchboard <b>is</b> the number to publish.')
    expect(mail.text).toContain('Call us if unsure.')
    expect(String(mail.html)).toContain('The switchboard &lt;b&gt;is&lt;/b&gt; the number to publish.')
    expect(String(mail.html)).not.toContain('<b>is</b>')
  })

  it('tells an editor who did not answer, when they were asked and reminded, and where to look', async () => {
    await sql(`UPDATE ${CHECK_TABLES.checks} SET status = 'expired' WHERE coordinator_id = $1 AND status IN ('sent', 'reminded', 'escalated')`, [coordinator.id])
    const checkId = await insertCheck(coordinator, { status: 'escalated', sentDaysAgo: 14, remindedDaysAgo: 7, escalatedDaysAgo: 0 })
    const editor = `editor-${randomBytes(4).toString('hex')}@test.nspm.localhost`
    await queueMail('escalation', editor, 'en', { checkId })
    const [mail] = await api.smtp.waitFor(editor)
    expect(mail!.subject).toContain(coordinator.title)
    expect(mail!.text).toContain('(Kim Kontrollsson) in ')
    expect(mail!.text).toMatch(/Asked on \d{1,2} \w+ 20\d\d; reminded on \d{1,2} \w+ 20\d\d\./)
    expect(mail!.text).toContain('the CMS dashboard')
    // Nobody is written to about a check that was answered meanwhile.
    await sql(`UPDATE ${CHECK_TABLES.checks} SET status = 'confirmed' WHERE id = $1`, [checkId])
    const later = `editor-${randomBytes(4).toString('hex')}@test.nspm.localhost`
    await queueMail('escalation', later, 'en', { checkId })
    await expect
      .poll(
        async () =>
          (
            await sql<{ last_error: string | null }>(
              "SELECT last_error FROM nspm_api.outbox WHERE kind = 'coordinator-check-escalation' AND status = 'sent' AND last_error = 'skipped' AND id = (SELECT max(id) FROM nspm_api.outbox WHERE kind = 'coordinator-check-escalation')",
            )
          ).length,
        { timeout: 10_000 },
      )
      .toBe(1)
    expect(api.smtp.to(later)).toHaveLength(0)
  })

  it('limits the pages per client and answers 429 with Retry-After', async () => {
    const ip = `10.15.${Math.floor(Math.random() * 200) + 20}.9`
    const statuses: number[] = []
    for (let i = 0; i < 30; i += 1) statuses.push((await page(`/coordinator-check?token=${'y'.repeat(43)}`, { ip })).status)
    expect(new Set(statuses)).toEqual(new Set([404]))
    const limited = await post('/coordinator-check/change', [['token', 'z'.repeat(43)]], ip)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.headers.get('ratelimit-policy')).toBe('"coordinator-check";q=30;w=600')
    expect(await limited.text()).toContain('För många försök')
    // Another client is not held back.
    expect((await page(`/coordinator-check?token=${'y'.repeat(43)}`, { ip: '10.15.250.1' })).status).toBe(404)
  })
})

/**
 * The whole cycle as people go through it, in Debian's Chromium: the CMS's cycle asks, the API's worker mails, the
 * coordinator answers on the pages behind the link, an editor decides in the admin, the public API serves. Here and
 * not in tests/e2e: the outbox kinds are claimed per test file, and this file's worker claims the coordinator kinds.
 */
describe('coordinator checks in the browser', { timeout: 240_000 }, () => {
  const browser = useBrowser()
  let api: IntakeApi
  let admin: CmsClient
  const REGION = 'syd'

  beforeAll(async () => {
    api = await startIntakeApi({ kinds: [COORDINATOR_MAIL_KINDS.request] })
    admin = await CmsClient.asAdmin()
  })
  afterAll(() => api?.stop())

  /** A new active coordinator with an address, the cycle run at once, and the link from the mail it sent. */
  async function askedCoordinator(phone: string): Promise<{ id: number; email: string; link: string }> {
    const coordinator = await dueCoordinator(admin, await regionId(admin, REGION), { phones: [{ number: phone, type: 'office' }] })
    expect((await admin.request('POST', '/api/coordinator-checks/run')).status).toBe(200)
    const [mail] = await api.smtp.waitFor(coordinator.email)
    const link = checkLinkIn(mail!.text)
    expect(link, mail!.text).toBeDefined()
    return { id: coordinator.id, email: coordinator.email, link: link! }
  }

  it('a coordinator confirms: the version history says "by email" and the public API shows when', async () => {
    const { page } = browser
    const coordinator = await askedCoordinator('040-10 20 30')
    await page.goto(coordinator.link)
    await page.getByText('040-10 20 30').waitFor()
    const clicked = Date.now()
    await page.getByRole('button', { name: 'Allt stämmer' }).click()
    await page.getByText('Tack för att du bekräftade').waitFor()

    const status = () => publicVerification(REGION, coordinator.id)
    // Both: the answered check makes the post CONFIRMED at once, and the date follows when the CMS has published it
    // (verification.ts), so the status alone can be seen a moment before lastVerifiedAt.
    await expect.poll(status, { timeout: 30_000 }).toMatchObject({ verificationStatus: 'CONFIRMED', lastVerifiedAt: expect.any(String) })
    console.info(`[coordinator check] "Everything is correct" reached the public API in ${Date.now() - clicked} ms`)
    expect(Date.parse((await status()).lastVerifiedAt!)).toBeGreaterThan(clicked - 60_000)

    const versions = await admin.get<{ docs: { version: { verifiedVia?: string | null; verifiedBy?: unknown; phones?: { number: string }[] } }[] }>(
      `/api/coordinators/versions?where[parent][equals]=${coordinator.id}&sort=-updatedAt&limit=1&depth=0`,
    )
    const latest = versions.body.docs[0]!.version
    expect(latest.verifiedVia).toBe('coordinator-email')
    expect(latest.verifiedBy ?? null).toBeNull()
    // Unchanged, as the admin shows it.
    expect(latest.phones?.map((phone) => phone.number)).toEqual(['040-10 20 30'])
  })

  it('a coordinator proposes a new number; an editor accepts it on the dashboard; the API serves it once published', async () => {
    const { page } = browser
    const coordinator = await askedCoordinator('040-11 22 33')
    const editor = await createStaffUser(admin, ['editor'])

    await page.goto(coordinator.link)
    await page.getByRole('link', { name: 'Något har ändrats' }).click()
    await page.locator('#phoneNumber-0').fill('040-99 88 77')
    await page.getByRole('button', { name: 'Skicka ändringen' }).click()
    await page.getByText('Tack, vi har tagit emot ändringen').waitFor()
    const proposed = Date.now()

    await login(page, editor.email, editor.password)
    await page.goto('/admin')
    const [proposal] = await sql<{ id: number }>(`SELECT id FROM ${CHECK_TABLES.proposals} WHERE coordinator_id = $1`, [coordinator.id])
    const panel = page.locator(`[data-proposal-id="${proposal!.id}"]`)
    await expect.poll(() => panel.locator('del').allInnerTexts()).toEqual(['040-11 22 33 (Direktnummer)'])
    expect(await panel.locator('ins').allInnerTexts()).toEqual(['040-99 88 77 (Direktnummer)'])
    await panel.getByRole('button', { name: 'Godta (sparas som utkast)' }).click()
    await expect
      .poll(async () => (await sql<{ status: string }>(`SELECT status::text AS status FROM ${CHECK_TABLES.proposals} WHERE id = $1`, [proposal!.id]))[0]!.status)
      .toBe('accepted')

    // Accepted is a draft: the public API still serves the published number until an editor publishes.
    expect((await publicPhones(REGION, coordinator.id)).e164).toEqual(['+4640112233'])
    expect(await publicVerification(REGION, coordinator.id)).toMatchObject({ lastVerifiedAt: null, verificationStatus: 'AWAITING_CONFIRMATION' })
    await page.goto(`/admin/collections/coordinators/${coordinator.id}`)
    await waitForDocumentForm(page)
    await page.getByRole('button', { name: SV.publishChanges }).click()
    await toast(page, /uppdaterades|publicerades/i).waitFor()
    expect((await publicPhones(REGION, coordinator.id)).e164).toEqual(['+4640998877'])
    // The coordinator wrote the new details: published, they count as confirmed by them, from when they sent them.
    const verified = await publicVerification(REGION, coordinator.id)
    expect(verified.verificationStatus).toBe('CONFIRMED')
    expect(Math.abs(Date.parse(verified.lastVerifiedAt!) - proposed)).toBeLessThan(5_000)
    console.info(`[coordinator check] a proposal reached the public API ${Date.now() - proposed} ms after it was sent (an editor's accept and publish in between)`)
  })
})

type Verification = { lastVerifiedAt: string | null; verificationStatus: string }

/** A coordinator's verification as the website reads it from the public API. */
async function publicVerification(region: string, id: number): Promise<Verification> {
  const response = await fetch(inject('apiUrl'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query ($region: String!) { coordinators(regionSlug: $region, first: 100) { nodes { id lastVerifiedAt verificationStatus } } }',
      variables: { region },
    }),
  })
  const answer = (await response.json()) as { data: { coordinators: { nodes: (Verification & { id: string })[] } } }
  const node = answer.data.coordinators.nodes.find((candidate) => candidate.id === String(id))
  if (!node) throw new Error(`Coordinator ${id} is not published in ${region}`)
  return node
}
