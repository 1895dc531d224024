import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { expireLocksOf, locksOf } from '../helpers/login-locks'
import { expectSwedishAdmin, expectSwedishLoginPage, submitLogin, SV, toast } from './harness/admin'
import { useBrowser } from './harness/browser'

/** Submits the form and returns the status of the login request it sent. */
async function attempt(page: Page, email: string, password: string): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().endsWith('/api/users/login') && candidate.request().method() === 'POST'),
    submitLogin(page, email, password),
  ])
  return response.status()
}

describe("the admin login locks an account for this browser's client after five wrong passwords", { timeout: 180_000 }, () => {
  const browser = useBrowser()
  let user: { email: string; password: string }

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    // A user of its own: locking it disturbs no other test.
    user = await createStaffUser(admin, ['editor'])
  })

  it('refuses five wrong passwords, then the right one as if it were wrong, and lets the user in once the lock has expired', async () => {
    const { page } = browser
    await page.goto('/admin/login')
    await expectSwedishLoginPage(page)

    for (let wrong = 1; wrong <= 5; wrong++) {
      expect(await attempt(page, user.email, `fel-lösenord-${wrong}`), `wrong password ${wrong}`).toBe(401)
      if (wrong === 1) await toast(page, SV.wrongPassword).waitFor()
    }

    // Locked: the same words as a wrong password, so that nobody learns from the form which accounts exist.
    expect(await attempt(page, user.email, user.password)).toBe(401)
    await toast(page, SV.wrongPassword).waitFor()
    expect(await page.getByText(SV.locked).count()).toBe(0)
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    const [lock] = await locksOf(user.email)
    // Ten minutes from the refused attempt.
    expect(Number(lock!.expire) - Date.now()).toBeGreaterThan(9 * 60_000)

    // Ten minutes pass: the stored lock is moved into the past instead of waiting for it.
    await expireLocksOf(user.email)
    expect(await attempt(page, user.email, user.password)).toBe(200)
    await page.waitForURL((url) => url.pathname === '/admin')
    await expectSwedishAdmin(page)
    // The success cleared the count.
    expect(await locksOf(user.email)).toEqual([])
    // The admin worked under the CMS's content security policy: Chromium reported no violation on the way.
    expect(browser.cspViolations).toEqual([])
  })
})
