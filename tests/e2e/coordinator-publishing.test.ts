import { beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { expectSwedishAdmin, login, SV, toast, waitForDocumentForm } from './harness/admin'
import { useBrowser } from './harness/browser'
import { publicPhones } from './harness/public-api'

// Bergslagen's seeded post: no other test file changes it (they use Mitt, Syd, Nord and Väst).
const REGION = 'bergslagen'
const SEEDED_TITLE = 'Regionkoordinator mot prostitution och människohandel, region Bergslagen'
const OLD = { typed: '019-16 00 00', e164: '+4619160000' }
const NEW = { typed: '019-17 10 00', e164: '+4619171000' }

describe("an editor changes a coordinator's phone number in the admin", { timeout: 180_000 }, () => {
  const browser = useBrowser()
  let editor: { email: string; password: string }
  let coordinator: { id: number; title: string }

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    editor = await createStaffUser(admin, ['editor'])
    const found = await admin.get<{ docs: { id: number; title: string }[] }>(`/api/coordinators?where[region.slug][equals]=${REGION}&depth=0&locale=sv&limit=100`)
    coordinator = found.body.docs.find((doc) => doc.title === SEEDED_TITLE)!
    // A published post with a known number, whatever earlier runs or the seed left.
    const reset = await admin.request('PATCH', `/api/coordinators/${coordinator.id}?locale=sv`, {
      status: 'active',
      phones: [{ number: OLD.typed, type: 'office' }],
      _status: 'published',
    })
    expect(reset.status).toBe(200)
  })

  it('reaches the coordinator from the dashboard in two clicks; a draft leaves the API alone, publishing shows on the next request', async () => {
    const { page } = browser
    await login(page, editor.email, editor.password)
    await expectSwedishAdmin(page)

    // The "done when": dashboard → coordinators (click 1) → the coordinator (click 2).
    await page.goto('/admin')
    await page.getByRole('link', { name: `${SV.showAll} ${SV.coordinators}`, exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/coordinators(\?|$)/)
    await page.getByRole('link', { name: coordinator.title, exact: true }).click()
    await page.waitForURL(new RegExp(`/admin/collections/coordinators/${coordinator.id}(\\?|$)`))

    await waitForDocumentForm(page)
    const number = page.locator('#field-phones__0__number')
    expect(nationalDigits(await number.inputValue())).toBe(nationalDigits(OLD.e164))
    await number.fill(NEW.typed)
    await page.getByRole('button', { name: SV.saveDraft }).click()
    await toast(page, SV.draftSaved).waitFor()

    // The draft is saved, yet the public API serves the published number, and keeps it cached.
    expect((await publicPhones(REGION, coordinator.id)).e164).toEqual([OLD.e164])
    const cached = await publicPhones(REGION, coordinator.id)
    expect(cached).toEqual({ e164: [OLD.e164], cache: 'HIT' })

    await page.getByRole('button', { name: SV.publishChanges }).click()
    await toast(page, /uppdaterades|publicerades/i).waitFor()

    // One request, no retries: the publish's NOTIFY must have emptied the cache before the editor saw "saved".
    expect((await publicPhones(REGION, coordinator.id)).e164).toEqual([NEW.e164])
  })
})

/** The number's national digits however it is shown ("019-16 00 00" or "+46191600000"): the field's format may change. */
const nationalDigits = (text: string) => {
  const digits = text.replace(/\D/g, '')
  return text.trim().startsWith('+46') ? `0${digits.slice(2)}` : digits
}
