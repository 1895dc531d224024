import type nodemailer from 'nodemailer'
import type * as NodemailerShared from 'nodemailer/lib/shared/index.js'
import { smtpTransportOptions, writeCaughtMail } from '../../../cms/mail/smtp'
import { lazyRequire } from '../common/lazy-require'
import type { Logger } from '../observability/logger'

// Loaded with the first transport, not at start-up (most API processes never send mail).
const mailer = lazyRequire<typeof nodemailer>('nodemailer')
const nodemailerShared = lazyRequire<typeof NodemailerShared>('nodemailer/lib/shared/index.js')

/** One message as the outbox hands it over: already rendered, addressed to one recipient. */
type OutgoingMail = {
  from: string
  to: string
  subject: string
  text: string
  html: string
  headers?: Record<string, string>
  /** `<id@domain>`; nodemailer makes one up when absent. */
  messageId?: string
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
  /** Keep this many SMTP connections open and reuse them (bulk sending); without it, one connection per message. */
  pooledConnections?: number
}

export function createMailTransport({ smtpUrl, catchDir, log, pooledConnections }: TransportOptions): MailTransport {
  return smtpUrl ? smtpTransport(smtpUrl, pooledConnections) : catchingTransport(catchDir, log)
}

function smtpTransport(smtpUrl: string, pooledConnections: number | undefined): MailTransport {
  // Timeouts and URL parsing are shared with Payload's own emails (cms/mail/smtp.ts).
  const options = smtpTransportOptions(smtpUrl, nodemailerShared().parseConnectionUrl)
  const transporter = pooledConnections
    ? mailer().createTransport({ ...options, pool: true, maxConnections: pooledConnections, maxMessages: 1_000 })
    : mailer().createTransport(options)
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
      const file = await writeCaughtMail(catchDir, info.message)
      log.info({ file, subject: message.subject }, 'mail caught')
    },
    close() {
      transporter.close()
    },
  }
}

function toNodemailer(message: OutgoingMail): nodemailer.SendMailOptions {
  const { from, to, subject, text, html, headers, messageId } = message
  return { from, to, subject, text, html, headers, messageId }
}
