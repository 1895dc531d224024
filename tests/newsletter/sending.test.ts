/**
 * Sending a newsletter issue through the real API process into a real SMTP server: who is frozen as a recipient
 * (exactly the eligible subscribers, each once, in their language), what each message carries (its own one-click
 * unsubscribe that works, Precedence, List-Id, a plain-text part), bounces counted per issue in a row, and the
 * editor's test send. The CMS's part (the send row and its NOTIFY) is written with SQL here.
 */
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { OUTBOX_CHANNEL } from '../../contracts/channels'
import { BOUNCING_AFTER_ISSUES, deliveryLocale, NEWSLETTER_TEST_MAIL_KIND } from '../../contracts/newsletter-issues'
import { OUTBOX_TABLE } from '../../contracts/outbox'
import { faultDatabase } from '../faults/helpers'
import { sampleValue, scrape } from '../operations/observed-api'
import { SmtpSink } from '../helpers/smtp-sink'
import { dropDatabase, withClient } from '../helpers/test-database'
import { addSubscribers, deliveriesOf, fixtureIssue, scheduleSend, startSendingApi, waitForSend, type SendingApi } from './helpers'

describe('sending a newsletter issue', () => {
  let databaseUrl: string
  let sending: SendingApi
  // Addresses with "bounce" are refused for good; those in `refused` until they are taken out of it.
  const refused = new Set<string>()
  const sink = new SmtpSink({ refuse: (address) => (address.includes('bounce') || refused.has(address) ? 550 : undefined) })

  beforeAll(async () => {
    databaseUrl = await faultDatabase(inject('serverUrl'), 'nspm_newsletter_send')
    await sink.start()
    sending = await startSendingApi(databaseUrl, sink.url, 0)
  }, 300_000)
  afterAll(async () => {
    await sending?.api.stop()
    await sink.stop()
    if (databaseUrl) await dropDatabase(inject('serverUrl'), databaseUrl)
  })
  // Every test starts from nobody subscribed: a send freezes everyone eligible in the database.
  beforeEach(() => withClient(databaseUrl, (db) => db.query('DELETE FROM newsletter_subscribers; DELETE FROM nspm_api.newsletter_bounces')))

  const messagesWith = (subject: string) => sink.messages.filter((mail) => mail.subject?.includes(subject))
  // A header as sent, unfolded (RFC 5322: a line break before whitespace is only folding); mailparser restructures List-*.
  const header = (mail: ParsedMail | undefined, name: string) =>
    mail?.headerLines
      .find((line) => line.key === name)
      ?.line.replace(/\r?\n(?=[ \t])/g, '')
      .replace(/^[^:]*:\s*/, '')

  it('freezes exactly the confirmed, non-bouncing subscribers of the topics, each once, in their language', async () => {
    const ids = await addSubscribers(databaseUrl, [
      { email: 'news-sv@example.org', topics: ['news'] },
      { email: 'news-en@example.org', locale: 'en', topics: ['events', 'news'] },
      { email: 'publications@example.org', locale: 'en', topics: ['publications'] },
      { email: 'events-only@example.org', topics: ['events'] },
      { email: 'pending@example.org', status: 'pending', topics: ['news'] },
      { email: 'unsubscribed@example.org', status: 'unsubscribed', topics: ['news'] },
      { email: 'bouncing@example.org', topics: ['news'] },
    ])
    await withClient(databaseUrl, (db) =>
      db.query('INSERT INTO nspm_api.newsletter_bounces (subscriber_id, issues_in_a_row, bouncing_since) VALUES ($1, 3, now())', [ids.get('bouncing@example.org')]),
    )
    const both = await scheduleSend(databaseUrl, { subject: 'Freeze both', topics: ['news', 'publications'] })
    const finished = await waitForSend(databaseUrl, both, ['sent', 'failed'])
    expect(finished).toMatchObject({ state: 'sent', recipients: 3 })

    const deliveries = await deliveriesOf(databaseUrl, both)
    const expected = {
      'news-sv@example.org': deliveryLocale('both', 'sv'),
      'news-en@example.org': deliveryLocale('both', 'en'),
      'publications@example.org': deliveryLocale('both', 'en'),
    }
    expect(Object.fromEntries(deliveries.map((row) => [row.email, row.locale]))).toEqual(expected)
    expect(deliveries.every((row) => row.status === 'sent')).toBe(true)
    const received = messagesWith('Freeze both')
    expect(received.map((mail) => [mail.to && 'text' in mail.to ? mail.to.text : '', mail.subject]).sort()).toEqual([
      ['news-en@example.org', 'Freeze both (en)'],
      ['news-sv@example.org', 'Freeze both (sv)'],
      ['publications@example.org', 'Freeze both (en)'],
    ])

    // A Swedish-only issue goes in Swedish to an English-speaking subscriber too (deliveryLocale).
    const swedish = await scheduleSend(databaseUrl, { subject: 'Freeze sv', topics: ['events'], language: 'sv' })
    await waitForSend(databaseUrl, swedish, ['sent'])
    expect(Object.fromEntries((await deliveriesOf(databaseUrl, swedish)).map((row) => [row.email, row.locale]))).toEqual({
      'news-en@example.org': deliveryLocale('sv', 'en'),
      'events-only@example.org': 'sv',
    })
  })

  it('sends nobody anything and counts the issue sent when nobody is eligible', async () => {
    const sendId = await scheduleSend(databaseUrl, { subject: 'Nobody', topics: ['news'] })
    expect(await waitForSend(databaseUrl, sendId, ['sent', 'failed'])).toMatchObject({ state: 'sent', recipients: 0 })
    expect(messagesWith('Nobody')).toHaveLength(0)
  })

  it("gives every message the subscriber's own working one-click unsubscribe, Precedence: bulk, a List-Id and a text part", async () => {
    const ids = await addSubscribers(databaseUrl, [{ email: 'headers@example.org', topics: ['news'] }])
    const sendId = await scheduleSend(databaseUrl, { subject: 'Headers', topics: ['news'], language: 'sv' })
    await waitForSend(databaseUrl, sendId, ['sent'])
    const [mail] = messagesWith('Headers')
    const unsubscribe = /^<(http:\/\/127\.0\.0\.1:\d+\/newsletter\/unsubscribe\?token=[\w-]+&lang=sv)>$/.exec(header(mail, 'list-unsubscribe') ?? '')?.[1]
    expect(unsubscribe).toMatch(new RegExp(`^${sending.base}/`))
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
    expect(header(mail, 'precedence')).toBe('bulk')
    expect(header(mail, 'list-id')).toBe('NSPM <newsletter.test.nspm.localhost>')
    expect(mail?.messageId).toMatch(new RegExp(`^<newsletter\\.${sendId}\\.\\d+@test\\.nspm\\.localhost>$`))
    // The text part is the issue with this subscriber's links; no placeholder is left in either part.
    expect(mail?.text).toContain('sv body of Headers')
    expect(mail?.text).toContain(unsubscribe?.replace('/unsubscribe?', '/preferences?'))
    expect(`${mail?.text}${String(mail?.html)}`).not.toMatch(/%%NSPM_/)
    expect(String(mail?.html)).toContain(unsubscribe?.replaceAll('&', '&amp;'))

    // RFC 8058: a POST of List-Unsubscribe=One-Click to the header's URL unsubscribes.
    const response = await fetch(unsubscribe!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    expect(response.status).toBe(200)
    const [row] = await withClient(
      databaseUrl,
      async (db) => (await db.query<{ status: string }>('SELECT status FROM newsletter_subscribers WHERE id = $1', [ids.get('headers@example.org')])).rows,
    )
    expect(row?.status).toBe('unsubscribed')
  })

  it(`marks an address bouncing after ${BOUNCING_AFTER_ISSUES} issues in a row refused for good, and a delivered issue resets the run`, async () => {
    const ids = await addSubscribers(databaseUrl, [
      { email: 'bounce-1@example.org', topics: ['events'] },
      { email: 'flaky@example.org', topics: ['events'] },
      { email: 'fine@example.org', topics: ['news'] },
    ])
    refused.add('flaky@example.org')
    const bounces = () =>
      withClient(databaseUrl, async (db) => {
        const { rows } = await db.query<{ subscriber_id: number; issues_in_a_row: number; last_code: string; bouncing: boolean }>(
          'SELECT subscriber_id, issues_in_a_row, last_code, bouncing_since IS NOT NULL AS bouncing FROM nspm_api.newsletter_bounces',
        )
        return new Map(rows.map((row) => [row.subscriber_id, row]))
      })
    // Everyone refused: nothing could be sent at all, so the send failed.
    const first = await scheduleSend(databaseUrl, { subject: 'Bounce 1', topics: ['events'] })
    expect(await waitForSend(databaseUrl, first, ['sent', 'failed'])).toMatchObject({ state: 'failed', recipients: 2 })
    expect((await deliveriesOf(databaseUrl, first)).map((row) => [row.status, row.error_code])).toEqual([
      ['failed', '550'],
      ['failed', '550'],
    ])
    for (const n of [2, 3]) {
      if (n === 3) refused.delete('flaky@example.org')
      const sendId = await scheduleSend(databaseUrl, { subject: `Bounce ${n}`, topics: ['events', 'news'] })
      expect(await waitForSend(databaseUrl, sendId, ['sent', 'failed'])).toMatchObject({ state: 'sent' })
    }
    const after = await bounces()
    expect(after.get(ids.get('bounce-1@example.org')!)).toMatchObject({ issues_in_a_row: BOUNCING_AFTER_ISSUES, last_code: '550', bouncing: true })
    expect(after.get(ids.get('flaky@example.org')!)).toMatchObject({ issues_in_a_row: 0, bouncing: false })
    expect(after.has(ids.get('fine@example.org')!)).toBe(false)

    // Three refusals of bounce-1, two of flaky: counted by code where the operator looks.
    expect(sampleValue(await scrape(sending.metricsUrl), 'nspm_api_newsletter_messages_total', { outcome: 'failed', code: '550' })).toBe(5)

    // Bouncing: no longer frozen as a recipient, so the next issue is not even tried.
    const next = await scheduleSend(databaseUrl, { subject: 'Bounce 4', topics: ['events'] })
    await waitForSend(databaseUrl, next, ['sent'])
    expect((await deliveriesOf(databaseUrl, next)).map((row) => row.email)).toEqual(['flaky@example.org'])
  })

  it('sends an editor\'s test with inert links, "[TEST]" in the subject and no List-Unsubscribe', async () => {
    const rendered = fixtureIssue('Test send', 'en')
    await withClient(databaseUrl, async (db) => {
      await db.query('BEGIN')
      await db.query(`INSERT INTO ${OUTBOX_TABLE} (kind, recipient, locale, payload) VALUES ($1, 'editor@example.org', 'en', $2)`, [
        NEWSLETTER_TEST_MAIL_KIND,
        JSON.stringify({ rendered }),
      ])
      await db.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, ''])
      await db.query('COMMIT')
    })
    const [mail] = await sink.waitFor('editor@example.org', 1, 30_000)
    expect(mail?.subject).toBe('[TEST] Test send')
    expect(header(mail, 'list-unsubscribe')).toBeUndefined()
    const inert = `${sending.base}/newsletter/test-link?lang=en`
    expect(mail?.text).toContain(`${inert} ${inert} ${inert}`)
    const page = await fetch(inert)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('A link in a test send')
  })
})
