import { randomBytes } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsClient, createStaffUser } from '../helpers/cms-client'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { sql } from '../helpers/sql'
import { chooseOption, login, SV, toast, waitForDocumentForm } from './harness/admin'
import { useBrowser } from './harness/browser'

const ORDER = gql`
  mutation ($input: OrderMaterialInput!) {
    orderMaterial(input: $input) {
      orderNumber
      status
    }
  }
`
const QUEUE = 'Materialbeställningar'

describe("an order from the public API through the order handler's queue to the orderer's inbox", { timeout: 180_000 }, () => {
  const browser = useBrowser()
  const orderer = `e2e-orderer-${randomBytes(4).toString('hex')}@example.org`
  let api: IntakeApi
  let handler: { email: string; password: string }
  let orderNumber: string

  beforeAll(async () => {
    const admin = await CmsClient.asAdmin()
    // The real API in this process, its outbox worker sending to a real SMTP server here. It claims only the
    // "shipped" mail (tests/intake/orders.test.ts claims "received"), so no other file's worker takes this one.
    api = await startIntakeApi({ kinds: ['order-shipped'] })
    handler = await createStaffUser(admin, ['order-handler'])
    const { publications } = await api.client().request<{ publications: { nodes: { id: string }[] } }>(gql`
      {
        publications(orderable: true) {
          nodes {
            id
          }
        }
      }
    `)
    const { orderMaterial } = await api.client({ 'x-forwarded-for': '10.70.0.1' }).request<{ orderMaterial: { orderNumber: string; status: string } }>(ORDER, {
      input: {
        idempotencyKey: randomBytes(8).toString('hex'),
        locale: 'SV',
        items: [{ publicationId: publications.nodes[0]!.id, quantity: 3 }],
        orderer: { name: 'Eva Ek', organisation: 'Socialtjänsten i Exempelstad', email: orderer, phone: '031-123 45 67' },
        deliveryAddress: { street: 'Storgatan 1', postcode: '41104', city: 'Göteborg' },
      },
    })
    expect(orderMaterial.status).toBe('RECEIVED')
    orderNumber = orderMaterial.orderNumber
  })
  afterAll(() => api?.stop())

  it('shows the new order at the top of the queue as received; marking it shipped emails the orderer', async () => {
    const { page } = browser
    await login(page, handler.email, handler.password)
    await page.getByRole('link', { name: `${SV.showAll} ${QUEUE}`, exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/admin/collections/material-orders')
    // Other test files place orders meanwhile (dozens in a full run): the same list, with room for all of them.
    const all = new URL(page.url())
    all.searchParams.set('limit', '100')
    await page.goto(all.toString())

    const row = page.locator('tbody tr', { hasText: orderNumber })
    expect(await row.locator('.cell-status').innerText()).toBe('Mottagen')
    // Newest first: every order listed above this one is younger (other test files place orders meanwhile).
    const listed = await page.locator('tbody tr .cell-orderNumber').allInnerTexts()
    expect(listed).toContain(orderNumber)
    const created = await sql<{ order_number: string; created_at: Date }>('SELECT order_number, created_at FROM material_orders WHERE order_number = ANY($1)', [listed])
    const times = listed.map((number) => created.find((order) => order.order_number === number)!.created_at.getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))

    await row.getByRole('link', { name: orderNumber }).click()
    await page.waitForURL(/\/admin\/collections\/material-orders\/\d+/)
    await waitForDocumentForm(page)
    // What the orderer sent is shown read-only: the handler changes the status and the note.
    for (const field of ['orderer__email', 'orderer__name', 'deliveryAddress__street', 'deliveryAddress__city']) {
      expect(await page.locator(`#field-${field}`).isDisabled(), field).toBe(true)
    }
    expect(await page.locator('#field-handlerNote').isDisabled()).toBe(false)
    await chooseOption(page, 'status', 'Skickad')
    await page.getByRole('button', { name: SV.save, exact: true }).click()
    await toast(page, SV.updated).waitFor()

    const [mail] = await api.smtp.waitFor(orderer, 1, 20_000)
    expect(mail!.subject).toBe(`Din beställning ${orderNumber} är skickad`)
    expect(JSON.stringify(mail!.to)).toContain(orderer)
    expect(mail!.text).toContain('Materialet är på väg till leveransadressen.')
    expect(await sql<{ status: string }>('SELECT status FROM material_orders WHERE order_number = $1', [orderNumber])).toEqual([{ status: 'shipped' }])
  })
})
