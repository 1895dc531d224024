import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type nodemailer from 'nodemailer'
import type * as NodemailerShared from 'nodemailer/lib/shared/index.js'
import { lazyRequire } from '../common/lazy-require'
import type { Logger } from '../observability/logger'

// Loaded with the first transport, not at start-up (most API processes never send mail).
const mailer = lazyRequire<typeof nodemailer>('nodemailer')
const nodemailerShared = lazyRequire<typeof NodemailerShared>('nodemailer/lib/shared/index.js')

/** One message as the outbox hands it over: already rendered, addressed to one recipient. */
export type OutgoingMail = {
  from: string
  to: string
  subject: string
  text: string
  html: string
  headers?: Record<string, string>
}

export type MailTransport = {
  /** Resolves once the server (or the catcher) has accepted the message; rejects with nodemailer's error otherwise. */
  send(message: OutgoingMail): Promise<void>
  close(): void
}

type TransportOptions = {
  /** smtp:// or smtps:// (credentials in the URL if the relay needs them); absent in development. */
  smtpUrl?: string
  /** Where the development catcher writes its .eml files. */
  catchDir: string
  log: Logger
}

// A dead or hanging relay must fail in seconds: the outbox holds row locks while it sends and retries later anyway.
const CONNECTION_TIMEOUT_MS = 5_000
const GREETING_TIMEOUT_MS = 5_000
const SOCKET_TIMEOUT_MS = 10_000

export function createMailTransport({ smtpUrl, catchDir, log }: TransportOptions): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl) : catchingTransport(catchDir, log)
}

function smtpTransport(smtpUrl: string): MailTransport {
  const protocol = new URL(smtpUrl).protocol
  if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new Error(`SMTP URL must use smtp:// or smtps://, not ${protocol}`)
  // Parsed here rather than passed as `url`: nodemailer's createTransport ignores every other option when given a url.
  const transporter = mailer().createTransport({
    ...nodemailerShared().parseConnectionUrl(smtpUrl),
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  })
  return {
    async send(message) {
      await transporter.sendMail(toNodemailer(message))
    },
    close() {
      transporter.close()
    },
  }
}

/**
 * Development without a relay: the very same RFC 5322 message nodemailer would send, written to disk so that a
 * developer can open it in a mail client. The log names the file only; the recipient is personal data.
 */
function catchingTransport(catchDir: string, log: Logger): MailTransport {
  const transporter = mailer().createTransport({ streamTransport: true, buffer: true, newline: 'windows' })
  return {
    async send(message) {
      const info = await transporter.sendMail(toNodemailer(message))
      if (!Buffer.isBuffer(info.message)) throw new Error('stream transport did not buffer the message')
      await mkdir(catchDir, { recursive: true })
      // Colons are not allowed in file names on every system; the time stays readable and sortable without them.
      const stamp = new Date().toISOString().replaceAll(':', '-')
      const file = path.join(catchDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`)
      await writeFile(file, info.message)
      log.info({ file, subject: message.subject }, 'mail caught')
    },
    close() {
      transporter.close()
    },
  }
}

function toNodemailer(message: OutgoingMail): nodemailer.SendMailOptions {
  const { from, to, subject, text, html, headers } = message
  return { from, to, subject, text, html, headers }
}
