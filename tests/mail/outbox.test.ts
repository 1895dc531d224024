import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import type { MikroORM } from '@mikro-orm/postgresql'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { renderLayout } from '../../api/src/mail/layout'
import { enqueueMail, purgeSentMail, startOutboxWorker, type MailRenderer, type OutboxWorker } from '../../api/src/mail/outbox'
import { createMailTransport, type MailTransport } from '../../api/src/mail/transport'
import { createOrm, migrateApiSchema } from '../../api/src/orm'
import { startSmtp, toHeader, waitFor } from './helpers'
import { silentLog } from '../helpers/log-capture'

type OutboxDbRow = { id: string; recipient: string; status: string; attempts: number; last_error: string | null; next_attempt_at: Date; sent_at: Date | null }

// Kinds unique to this run: workers of other test files (and of the API under test) leave these rows alone.
const run = randomBytes(4).toString('hex')
const KIND = { ok: `test.ok.${run}`, skip: `test.skip.${run}`, fail: `test.fail.${run}` }
const address = () => `${randomBytes(6).toString('hex')}@example.org`

describe('email outbox', () => {
  let orm: MikroORM
  const cleanups: (() => Promise<void> | void)[] = []
  const later = (cleanup: () => Promise<void> | void) => cleanups.push(cleanup)

  beforeAll(async () => {
    orm = await createOrm({ databaseUrl: inject('databaseUrl'), poolMax: 4 })
    await migrateApiSchema(orm)
  })
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })
  afterAll(async () => {
    await orm?.close()
  })

  const render: MailRenderer = async (row, em) => {
    if (row.kind === KIND.skip) return null
    // A failing statement inside the row's savepoint: it must not poison the claiming transaction.
    if (row.kind === KIND.fail) await em.execute('SELECT 1 / 0')
    const title = typeof row.payload.title === 'string' ? row.payload.title : 'Bekräfta din prenumeration'
    const layout = renderLayout({
      locale: row.locale,
      title,
      paragraphs: ['Hej & välkommen <3'],
      action: { label: 'Bekräfta', url: 'https://example.org/c?t=1&u=2' },
      footer: ['Avsluta när du vill.'],
    })
    return { subject: title, ...layout, headers: { 'List-Unsubscribe': '<https://example.org/unsubscribe?t=abc>' } }
  }
  const smtpTransport = (port: number): MailTransport => {
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, catchDir: tmpdir(), log: silentLog })
    later(() => transport.close())
    return transport
  }
  const startWorker = (transport: MailTransport, options: { pollIntervalMs?: number; baseMs?: number } = {}): OutboxWorker => {
    const worker = startOutboxWorker({
      orm,
      transport,
      render,
      from: 'NSPM <noreply@nspm.example>',
      log: silentLog,
      kinds: Object.values(KIND),
      pollIntervalMs: options.pollIntervalMs ?? 600_000,
      backoff: { baseMs: options.baseMs ?? 60_000, maxMs: 600_000 },
    })
    later(() => worker.stop())
    return worker
  }
  const inbox = async (port?: number) => {
    const started = await startSmtp(port)
    later(() => started.close())
    return started
  }
  const enqueue = (recipient: string, kind = KIND.ok, payload: Record<string, unknown> = {}) =>
    orm.em.fork().transactional((tx) => enqueueMail(tx, { kind, recipient, locale: 'sv', payload }))
  const rowsFor = (recipient: string) => orm.em.fork().execute<OutboxDbRow[]>('SELECT * FROM nspm_api.outbox WHERE recipient = ? ORDER BY id', [recipient])
  const makeDue = (recipient: string) => orm.em.fork().execute("UPDATE nspm_api.outbox SET next_attempt_at = now() WHERE recipient = ? AND status = 'pending'", [recipient], 'run')

  it('sends a mail whose transaction commits, never one whose transaction rolls back', async () => {
    const smtp = await inbox()
    const worker = startWorker(smtpTransport(smtp.port))
    const lost = address()
    const kept = address()
    const failing = orm.em.fork().transactional(async (tx) => {
      await enqueueMail(tx, { kind: KIND.ok, recipient: lost, locale: 'sv', payload: {} })
      throw new Error('the business row was invalid')
    })
    await expect(failing).rejects.toThrow('the business row was invalid')
    await enqueue(kept, KIND.ok, { title: 'Välkommen till nyhetsbrevet' })
    await worker.drain()

    expect(await rowsFor(lost)).toEqual([])
    expect(smtp.messages).toHaveLength(1)
    const [message] = smtp.messages
    expect(message?.subject).toBe('Välkommen till nyhetsbrevet')
    expect(toHeader(message)).toContain(kept)
    expect(message?.text).toContain('Hej & välkommen <3')
    expect(message?.text).toContain('https://example.org/c?t=1&u=2')
    expect(message?.html).toContain('<html lang="sv">')
    expect(message?.html).toContain('Hej &amp; välkommen &lt;3')
    expect(message?.html).toContain('Jämställdhetsmyndigheten')
    expect(message?.headerLines.find((line) => line.key === 'list-unsubscribe')?.line).toContain('<https://example.org/unsubscribe?t=abc>')
    const [row] = await rowsFor(kept)
    expect(row).toMatchObject({ status: 'sent', attempts: 0, last_error: null })
    expect(row?.sent_at).not.toBeNull()

    // Once sent, purged after the retention period, not before. Only this test ages sent mail, and it does so in the
    // purge's own transaction (a retention run elsewhere cannot take the row first), so the counts are exact.
    const purgeSentDaysAgo = (days: number) =>
      orm.em.fork().transactional(async (tx) => {
        await tx.execute('UPDATE nspm_api.outbox SET sent_at = now() - make_interval(days => ?) WHERE recipient = ?', [days, kept], 'run')
        return purgeSentMail(tx, 30)
      })
    expect(await purgeSentDaysAgo(29)).toBe(0)
    expect(await rowsFor(kept)).toHaveLength(1)
    expect(await purgeSentDaysAgo(31)).toBe(1)
    expect(await rowsFor(kept)).toEqual([])
  }, 20_000)

  it('keeps the mail while the SMTP server is down and delivers it exactly once when it is back', async () => {
    const down = await startSmtp()
    const port = down.port
    await down.close()
    const worker = startWorker(smtpTransport(port))
    const to = address()
    await enqueue(to)
    await worker.drain()

    const [first] = await rowsFor(to)
    expect(first).toMatchObject({ status: 'pending', attempts: 1 })
    expect(first?.last_error).toMatch(/^\w+ code=\w+/)
    expect(first?.last_error).not.toContain('@')
    expect(new Date(first?.next_attempt_at ?? 0).getTime()).toBeGreaterThan(Date.now() + 30_000)

    await makeDue(to)
    await worker.drain()
    const [second] = await rowsFor(to)
    expect(second?.attempts).toBe(2)
    expect(second?.status).toBe('pending')

    const smtp = await inbox(port)
    await makeDue(to)
    // Not drain()'s count: a NOTIFY from another test file may wake the worker and send it first; the inbox decides.
    await worker.drain()
    await worker.drain()
    expect(smtp.messages).toHaveLength(1)
    expect(toHeader(smtp.messages[0])).toContain(to)
    expect(await rowsFor(to)).toMatchObject([{ status: 'sent', attempts: 2 }])
  }, 30_000)

  it('wakes up on NOTIFY without waiting for the poll interval', async () => {
    const smtp = await inbox()
    startWorker(smtpTransport(smtp.port), { pollIntervalMs: 600_000 })
    // The first mail arrives by notification or by the catch-up run after LISTEN: either way LISTEN is active then.
    await enqueue(address())
    await waitFor(() => smtp.messages.length === 1, 5_000)
    const to = address()
    const startedAt = Date.now()
    await enqueue(to)
    await waitFor(() => smtp.messages.length === 2, 2_000)
    expect(Date.now() - startedAt).toBeLessThan(2_000)
    await waitFor(async () => (await rowsFor(to))[0]?.status === 'sent', 2_000)
  }, 20_000)

  it('marks a mail with nothing left to send as done without sending, and a failing one does not stop the others', async () => {
    const smtp = await inbox()
    const worker = startWorker(smtpTransport(smtp.port))
    const erased = address()
    const broken = address()
    const fine = address()
    const skippedId = await enqueue(erased, KIND.skip)
    await enqueue(broken, KIND.fail)
    await enqueue(fine)
    await worker.drain()

    const [skipped] = await orm.em.fork().execute<OutboxDbRow[]>('SELECT * FROM nspm_api.outbox WHERE id = ?', [skippedId])
    expect(skipped).toMatchObject({ status: 'sent', last_error: 'skipped', recipient: '' })
    expect(await rowsFor(broken)).toMatchObject([{ status: 'pending', attempts: 1 }])
    expect((await rowsFor(broken))[0]?.last_error).not.toContain('@')
    expect(await rowsFor(fine)).toMatchObject([{ status: 'sent' }])
    expect(smtp.messages.map(toHeader)).toEqual([expect.stringContaining(fine)])
  }, 20_000)
})
