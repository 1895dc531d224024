import { randomBytes } from 'node:crypto'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { instantToStockholm } from '../../cms/newsletter/stockholm-time'
import type { ChildServer } from '../../runtime/child-server'
import { startCms } from '../../runtime/cms-server'
import { freePort } from '../../runtime/ports'
import { faultDatabase } from '../faults/helpers'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { SmtpSink } from '../helpers/smtp-sink'
import { dropDatabase, withClient } from '../helpers/test-database'
import { addSubscribers, startSendingApi, type SendingApi } from '../newsletter/helpers'
import { expectSwedishAdmin, SV, submitLogin, waitForDocumentForm } from './harness/admin'
import { useBrowser } from './harness/browser'

const run = randomBytes(3).toString('hex')
const SUBJECT = `Nyhetsbrev e2e ${run}`
const SECOND = `Andra numret e2e ${run}`
const stays = `stays-${run}@example.org`
const leaves = `leaves-${run}@example.org`

/**
 * Issue 17 end to end, in Chromium: a newsletter editor writes an issue in the admin, previews it, sends a test to
 * themself, and schedules it for the next minute (Swedish time); at that time the API's sender mails it to the
 * confirmed subscribers through a real SMTP server. One recipient follows the unsubscribe link in the message and
 * confirms on the page; the next issue reaches the other subscriber only. A database, CMS and API of its own: a
 * sender on the suite's database would also send (and change the state of) other files' scheduled issues.
 */
describe('a newsletter issue from the editor to the subscribers', { timeout: 420_000 }, () => {
  const browser = useBrowser()
  const sink = new SmtpSink()
  let databaseUrl: string
  let cms: ChildServer
  let sending: SendingApi
  let editor: { email: string; password: string; client: CmsClient }

  beforeAll(async () => {
    databaseUrl = await faultDatabase(inject('serverUrl'), 'nspm_e2e_newsletter')
    await sink.start()
    const port = await freePort()
    cms = await startCms({
      port,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PAYLOAD_SECRET: inject('payloadSecret'),
        WEBHOOK_SECRETS_KEY: inject('webhookSecretsKey'),
        CMS_PUBLIC_URL: `http://localhost:${port}`,
        CMS_CHECK_RUN_SECONDS: '86400',
      },
    })
    sending = await startSendingApi(databaseUrl, sink.url, 0)
    // The copied database has no users: the editor is made on the suite's CMS and copied over, password hash and all.
    const made = await createStaffUser(await CmsClient.asAdmin(), ['newsletter-editor'])
    await copyUser(inject('databaseUrl'), databaseUrl, made.id)
    const login = await new CmsClient(cms.url).request<{ token?: string }>('POST', '/api/users/login', { email: made.email, password: made.password })
    expect(login.status).toBe(200)
    editor = { email: made.email, password: made.password, client: new CmsClient(cms.url, login.body.token) }
    await addSubscribers(databaseUrl, [
      { email: stays, topics: ['news'] },
      { email: leaves, topics: ['news', 'events'] },
    ])
  }, 300_000)
  afterAll(async () => {
    await sending?.api.stop()
    await cms?.stop()
    await sink.stop()
    if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl)
  })

  it('is written, previewed, tested, scheduled and sent; an unsubscribed reader gets no further issue', async () => {
    const { page } = browser
    await page.goto(`${cms.url}/admin/login`)
    await submitLogin(page, editor.email, editor.password)
    await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
    await expectSwedishAdmin(page)

    // Writing: subject, topic and body in Swedish (the issue's default language), then publish.
    await page.goto(`${cms.url}/admin/collections/newsletter-issues/create`)
    await waitForDocumentForm(page)
    await page.locator('#field-subject').fill(SUBJECT)
    await page.locator('#field-preheader').fill('Det här händer i december')
    await page.locator('#field-topics .rs__control').click()
    await page.getByRole('option', { name: 'Nyheter från NSPM', exact: true }).click()
    await page.locator('#field-topics .rs__multi-value', { hasText: 'Nyheter från NSPM' }).waitFor()
    await page.locator('[data-lexical-editor="true"]').first().click()
    await page.keyboard.type(`Hej! Det här är numret ${run}.`)
    await page.getByRole('button', { name: SV.publishChanges }).click()
    await page.waitForURL(/\/admin\/collections\/newsletter-issues\/\d+$/)
    await waitForDocumentForm(page)

    // The preview is the message as sent: the Swedish HTML in its frame, and the plain-text part with the links.
    const preview = page.getByTestId('newsletter-preview-sv')
    await preview.waitFor()
    await expect.poll(() => preview.locator('iframe').first().getAttribute('srcdoc'), { timeout: 20_000 }).toContain(`Det här är numret ${run}.`)
    expect(await page.getByTestId('newsletter-preview-text-sv').innerText()).toContain(SUBJECT)

    // A test to the editor alone, through the outbox and the real SMTP server.
    await page.locator('#newsletter-send-test').click()
    const [test] = await sink.waitFor(editor.email, 1, 30_000)
    expect(test?.subject).toBe(`[TEST] ${SUBJECT}`)
    expect(sink.to(stays).length + sink.to(leaves).length).toBe(0)

    // Scheduled for the next whole minute, Swedish time; the confirmation names the two confirmed subscribers.
    const at = new Date(Math.ceil((Date.now() + 5_000) / 60_000) * 60_000)
    await page.locator('#newsletter-send-at').fill(instantToStockholm(at))
    await page.locator('#newsletter-schedule').click()
    await expect.poll(() => page.getByTestId('newsletter-confirm').innerText()).toMatch(/Skickas till 2 bekräftade prenumeranter/)
    await page.locator('#newsletter-confirm').click()
    await page.locator('[data-testid="newsletter-progress"][data-state="scheduled"]').waitFor()
    expect(sink.to(stays)).toHaveLength(0)

    // At the scheduled time the API sends it, once to each.
    const [first] = await sink.waitFor(leaves, 1, 150_000)
    await sink.waitFor(stays, 1, 30_000)
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
    expect(first?.subject).toBe(SUBJECT)
    expect(first?.text).toContain(`Det här är numret ${run}.`)
    await page.reload()
    await page.locator('[data-testid="newsletter-progress"][data-state="sent"]').waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('newsletter-progress-sent').innerText()).toMatch(/2/)

    // The reader follows the unsubscribe link at the foot of the message and confirms on the page.
    const unsubscribe = linkTo(first, '/newsletter/unsubscribe')
    await page.goto(unsubscribe)
    await page.getByRole('button', { name: 'Avsluta prenumerationen' }).click()
    await page.getByText('Du får inte längre NSPM:s nyhetsbrev.').waitFor()
    expect(await subscriberStatus(databaseUrl, leaves)).toBe('unsubscribed')

    // The next issue, sent now: the other subscriber gets it, the one who left does not.
    const second = await editor.client.request<{ doc: { id: number } }>('POST', '/api/newsletter-issues?locale=sv', {
      subject: SECOND,
      topics: ['news', 'events'],
      language: 'sv',
      body: { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph('Andra numret.')] } },
      _status: 'published',
    })
    expect(second.status, JSON.stringify(second.body)).toBe(201)
    const scheduled = await editor.client.request('POST', `/api/newsletter-issues/${second.body.doc.id}/schedule`, {})
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200)
    await sink.waitFor(stays, 2, 60_000)
    await expect.poll(() => sendState(databaseUrl, second.body.doc.id), { timeout: 30_000 }).toBe('sent')
    expect(sink.to(leaves).map((mail) => mail.subject)).toEqual([SUBJECT])
    expect(sink.to(stays).map((mail) => mail.subject)).toEqual([SUBJECT, SECOND])
  })
})

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
})

/** The first link in the message's plain-text part whose path is `path`. */
function linkTo(mail: ParsedMail | undefined, path: string): string {
  const link = (mail?.text ?? '').split(/\s+/).find((word) => word.startsWith('http') && new URL(word).pathname === path)
  if (!link) throw new Error(`no ${path} link in the message`)
  return link
}

const subscriberStatus = (url: string, email: string) =>
  withClient(url, async (db) => (await db.query<{ status: string }>('SELECT status FROM newsletter_subscribers WHERE email = $1', [email])).rows[0]?.status)

const sendState = (url: string, issueId: number) =>
  withClient(url, async (db) => (await db.query<{ state: string }>('SELECT state FROM nspm_api.newsletter_sends WHERE issue_id = $1', [issueId])).rows[0]?.state)

/** A user row and its roles, from one database to another (the same columns: both are migrated alike). */
async function copyUser(fromUrl: string, toUrl: string, id: number): Promise<void> {
  await withClient(fromUrl, (source) =>
    withClient(toUrl, async (target) => {
      const { rows: users } = await source.query<{ row: unknown }>('SELECT to_json(u) AS row FROM users u WHERE id = $1', [id])
      const { rows: roles } = await source.query<{ row: unknown }>('SELECT to_json(r) AS row FROM users_roles r WHERE parent_id = $1', [id])
      await target.query('INSERT INTO users SELECT * FROM json_populate_record(NULL::users, $1)', [JSON.stringify(users[0]?.row)])
      for (const role of roles) await target.query('INSERT INTO users_roles SELECT * FROM json_populate_record(NULL::users_roles, $1)', [JSON.stringify(role.row)])
    }),
  )
}
