import { randomBytes } from 'node:crypto'
import { gql } from 'graphql-request'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { purgeUnconfirmed } from '../../api/src/modules/newsletter/manage.service'
import { NEWSLETTER_MAIL_KINDS } from '../../api/src/modules/newsletter/newsletter.mail'
import { graphqlError } from '../helpers/api-client'
import { startIntakeApi, type IntakeApi } from '../helpers/intake-api'
import { withClient } from '../helpers/test-database'
import { waitFor } from '../mail/helpers'
import { inject } from 'vitest'

const SUBSCRIBE = gql`
  mutation ($input: SubscribeInput!) {
    subscribeToNewsletter(input: $input) {
      accepted
      message
    }
  }
`
const address = () => `subscriber-${randomBytes(5).toString('hex')}@example.org`
const input = (email: string, locale = 'SV') => ({ email, topics: ['NEWS', 'EVENTS'], locale, consent: { given: true, textVersion: '2026-11', source: 'test' } })
const linkIn = (text: string, page: string) => new RegExp(`https?://[^\\s>]+/newsletter/${page}\\?token=[A-Za-z0-9_-]+&lang=\\w+`).exec(text)?.[0]

describe('newsletter double opt-in against a real SMTP server', () => {
  let api: IntakeApi
  const client = (ip = '10.0.0.1') => api.client({ 'x-forwarded-for': ip })
  const subscriberRow = (email: string) =>
    withClient(
      inject('databaseUrl'),
      async (db) => (await db.query('SELECT status, consent_text_version, consent_source FROM newsletter_subscribers WHERE email = $1', [email])).rows[0],
    )

  beforeAll(async () => {
    api = await startIntakeApi({ kinds: NEWSLETTER_MAIL_KINDS })
  })
  afterAll(() => api.stop())

  it('runs the whole round trip: subscribe, confirm by POST, headers, one-click unsubscribe twice', async () => {
    const email = address()
    const { subscribeToNewsletter } = await client().request<{ subscribeToNewsletter: { accepted: boolean } }>(SUBSCRIBE, { input: input(email) })
    expect(subscribeToNewsletter.accepted).toBe(true)
    const [confirmation] = await api.smtp.waitFor(email)
    expect(confirmation!.subject).toMatch(/Bekräfta/)
    expect(confirmation!.html).toBeTruthy()
    expect(await subscriberRow(email)).toMatchObject({ status: 'pending', consent_text_version: '2026-11', consent_source: 'test' })

    const confirmUrl = linkIn(confirmation!.text ?? '', 'confirm')!
    const page = await fetch(confirmUrl)
    expect(page.status).toBe(200)
    expect(await page.text()).toMatch(/<form method="post"/)
    expect((await subscriberRow(email)).status).toBe('pending') // GET changed nothing

    const token = new URL(confirmUrl).searchParams.get('token')!
    const confirmed = await fetch(`${api.base}/newsletter/confirm`, { method: 'POST', body: new URLSearchParams({ token, lang: 'sv' }) })
    expect(confirmed.status).toBe(200)
    expect((await subscriberRow(email)).status).toBe('confirmed')

    const [, welcome] = await api.smtp.waitFor(email, 2)
    // The raw header lines, as a mail client reads them (mailparser folds List-* headers into one object).
    const header = (mail: typeof welcome, name: string) =>
      mail!.headerLines
        .find((line) => line.key === name)
        ?.line.replace(/^[^:]+:\s*/, '')
        .replace(/\r?\n\s+/g, '')
    for (const mail of [confirmation!, welcome!]) {
      expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click')
      expect(header(mail, 'list-unsubscribe')).toMatch(/^<https?:\/\/[^>]+\/newsletter\/unsubscribe\?token=[^>]+>$/)
    }
    const unsubscribeUrl = header(welcome, 'list-unsubscribe')!.replace(/^<|>$/g, '')
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const oneClick = await fetch(unsubscribeUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
      expect(oneClick.status).toBe(200)
    }
    expect((await subscriberRow(email)).status).toBe('unsubscribed')
  })

  it('answers identically for new, pending, confirmed and unsubscribed addresses', async () => {
    const email = address()
    const answer = async () => JSON.stringify(await client('10.0.0.2').request(SUBSCRIBE, { input: input(email) }))
    const asNew = await answer()
    await api.smtp.waitFor(email)
    const asPending = await answer()
    await withClient(inject('databaseUrl'), (db) => db.query("UPDATE newsletter_subscribers SET status = 'confirmed' WHERE email = $1", [email]))
    const asConfirmed = await answer()
    await withClient(inject('databaseUrl'), (db) => db.query("UPDATE newsletter_subscribers SET status = 'unsubscribed' WHERE email = $1", [email]))
    const asUnsubscribed = await answer()
    expect(new Set([asNew, asPending, asConfirmed, asUnsubscribed]).size).toBe(1)
    // The headers of an address whose mail is held back say what any other answer says: only the client's limit.
    const held = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.2' },
      body: JSON.stringify({ query: SUBSCRIBE, variables: { input: input(email) } }),
    })
    expect(held.status).toBe(200)
    expect(held.headers.get('ratelimit-policy')).toBe('"subscriptions";q=20;w=3600')
    expect(held.headers.get('ratelimit')).toMatch(/^"subscriptions";r=15;t=\d+$/)
    // At most one email a day to one address, whatever happens.
    await api.background.outbox?.drain()
    expect(api.smtp.to(email)).toHaveLength(1)
  })

  it('refuses altered, reused and expired tokens', async () => {
    const email = address()
    await client('10.0.0.3').request(SUBSCRIBE, { input: input(email, 'EN') })
    const [mail] = await api.smtp.waitFor(email)
    expect(mail!.subject).toMatch(/Confirm/)
    const token = new URL(linkIn(mail!.text ?? '', 'confirm')!).searchParams.get('token')!
    const CONFIRM = gql`
      mutation ($token: String!) {
        confirmNewsletterSubscription(token: $token) {
          status
        }
      }
    `

    const altered = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')
    expect((await graphqlError(client().request(CONFIRM, { token: altered }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TOKEN' })
    expect(await client().request(CONFIRM, { token })).toEqual({ confirmNewsletterSubscription: { status: 'CONFIRMED' } })
    expect((await graphqlError(client().request(CONFIRM, { token }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' })

    await withClient(inject('databaseUrl'), (db) =>
      db.query(
        "UPDATE nspm_api.subscription_tokens SET expires_at = now() - interval '1 second', used_at = NULL WHERE purpose = 'confirm' AND subscriber_id = (SELECT id FROM newsletter_subscribers WHERE email = $1)",
        [email],
      ),
    )
    expect((await graphqlError(client().request(CONFIRM, { token }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TOKEN' })
  })

  it('lets the subscriber change preferences, download and erase their data through the link', async () => {
    const email = address()
    await client('10.0.0.4').request(SUBSCRIBE, { input: input(email) })
    const [mail] = await api.smtp.waitFor(email)
    const dataUrl = new URL(linkIn(mail!.text ?? '', 'data')!)
    const token = dataUrl.searchParams.get('token')!
    const PREFS = gql`
      mutation ($token: String!) {
        updateNewsletterPreferences(token: $token, topics: [PUBLICATIONS], locale: EN) {
          topics
          locale
        }
      }
    `
    expect(await client().request(PREFS, { token })).toEqual({ updateNewsletterPreferences: { topics: ['PUBLICATIONS'], locale: 'EN' } })

    const download = await fetch(`${api.base}/newsletter/data`, { method: 'POST', body: new URLSearchParams({ token, action: 'download' }) })
    expect(download.headers.get('content-disposition')).toMatch(/attachment/)
    expect(await download.json()).toMatchObject({ email, topics: ['publications'], consentTextVersion: '2026-11' })

    const erased = await fetch(`${api.base}/newsletter/data`, { method: 'POST', body: new URLSearchParams({ token, action: 'erase' }) })
    expect(erased.status).toBe(200)
    expect(await subscriberRow(email)).toBeUndefined()
    const again = await fetch(dataUrl)
    expect(again.status).toBe(200) // the GET page is only a form; acting on it now fails:
    expect((await fetch(`${api.base}/newsletter/data`, { method: 'POST', body: new URLSearchParams({ token, action: 'download' }) })).status).toBe(400)
  })

  it('validates input without echoing it, and rate-limits one client', async () => {
    const error = await graphqlError(client('10.0.0.5').request(SUBSCRIBE, { input: { ...input('not-an-address'), consent: { given: false, textVersion: '' } } }))
    expect(error.extensions.code).toBe('BAD_USER_INPUT')
    expect((error.extensions.fields as { field: string }[]).map((entry) => entry.field)).toEqual(['email', 'consent.given', 'consent.textVersion'])
    expect(JSON.stringify(error)).not.toContain('not-an-address')

    const ip = '10.0.0.6'
    const subscribe = (email: string) =>
      fetch(`${api.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ query: SUBSCRIBE, variables: { input: input(email) } }),
      })
    const answers = []
    for (let index = 0; index < 21; index += 1) answers.push(await subscribe(address()))
    expect(answers.map((answer) => answer.status)).toEqual([...Array(20).fill(200), 429])
    // Only the client's limit is shown; the silent one-mail-a-day limit per address never appears.
    expect(new Set(answers.map((answer) => answer.headers.get('ratelimit-policy')))).toEqual(new Set(['"subscriptions";q=20;w=3600']))
    expect(answers[0]!.headers.get('ratelimit')).toMatch(/^"subscriptions";r=19;t=3600$/)
    const refused = answers[20]!
    const { errors } = (await refused.json()) as { errors: { extensions: { code: string; retryAfter: number } }[] }
    expect(errors[0]!.extensions.code).toBe('RATE_LIMITED')
    expect(errors[0]!.extensions.retryAfter).toBeGreaterThan(3000)
    expect(refused.headers.get('retry-after')).toBe(String(errors[0]!.extensions.retryAfter))
    expect(refused.headers.get('ratelimit')).toBe(`"subscriptions";r=0;t=${errors[0]!.extensions.retryAfter}`)
  })

  it('keeps a subscription when the SMTP server is down and delivers once it is back', async () => {
    const port = api.smtp.port
    await api.smtp.stop()
    const email = address()
    await client('10.0.0.7').request(SUBSCRIBE, { input: input(email) })
    const outboxRow = async () =>
      (await withClient(inject('databaseUrl'), async (db) => (await db.query('SELECT status, attempts, last_error FROM nspm_api.outbox WHERE recipient = $1', [email])).rows))[0]
    // Until the worker's first attempt has failed (a fixed pause was too short on a loaded machine).
    await waitFor(async () => Number((await outboxRow())?.attempts) > 0, 10_000)
    expect((await subscriberRow(email)).status).toBe('pending')
    const row = await outboxRow()
    expect(row).toMatchObject({ status: 'pending' })
    expect(row.attempts).toBeGreaterThan(0)
    expect(String(row.last_error)).not.toContain('@')
    await api.smtp.start(port)
    const delivered = await api.smtp.waitFor(email, 1, 10_000)
    expect(delivered).toHaveLength(1)
  })

  it('deletes unconfirmed subscriptions after seven days, and only those', async () => {
    const [old, recent, confirmed] = [address(), address(), address()]
    await withClient(inject('databaseUrl'), async (db) => {
      const insert =
        "INSERT INTO newsletter_subscribers (email, status, locale, consent_given_at, updated_at, created_at) VALUES ($1, $2, 'sv', now() - make_interval(days => $3), now(), now())"
      await db.query(insert, [old, 'pending', 8])
      await db.query(insert, [recent, 'pending', 6])
      await db.query(insert, [confirmed, 'confirmed', 30])
    })
    expect(await purgeUnconfirmed(api.orm.em.fork(), 7)).toBeGreaterThanOrEqual(1)
    expect(await subscriberRow(old)).toBeUndefined()
    expect(await subscriberRow(recent)).toMatchObject({ status: 'pending' })
    expect(await subscriberRow(confirmed)).toMatchObject({ status: 'confirmed' })
  })
})
