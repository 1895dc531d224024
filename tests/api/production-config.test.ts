import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../api/src/config'

const base = { DATABASE_URL: 'postgres://nspm@db:5432/nspm', NODE_ENV: 'production' }

describe('production configuration that would lose mail', () => {
  it('refuses an outbox worker without SMTP_URL, naming the ways out', () => {
    expect(() => loadConfig({ ...base, API_OUTBOX_WORKER: 'true' })).toThrow(/SMTP_URL: required in production while API_OUTBOX_WORKER=true/)
    // Compose passes an unset variable as an empty string: that is not an SMTP server either.
    expect(() => loadConfig({ ...base, API_OUTBOX_WORKER: 'true', SMTP_URL: '' })).toThrow(/SMTP_URL/)
  })

  it('accepts an SMTP server, a replica that does not send, or mail kept as files by name', () => {
    expect(loadConfig({ ...base, API_OUTBOX_WORKER: 'true', SMTP_URL: 'smtp://mail.example.se:587' }).smtpUrl).toBe('smtp://mail.example.se:587')
    expect(loadConfig({ ...base, API_OUTBOX_WORKER: 'false' }).outboxWorker).toBe(false)
    expect(loadConfig({ ...base, API_OUTBOX_WORKER: 'true', MAIL_CATCH_DIR: '/data/mail' }).mailCatchDir).toBe('/data/mail')
    // Development keeps catching mail as files without being asked.
    expect(loadConfig({ DATABASE_URL: base.DATABASE_URL, API_OUTBOX_WORKER: 'true' }).mailCatchDir).toBe('.data/mail')
  })
})
