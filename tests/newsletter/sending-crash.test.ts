/**
 * Nobody gets an issue twice: two real API processes sending the same send, and an API process killed with
 * SIGKILL in the middle of a send and started again. Counted where it matters, at the SMTP server: every address
 * at most once, and every address exactly once except the few deliveries the crash left `interrupted`.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { faultDatabase, waitFor } from '../faults/helpers'
import { SmtpSink } from '../helpers/smtp-sink'
import { dropDatabase, withClient } from '../helpers/test-database'
import { addSubscribers, deliveriesOf, scheduleSend, startSendingApi, waitForSend, type SendingApi } from './helpers'

/** Messages in flight per API process (api/src/background.ts NEWSLETTER_LANES): what one crash can interrupt. */
const LANES = 4

describe('a newsletter send through crashes and several senders', () => {
  let databaseUrl: string
  const sink = new SmtpSink({ envelopesOnly: true })
  const apis: SendingApi[] = []

  beforeAll(async () => {
    databaseUrl = await faultDatabase(inject('serverUrl'), 'nspm_newsletter_crash')
    await sink.start()
  }, 300_000)
  afterAll(async () => {
    for (const sending of apis) await sending.api.stop()
    await sink.stop()
    if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl)
  })

  const subscribe = async (prefix: string, count: number) => {
    await withClient(databaseUrl, (db) => db.query('DELETE FROM newsletter_subscribers'))
    const ids = await addSubscribers(
      databaseUrl,
      Array.from({ length: count }, (_, n) => ({ email: `${prefix}-${n}@example.org`, topics: ['news'] })),
    )
    return [...ids.keys()]
  }
  const countsOf = (addresses: string[]) => {
    const counts = sink.countsByRecipient()
    return addresses.map((address) => counts.get(address) ?? 0)
  }

  it('sends each recipient one message when two API processes send the same issue', async () => {
    const addresses = await subscribe('pair', 400)
    const pair = await Promise.all([startSendingApi(databaseUrl, sink.url, 0), startSendingApi(databaseUrl, sink.url, 0)])
    apis.push(...pair)
    const sendId = await scheduleSend(databaseUrl, { subject: 'Pair', topics: ['news'], language: 'sv' })
    expect(await waitForSend(databaseUrl, sendId, ['sent', 'failed'], 120_000)).toMatchObject({ state: 'sent', recipients: 400 })
    expect(countsOf(addresses).every((count) => count === 1)).toBe(true)
    expect(sink.envelopes.flat().filter((address) => address.startsWith('pair-'))).toHaveLength(400)
    for (const sending of pair) await sending.api.stop()
  }, 240_000)

  it('sends nobody the issue twice when the sender is killed mid-send and started again', async () => {
    const addresses = await subscribe('crash', 300)
    // Throttled (1,200 a minute), so that the kill lands mid-send on any machine.
    const first = await startSendingApi(databaseUrl, sink.url, 1_200)
    apis.push(first)
    const sendId = await scheduleSend(databaseUrl, { subject: 'Crash', topics: ['news'], language: 'sv' })
    const arrived = () => countsOf(addresses).filter((count) => count > 0).length
    await waitFor(() => arrived() >= 40, 60_000, '40 messages before the kill')
    first.api.process.kill('SIGKILL')
    await new Promise((resolve) => first.api.process.once('exit', resolve))
    const atKill = arrived()
    expect(atKill).toBeLessThan(300)

    const second = await startSendingApi(databaseUrl, sink.url, 0)
    apis.push(second)
    // The deliveries the kill left `sending` become `interrupted` once they are older than any SMTP conversation.
    expect(await waitForSend(databaseUrl, sendId, ['sent', 'failed'], 180_000)).toMatchObject({ state: 'sent', recipients: 300 })
    const deliveries = await deliveriesOf(databaseUrl, sendId)
    const interrupted = new Set(deliveries.filter((row) => row.error_code === 'interrupted').map((row) => row.email))
    console.log(`[newsletter] crash: ${atKill} of 300 arrived before SIGKILL, ${interrupted.size} interrupted`)
    expect(interrupted.size).toBeLessThanOrEqual(LANES)
    const counts = countsOf(addresses)
    expect(counts.every((count) => count <= 1)).toBe(true)
    addresses.forEach((address, n) => expect([address, counts[n]]).toEqual([address, interrupted.has(address) ? counts[n] : 1]))
    expect(deliveries.filter((row) => row.status === 'sent')).toHaveLength(300 - interrupted.size)
  }, 300_000)
})
