/**
 * A newsletter send under control, through the real API process at NEWSLETTER_SEND_RATE=120 (one message every
 * 500 ms): the throttle holds (never more messages by a moment than slots had come), pausing stops the messages,
 * an unsubscribe while paused is honoured, resuming finishes the rest without a burst, cancelling skips the rest.
 * The CMS's state changes are written with SQL and NOTIFY, as the CMS does.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { faultDatabase, waitFor } from '../faults/helpers'
import { SmtpSink } from '../helpers/smtp-sink'
import { dropDatabase, withClient } from '../helpers/test-database'
import { addSubscribers, deliveriesOf, scheduleSend, sendRow, setSendState, startSendingApi, waitForSend, type SendingApi } from './helpers'

const RATE_PER_MINUTE = 120
const INTERVAL_MS = 60_000 / RATE_PER_MINUTE

describe('a newsletter send under control', () => {
  let databaseUrl: string
  let sending: SendingApi
  const sink = new SmtpSink()

  beforeAll(async () => {
    databaseUrl = await faultDatabase(inject('serverUrl'), 'nspm_newsletter_control')
    await sink.start()
    sending = await startSendingApi(databaseUrl, sink.url, RATE_PER_MINUTE)
  }, 300_000)
  afterAll(async () => {
    await sending?.api.stop()
    await sink.stop()
    if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl)
  })
  beforeEach(() => withClient(databaseUrl, (db) => db.query('DELETE FROM newsletter_subscribers')))

  const subscribe = (prefix: string, count: number) =>
    addSubscribers(
      databaseUrl,
      Array.from({ length: count }, (_, n) => ({ email: `${prefix}-${n}@example.org`, topics: ['news'] })),
    )
  const received = (subject: string) => sink.messages.filter((mail) => mail.subject === subject).length
  const inFlight = async (sendId: number) => (await deliveriesOf(databaseUrl, sendId)).filter((row) => row.status === 'sending').length

  it(`never sends more than the slots that have come at ${RATE_PER_MINUTE} a minute`, async () => {
    await subscribe('throttle', 10)
    const sendId = await scheduleSend(databaseUrl, { subject: 'Throttle', topics: ['news'], language: 'sv' })
    const { started_at: startedAt } = await waitForSend(databaseUrl, sendId, ['sending', 'sent'])
    const start = startedAt!.getTime()
    const samples: { count: number; at: number }[] = []
    while (received('Throttle') < 10) {
      // Counted first, the clock read after: the bound is checked against the later moment, never the earlier.
      const count = received('Throttle')
      samples.push({ count, at: Date.now() })
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    for (const { count, at } of samples) expect(count).toBeLessThanOrEqual(Math.floor((at - start) / INTERVAL_MS) + 1)
    expect(samples.some((sample) => sample.count > 0 && sample.count < 10)).toBe(true)
    expect((await waitForSend(databaseUrl, sendId, ['sent', 'failed'])).state).toBe('sent')
    expect(sink.countsByRecipient().get('throttle-9@example.org')).toBe(1)
  }, 60_000)

  it('stops on pause, skips a subscriber who unsubscribed meanwhile, and finishes the rest on resume', async () => {
    await subscribe('pause', 8)
    const sendId = await scheduleSend(databaseUrl, { subject: 'Pause', topics: ['news'], language: 'sv' })
    await waitFor(() => received('Pause') >= 1, 30_000, 'the first message')
    await setSendState(databaseUrl, sendId, 'paused')
    await waitFor(async () => (await inFlight(sendId)) === 0, 30_000, 'the messages in flight finished')
    const whilePaused = received('Pause')
    const pending = (await deliveriesOf(databaseUrl, sendId)).filter((row) => row.status === 'pending')
    expect(pending.length).toBeGreaterThan(0)
    expect(whilePaused + pending.length).toBe(8)

    // One of those still waiting unsubscribes (as their link from an earlier issue would do).
    const leaver = pending.at(-1)!
    await withClient(databaseUrl, (db) => db.query("UPDATE newsletter_subscribers SET status = 'unsubscribed', unsubscribed_at = now() WHERE id = $1", [leaver.subscriber_id]))
    // Paused means paused: the poll comes and goes (5 s) and nothing more leaves.
    await new Promise((resolve) => setTimeout(resolve, 6_000))
    expect(received('Pause')).toBe(whilePaused)
    expect((await sendRow(databaseUrl, sendId)).state).toBe('paused')

    const resumed = Date.now()
    await setSendState(databaseUrl, sendId, 'sending')
    await waitForSend(databaseUrl, sendId, ['sent', 'failed'])
    const deliveries = await deliveriesOf(databaseUrl, sendId)
    expect(deliveries.find((row) => row.id === leaver.id)?.status).toBe('skipped')
    expect(deliveries.filter((row) => row.status === 'sent')).toHaveLength(7)
    expect(received('Pause')).toBe(7)
    expect(sink.countsByRecipient().get(leaver.email!)).toBeUndefined()
    // No burst after the pause: the rest went at the rate, at most one slot per interval from the resume.
    expect(received('Pause') - whilePaused).toBeLessThanOrEqual(Math.floor((Date.now() - resumed) / INTERVAL_MS) + 1)
  }, 90_000)

  it('skips what had not been sent when the send is cancelled', async () => {
    await subscribe('cancel', 8)
    const sendId = await scheduleSend(databaseUrl, { subject: 'Cancel', topics: ['news'], language: 'sv' })
    await waitFor(() => received('Cancel') >= 1, 30_000, 'the first message')
    await setSendState(databaseUrl, sendId, 'cancelled')
    await waitFor(
      async () => (await deliveriesOf(databaseUrl, sendId)).every((row) => row.status !== 'pending' && row.status !== 'sending'),
      30_000,
      'every delivery sent or skipped',
    )
    const deliveries = await deliveriesOf(databaseUrl, sendId)
    const sent = deliveries.filter((row) => row.status === 'sent').length
    expect(sent).toBe(received('Cancel'))
    expect(sent).toBeLessThan(8)
    expect(deliveries.filter((row) => row.status === 'skipped')).toHaveLength(8 - sent)
    expect((await sendRow(databaseUrl, sendId)).state).toBe('cancelled')
  }, 60_000)
})
