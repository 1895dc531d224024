import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { withClient } from '../helpers/test-database'
import { expectSwedishAdmin, expectSwedishLoginPage, submitLogin, SV, toast } from './harness/admin'
import { useBrowser } from './harness/browser'

const lockUntil = async (email: string) =>
  withClient(inject('databaseUrl'), async (db) => (await db.query<{ lock_until: Date | null }>('SELECT lock_until FROM users WHERE email = $1', [email])).rows[0]?.lock_until ?? null)

/** Submits the form and returns the status of the login request it sent. */
async function attempt(page: Page, email: string, password: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().endsWith('/api/users/login') && candidate.request().method() === 'POST'),
    submitLogin(page, email, password),
  ])
  return response.status()
}

describe('the admin login locks an account after five wrong passwords', { timeout: 180_000 }, () => {
  const browser = useBrowser()
  let user: { email: string; password: string }

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    // A user of its own: locking it disturbs no other test.
    user = await createStaffUser(admin, ['editor'])
  })

  it('refuses five wrong passwords, then the right one while locked, and lets the user in once the lock has expired', async () => {
    const { page } = browser
    await page.goto('/admin/login')
    await expectSwedishLoginPage(page)

    for (let wrong = 1; wrong <= 5; wrong++) {
      expect(await attempt(page, user.email, `fel-lösenord-${wrong}`), `wrong password ${wrong}`).toBe(401)
      if (wrong === 1) await toast(page, SV.wrongPassword).waitFor()
    }
    const lockedUntil = await lockUntil(user.email)
    // Payload's lockTime: ten minutes from the fifth failure.
    expect(lockedUntil!.getTime() - Date.now()).toBeGreaterThan(9 * 60_000)

    expect(await attempt(page, user.email, user.password)).toBe(401)
    await toast(page, SV.locked).waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')

    // Ten minutes pass: the stored lock is moved into the past instead of waiting for it.
    await withClient(inject('databaseUrl'), (db) => db.query("UPDATE users SET lock_until = now() - interval '1 second' WHERE email = $1", [user.email]))
    expect(await attempt(page, user.email, user.password)).toBe(200)
    await page.waitForURL((url) => url.pathname === '/admin')
    await expectSwedishAdmin(page)
  })
})
