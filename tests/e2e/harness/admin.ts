import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * The admin's words that the tests look for, from Payload's Swedish translations (@payloadcms/translations sv) and
 * the collections' Swedish labels: the tests prove the admin speaks Swedish by finding them.
 */
export const SV = {
  login: 'Logga in',
  saveDraft: 'Spara utkast',
  publishChanges: 'Publicera ändringar',
  save: 'Spara',
  draftSaved: 'Utkastet sparades',
  updated: 'Uppdaterades',
  wrongPassword: 'E-postadressen eller lösenordet som angivits är felaktigt.',
  locked: 'Den här användaren är låst på grund av för många misslyckade inloggningsförsök.',
  coordinators: 'Regionkoordinatorer',
  /** A dashboard card's link: "Visa alla <collection>". */
  showAll: 'Visa alla',
  openMenu: 'Öppna Meny',
  resetPassword: 'Återställ lösenord',
} as const

/** Fills and submits the admin's login form; does not wait for the outcome (see `login` for a successful one). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/admin/login')) await page.goto('/admin/login')
  await waitForFormReady(page)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.getByRole('button', { name: SV.login }).click()
}

/** Logs in through the form and waits until the admin has left the login page, then checks it speaks Swedish. */
export async function login(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login')
  await expectSwedishLoginPage(page)
  await submitLogin(page, email, password)
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
}

/** The login page in Swedish: the document language, the button and the password label. */
export async function expectSwedishLoginPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: SV.login }).waitFor()
  expect(await page.locator('html').getAttribute('lang')).toBe('sv')
  await page.getByText('Lösenord', { exact: false }).first().waitFor()
}

/** The signed-in admin in Swedish: the document language, and the header's content-language switch ("Språk:"). */
export async function expectSwedishAdmin(page: Page): Promise<void> {
  // The header renders the switch twice; one copy is an invisible spacer.
  const localeLabel = page.locator('.app-header .localizer-button__label:visible').first()
  await localeLabel.waitFor()
  expect(await localeLabel.innerText()).toMatch(/^Språk:/)
  expect(await page.locator('html').getAttribute('lang')).toBe('sv')
}

/** Opens the side navigation (closed by default) and returns it, so that a test reads what an editor sees there. */
export async function openNavigation(page: Page): Promise<Locator> {
  const nav = page.locator('aside.nav')
  if (!(await nav.evaluate((element) => element.classList.contains('nav--nav-open')))) await page.getByRole('button', { name: SV.openMenu }).first().click()
  await page.locator('aside.nav.nav--nav-open').waitFor()
  return nav
}

/**
 * Waits until a Payload form is hydrated and idle (Payload's own e2e tests wait on the same attribute). Before
 * that, a click submits the server-rendered form natively (a POST straight to the REST endpoint, whose JSON replaces
 * the page) and hydration can reset what was typed, so a busy machine turns an early click into a timeout.
 */
export async function waitForFormReady(page: Page, form = 'form'): Promise<void> {
  await page.locator(`${form}[data-form-ready="true"]`).waitFor()
}

/**
 * Waits until the edit view's form has loaded its state: until then Payload disables every field, so an
 * editable-or-not check before it would prove nothing.
 */
export async function waitForDocumentForm(page: Page): Promise<void> {
  await waitForFormReady(page, 'form.collection-edit__form')
}

/**
 * Types into a field and waits for the form-state request that carries the new value, as an editor's pause before
 * "Save" would. Payload (3.90, payloadcms/payload#14858) merges a form-state answer that was asked for before the
 * save, without validation, over the errors the save returned: a save within 250 ms of the last keystroke can
 * lose the field's message under the field (the toast still names the field).
 */
export async function fillAndSettle(page: Page, selector: string, value: string): Promise<void> {
  // Only a form-state request in flight can overwrite the save's errors: when none is sent (Payload folds queued
  // ones), there is nothing to wait for, and the wait gives up after 20 s instead of failing the test.
  const settled = page
    .waitForResponse((response) => response.request().method() === 'POST' && (response.request().postData() ?? '').includes(JSON.stringify(value).slice(1, -1)), {
      timeout: 20_000,
    })
    .catch(() => undefined)
  await page.locator(selector).fill(value)
  await settled
}

/** Payload's toasts (sonner): the first one whose text matches. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.payload-toast-container li, [data-sonner-toast]').filter({ hasText: text }).first()
}

/**
 * Picks an option of a select field (react-select) the way an editor does: opens the menu by its control (the
 * field's id is on the whole block, label and description included, so clicking that may hit the text) and
 * opens it again if a re-render closed it before the option showed; then checks the field shows the choice.
 */
export async function chooseOption(page: Page, field: string, option: string): Promise<void> {
  const select = page.locator(`#field-${field}`)
  const choice = page.getByRole('option', { name: option, exact: true })
  for (let attempt = 1; !(await choice.isVisible()); attempt += 1) {
    await select.locator('.rs__control').click()
    const shown = await choice.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    )
    if (!shown && attempt >= 3) throw new Error(`The option "${option}" of the field "${field}" did not show after ${attempt} clicks`)
  }
  await choice.click()
  await select.locator('.rs__single-value', { hasText: option }).waitFor()
}
