import nodemailer from 'nodemailer'
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { CmsEnv } from '../env'
import { smtpTransportOptions, writeCaughtMail } from './smtp'

/**
 * Payload's own emails (forgot password; verification, should a collection turn it on) over nodemailer, with the
 * relay and sender of the API's outbox. Links in them start at `serverURL`, i.e. CMS_PUBLIC_URL. Without SMTP_URL
 * the message is written to MAIL_CATCH_DIR as an .eml file, as the API does, instead of Payload's default (the
 * message logged to the console).
 *
 * Why not @payloadcms/email-nodemailer: the registry has no 3.90.2 (3.90.1 is the newest), and 3.90.1 both pins
 * `payload@3.90.1` as a peer and makes Payload's dependency check stop every non-production start. This adapter
 * does what that package's does (the same EmailAdapter contract and `from` handling), on the nodemailer the API uses.
 */
export function payloadEmail(mail: CmsEnv['mail']): EmailAdapter {
  // Not verified at start: the admin must come up while the relay is down; a failed send is that request's error.
  return ({ payload }) => {
    // The file only, through Payload's logger (the CMS's one log format): the recipient is personal data.
    const caught = (file: string) => payload.logger.info({ file }, 'mail caught')
    const transport = mail.smtpUrl
      ? nodemailer.createTransport(smtpTransportOptions(mail.smtpUrl, parseConnectionUrl))
      : nodemailer.createTransport(catchingTransport(mail.catchDir, caught))
    return {
      name: mail.smtpUrl ? 'nodemailer-smtp' : 'nodemailer-eml-catcher',
      defaultFromAddress: mail.from.address,
      defaultFromName: mail.from.name,
      sendEmail: async (message: SendEmailOptions) => transport.sendMail({ ...message, from: fromHeader(message.from, mail.from) }),
    }
  }
}

function fromHeader(from: SendEmailOptions['from'], fallback: { name: string; address: string }): string | { name: string; address: string } {
  if (typeof from === 'string' && from) return from
  if (from && typeof from === 'object') return from.name ? { name: from.name, address: from.address } : from.address
  return fallback.name ? fallback : fallback.address
}

type CaughtInfo = { envelope: { from: string | false; to: string[] }; messageId: string; file: string }

/** A nodemailer transport that writes each message to disk instead of sending it. */
function catchingTransport(catchDir: string, caught: (file: string) => void): nodemailer.Transport<CaughtInfo> {
  return {
    name: 'nspm-mail-catcher',
    version: '1',
    send(mail, done) {
      mail.message.build((buildError, message) => {
        if (buildError) return done(buildError, undefined as never)
        writeCaughtMail(catchDir, message).then(
          (file) => {
            caught(file)
            done(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId(), file })
          },
          (error: Error) => done(error, undefined as never),
        )
      })
    },
  }
}
