import type { Request } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { createCoordinator, regionId, type CoordinatorDoc } from '../helpers/coordinators'
import { withClient } from '../helpers/test-database'
import { expectSwedishAdmin, login, SV, waitForDocumentForm } from './harness/admin'
import { useBrowser } from './harness/browser'

const VERIFY = 'Markera som kontrollerad'
const editView = (id: number) => `/admin/collections/coordinators/${id}`

/** What the database holds for a coordinator: the published row and how many versions it has. */
const stored = (id: number) =>
  withClient(inject('databaseUrl'), async (db) => {
    const row = (await db.query<{ person_name: string | null }>('SELECT person_name FROM coordinators WHERE id = $1', [id])).rows[0]
    const versions = (await db.query<{ count: string }>('SELECT count(*) FROM _coordinators_v WHERE parent_id = $1', [id])).rows[0]
    return { personName: row?.person_name ?? null, versions: Number(versions?.count) }
  })

describe('a regional editor in the admin', { timeout: 180_000 }, () => {
  const browser = useBrowser()
  let regional: { email: string; password: string }
  let own: CoordinatorDoc
  let foreign: CoordinatorDoc

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    const ost = await regionId(admin, 'ost')
    const stockholm = await regionId(admin, 'stockholm')
    regional = await createStaffUser(admin, ['regional-editor'], { region: ost })
    // Coordinators of this test's own: the seeded ones are shared with other test files.
    own = await createCoordinator(admin, ost)
    foreign = await createCoordinator(admin, stockholm)
  })

  it("can edit their own region's coordinator but not another region's: read-only form, and a save attempt changes nothing", async () => {
    const { page } = browser
    await login(page, regional.email, regional.password)
    await expectSwedishAdmin(page)

    // Their own region: the same checks see an editable form, so the refusal below is the role's doing.
    await page.goto(editView(own.id))
    await waitForDocumentForm(page)
    await page.getByRole('button', { name: VERIFY }).waitFor()
    expect(await page.locator('#field-personName').isEditable()).toBe(true)
    expect(await page.getByRole('button', { name: SV.publishChanges }).count()).toBe(1)

    const before = await stored(foreign.id)
    const writes: Request[] = []
    page.on('request', (request) => void (request.method() !== 'GET' && request.url().includes(`/api/coordinators/${foreign.id}`) && writes.push(request)))
    await page.goto(editView(foreign.id))
    // Readable like an editor (the title is shown), but nothing to change and nothing to save with.
    await page.getByRole('heading', { name: foreign.title }).waitFor()
    await waitForDocumentForm(page)
    const personName = page.locator('#field-personName')
    expect(await personName.isEditable()).toBe(false)
    expect(await page.getByRole('button', { name: SV.publishChanges }).count()).toBe(0)
    expect(await page.getByRole('button', { name: SV.saveDraft }).count()).toBe(0)
    expect(await page.getByRole('button', { name: VERIFY }).count()).toBe(0)

    // An attempt anyway: type into the field and press the admin's save shortcut.
    await personName.click({ force: true })
    await page.keyboard.type('Obehörig ändring')
    await page.keyboard.press('Control+s')
    expect(await personName.inputValue()).toBe('')
    // Loaded afresh (not reloaded, which would keep the scroll the typed spaces caused): the stored form.
    await page.goto(editView(foreign.id))
    await waitForDocumentForm(page)
    expect(await personName.inputValue()).toBe('')
    expect(writes.map((request) => `${request.method()} ${request.url()}`)).toEqual([])
    expect(await stored(foreign.id)).toEqual(before)
  })
})
