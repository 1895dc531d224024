/**
 * What a failed SMTP send says about the message, read from nodemailer's real errors against a real SMTP server:
 * only a refusal (4xx: for now, 5xx: for good) or no connection at all prove that nothing was delivered; the
 * newsletter sender retries the first kind only, and counts a 5xx towards bouncing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { smtpFailure } from '../../api/src/mail/errors'
import { createMailTransport } from '../../api/src/mail/transport'
import { freePort } from '../../runtime/ports'
import { silentLog } from '../helpers/log-capture'
import { SmtpSink } from '../helpers/smtp-sink'

describe('SMTP failures as the newsletter sender sees them', () => {
  const sink = new SmtpSink({ refuse: (address) => ({ 'gone@example.org': 550, 'later@example.org': 451 })[address] })
  beforeAll(() => sink.start())
  afterAll(() => sink.stop())

  const failureSending = async (smtpUrl: string, to: string) => {
    const transport = createMailTransport({ smtpUrl, catchDir: '/nonexistent', log: silentLog, pooledConnections: 1 })
    try {
      await transport.send({ from: 'nspm@test.nspm.localhost', to, subject: 's', text: 't', html: '<p>t</p>' })
      return null
    } catch (error) {
      return smtpFailure(error)
    } finally {
      transport.close()
    }
  }

  it('calls a 5xx refusal permanent and a 4xx refusal temporary, with the reply code', async () => {
    expect(await failureSending(sink.url, 'gone@example.org')).toEqual({ kind: 'permanent', code: '550' })
    expect(await failureSending(sink.url, 'later@example.org')).toEqual({ kind: 'temporary', code: '451' })
    expect(await failureSending(sink.url, 'fine@example.org')).toBeNull()
  })

  it('calls a relay that cannot be reached temporary (nodemailer: ESOCKET while connecting)', async () => {
    expect(await failureSending(`smtp://127.0.0.1:${await freePort()}`, 'fine@example.org')).toEqual({ kind: 'temporary', code: 'ESOCKET' })
  })

  it('calls anything else unknown, keeping only a safe identifier as its code', () => {
    expect(smtpFailure(Object.assign(new Error('timeout after DATA from someone@example.org'), { code: 'ETIMEDOUT', command: 'DATA' }))).toEqual({
      kind: 'unknown',
      code: 'ETIMEDOUT',
    })
    expect(smtpFailure(Object.assign(new Error('x'), { code: 'not safe@example.org' }))).toEqual({ kind: 'unknown', code: 'unknown' })
  })
})
