import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Inbox = { port: number; messages: ParsedMail[]; close(): Promise<void> }

/** A real SMTP server in-process; parsed messages land in `messages` before the client hears 250. */
export async function startSmtp(port = 0): Promise<Inbox> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => (messages.push(mail), callback()),
        (error: Error) => callback(error),
      )
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const bound = (server.server.address() as AddressInfo).port
  return { port: bound, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** The `To:` header line as sent (mailparser's parsed form differs by version). */
export const toHeader = (mail: ParsedMail | undefined): string | undefined => mail?.headerLines.find((line) => line.key === 'to')?.line
