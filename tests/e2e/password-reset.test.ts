import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { ChildServer } from '../../runtime/child-server'
import { startCms } from '../../runtime/cms-server'
import { DATA_DIR, ROOT } from '../../runtime/paths'
import { freePort } from '../../runtime/ports'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { locksOf } from '../helpers/login-locks'
import { SmtpSink } from '../helpers/smtp-sink'
import { expectSwedishAdmin, SV, submitLogin, waitForFormReady } from './harness/admin'
import { useBrowser } from './harness/browser'

const MAIL_FROM = 'NSPM test <nspm@test.nspm.localhost>'
/** Payload's reset link: <serverURL>/admin/reset/<token>. */
const resetLink = (text: string, base: string): string | undefined => new RegExp(`${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/admin/reset/[A-Za-z0-9]+`).exec(text)?.[0]

/**
 * An editor who forgot the password: Payload's own email goes through SMTP_URL (the relay the API's outbox uses),
 * its link points at CMS_PUBLIC_URL, and following it in a browser sets a password that logs in. A CMS of its own,
 * on the suite's database, sends to an SMTP server in this process.
 */
describe('an editor resets a forgotten password through the emailed link', { timeout: 300_000 }, () => {
  const sink = new SmtpSink()
  let cms: ChildServer
  const output: string[] = []
  // The page's URLs are absolute: this CMS is not the suite's (the default baseURL).
  const browser = useBrowser()
  let user: { email: string; password: string }

  beforeAll(async () => {
    await sink.start()
    const port = await freePort()
    cms = await startCms({
      port,
      env: {
        ...process.env,
        DATABASE_URL: inject('databaseUrl'),
        PAYLOAD_SECRET: inject('payloadSecret'),
        WEBHOOK_SECRETS_KEY: inject('webhookSecretsKey'),
        CMS_PUBLIC_URL: `http://localhost:${port}`,
        SMTP_URL: sink.url,
        MAIL_FROM,
      },
      output: (line) => output.push(line),
    })
    user = await createStaffUser(await CmsClient.asAdmin(), ['editor'])
  })
  afterAll(async () => {
    await cms?.stop()
    await sink.stop()
  })

  it('mails a link to CMS_PUBLIC_URL from MAIL_FROM, and the new password set there logs in, lifting a lock', async () => {
    const { page } = browser
    // Locked out by five wrong passwords in this browser: the reset is how an editor gets back in without an admin.
    await page.goto(`${cms.url}/admin/login`)
    for (let wrong = 1; wrong <= 5; wrong++) {
      const refusal = page.waitForResponse((response) => response.url().endsWith('/api/users/login') && response.request().method() === 'POST')
      await submitLogin(page, user.email, `fel-${wrong}`)
      expect((await refusal).status()).toBe(401)
    }
    expect(await locksOf(user.email)).toHaveLength(1)
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click()
    await page.waitForURL((url) => url.pathname === '/admin/forgot')
    await waitForFormReady(page)
    await page.locator('#field-email').fill(user.email)
    await page.getByRole('button', { name: 'Skicka' }).click()
    await page.getByText('Om e-postadressen är kopplad till ett konto', { exact: false }).waitFor()

    const [mail] = await sink.waitFor(user.email, 1, 30_000)
    expect(mail!.from?.value[0]).toEqual({ name: 'NSPM test', address: 'nspm@test.nspm.localhost' })
    // Swedish, as the editor's browser asked for.
    expect(mail!.subject).toBe('Återställ ditt lösenord')
    const link = resetLink(String(mail!.html || mail!.text), cms.url)
    expect(link, String(mail!.html || mail!.text)).toBeDefined()

    const newPassword = `Nytt-${Date.now().toString(36)}-lösen`
    await page.goto(link!)
    await waitForFormReady(page)
    await page.locator('#field-password').fill(newPassword)
    await page.locator('#field-confirm-password').fill(newPassword)
    const resetAnswer = page.waitForResponse((response) => response.url().endsWith('/api/users/reset-password') && response.request().method() === 'POST')
    await page.getByRole('button', { name: SV.resetPassword }).click()
    const reset = await resetAnswer
    expect(reset.status(), `${await reset.text()}\nThe CMS's last lines:\n${output.slice(-20).join('\n')}`).toBe(200)
    // Payload signs the editor in with the new password and opens the admin (or its login page, had that failed).
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname.startsWith('/admin/login'), { timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe('/admin')
    await expectSwedishAdmin(page)
    expect(await locksOf(user.email)).toEqual([])

    // A fresh browser, no session: the old password is refused and the new one works.
    await browser.context.clearCookies()
    await page.goto(`${cms.url}/admin/login`)
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/users/login') && response.request().method() === 'POST')
    await submitLogin(page, user.email, user.password)
    expect((await refused).status()).toBe(401)
    const accepted = page.waitForResponse((response) => response.url().endsWith('/api/users/login') && response.request().method() === 'POST')
    await submitLogin(page, user.email, newPassword)
    expect((await accepted).status()).toBe(200)
    await page.waitForURL((url) => url.pathname === '/admin')
    await expectSwedishAdmin(page)
    // The token was spent: the same link cannot set a password again.
    const reused = await fetch(`${cms.url}/api/users/reset-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: link!.split('/').pop(), password: 'ett-annat-lösen-123' }),
    })
    expect(reused.status).toBeGreaterThanOrEqual(400)
  })
})

/** Development without SMTP_URL (the suite's CMS): the mail is written to MAIL_CATCH_DIR, as the API's outbox does. */
describe('without SMTP_URL the CMS catches its emails as .eml files', () => {
  it('writes the reset mail, with its link to CMS_PUBLIC_URL, to .data/mail', async () => {
    const user = await createStaffUser(await CmsClient.asAdmin(), ['editor'])
    const catchDir = path.join(DATA_DIR, 'mail')
    const since = Date.now()
    // Asked by another name (127.0.0.1): the link still starts at CMS_PUBLIC_URL (localhost), not at the Host header.
    const byAddress = inject('cmsUrl').replace('//localhost:', '//127.0.0.1:')
    expect(byAddress).not.toBe(inject('cmsUrl'))
    const response = await fetch(`${byAddress}/api/users/forgot-password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email }),
    })
    expect(response.status).toBe(200)
    const recent = readdirSync(catchDir)
      .map((file) => path.join(catchDir, file))
      .filter((file) => file.endsWith('.eml') && statSync(file).mtimeMs >= since - 1_000)
    const parsed = await Promise.all(recent.map((file) => simpleParser(readFileSync(file))))
    const caught = parsed.find((mail) => JSON.stringify(mail.to).includes(user.email))
    expect(caught, `no .eml for the user in ${path.relative(ROOT, catchDir)}`).toBeDefined()
    expect(caught!.subject).toBeTruthy()
    expect(resetLink(String(caught!.html || caught!.text), inject('cmsUrl'))).toBeDefined()
  })
})
