import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type SMTPConnection from 'nodemailer/lib/smtp-connection'

/**
 * How both processes send mail: the API's outbox (api/src/mail/transport.ts) and Payload's own emails (cms/mail/
 * payload-email.ts) read the same SMTP_URL, MAIL_FROM and MAIL_CATCH_DIR and treat them alike. Nothing here loads
 * nodemailer: the API loads it on first use only.
 */

// A dead or hanging relay must fail in seconds: the outbox holds row locks while it sends and retries later anyway,
// and an editor waiting for "forgot password" should not wait a minute.
const SMTP_TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 } as const

export const DEFAULT_MAIL_FROM = 'NSPM <nspm@jamstalldhetsmyndigheten.se>'
export const DEFAULT_MAIL_CATCH_DIR = '.data/mail'

/**
 * nodemailer's options for an smtp:// or smtps:// URL (credentials in the URL if the relay needs them). `parse` is
 * nodemailer's parseConnectionUrl, passed in so that this module does not load nodemailer. Parsed rather than passed
 * as `url`: nodemailer's createTransport ignores every other option when given a url.
 */
export function smtpTransportOptions(smtpUrl: string, parse: (url: string) => SMTPConnection.Options): SMTPConnection.Options {
  const protocol = new URL(smtpUrl).protocol
  if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new Error(`SMTP URL must use smtp:// or smtps://, not ${protocol}`)
  return { ...parse(smtpUrl), ...SMTP_TIMEOUTS }
}

/**
 * Development without a relay: the RFC 5322 message nodemailer would have sent, written to `catchDir` so that a
 * developer can open it in a mail client. Returns the file's path.
 */
export async function writeCaughtMail(catchDir: string, message: Buffer): Promise<string> {
  await mkdir(catchDir, { recursive: true })
  // Colons are not allowed in file names on every system; the time stays readable and sortable without them.
  const stamp = new Date().toISOString().replaceAll(':', '-')
  const file = path.join(catchDir, `${stamp}-${randomBytes(4).toString('hex')}.eml`)
  await writeFile(file, message)
  return file
}

/** MAIL_FROM as Payload wants it: `NSPM <nspm@example.se>` or a bare address. */
export function parseMailFrom(from: string): { name: string; address: string } {
  const named = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from)
  if (named) return { name: named[1]!.trim(), address: named[2]! }
  const bare = from.trim()
  if (/^[^<>\s]+@[^<>\s]+$/.test(bare)) return { name: '', address: bare }
  throw new Error('MAIL_FROM must be an address, optionally with a name: NSPM <nspm@example.se>')
}
