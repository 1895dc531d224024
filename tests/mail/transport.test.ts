import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { describeError } from '../../api/src/mail/errors'
import { renderLayout } from '../../api/src/mail/layout'
import { createMailTransport } from '../../api/src/mail/transport'
import { toHeader } from './helpers'
import { captureLog, silentLog } from '../helpers/log-capture'

describe('mail transport', () => {
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  // The outbox holds row locks while it sends: a relay that accepts connections and then says nothing must fail fast.
  it('gives up on a server that never greets within seconds, with a code and no address', async () => {
    const sockets: net.Socket[] = []
    const silent = net.createServer((socket) => sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanups.push(() => {
      for (const socket of sockets) socket.destroy()
      silent.close()
    })
    const { port } = silent.address() as net.AddressInfo
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, catchDir: '/nonexistent', log: silentLog })
    cleanups.push(() => transport.close())

    const startedAt = Date.now()
    const error = await transport.send({ from: 'noreply@nspm.example', to: 'someone@example.org', subject: 's', text: 't', html: '<p>t</p>' }).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(Date.now() - startedAt).toBeLessThan(8_000)
    expect(describeError(error)).toBe('Error code=ETIMEDOUT')
  }, 15_000)

  it('accepts only smtp:// and smtps:// URLs', () => {
    expect(() => createMailTransport({ smtpUrl: 'http://127.0.0.1:2525', catchDir: '/tmp', log: silentLog })).toThrow(/smtp:\/\/ or smtps:\/\//)
    const transport = createMailTransport({ smtpUrl: 'smtps://user:secret@127.0.0.1:465', catchDir: '/tmp', log: silentLog })
    transport.close()
  })

  it('catches mail in development as .eml files and logs one line without the recipient', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nspm-mail-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const { log, lines } = captureLog()
    const transport = createMailTransport({ catchDir: dir, log })
    cleanups.push(() => transport.close())
    const to = `${randomBytes(6).toString('hex')}@example.org`
    const layout = renderLayout({ locale: 'en', title: 'Your order', paragraphs: ['Thank you.'], footer: [] })
    await transport.send({ from: 'NSPM <noreply@nspm.example>', to, subject: 'Your order', ...layout, headers: { 'X-NSPM-Kind': 'order' } })

    const files = await readdir(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+\.\d{3}Z-[0-9a-f]+\.eml$/)
    const parsed = await simpleParser(await readFile(path.join(dir, files[0] ?? '')))
    expect(parsed.subject).toBe('Your order')
    expect(toHeader(parsed)).toContain(to)
    expect(parsed.headers.get('x-nspm-kind')).toBe('order')
    expect(parsed.html).toContain('<html lang="en">')
    expect(parsed.text).toContain('Swedish Gender Equality Agency')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 'info', msg: 'mail caught', file: path.join(dir, files[0] ?? ''), subject: 'Your order' })
    expect(lines[0]).not.toContain(to)
  }, 10_000)
})
