import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

type SinkOptions = {
  /** An SMTP reply code (550: refused for good, 451: try later) with which RCPT TO refuses the address; undefined accepts it. */
  refuse?: (address: string) => number | undefined
  /** Keep only each message's envelope, unparsed: the benchmark receives 20,000 messages. */
  envelopesOnly?: boolean
}

/** A real SMTP server in the test process that keeps every message it receives, parsed. */
export class SmtpSink {
  readonly messages: ParsedMail[] = []
  /** The RCPT TO addresses of every message accepted, in the order they arrived (also with `envelopesOnly`). */
  readonly envelopes: string[][] = []
  private server: SMTPServer | undefined
  port = 0

  constructor(private readonly options: SinkOptions = {}) {}

  async start(port = 0): Promise<this> {
    const { refuse, envelopesOnly } = this.options
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const code = refuse?.(address.address)
        if (code === undefined) return callback()
        callback(Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code }))
      },
      onData: (stream, session, callback) => {
        const recipients = session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase())
        if (envelopesOnly) {
          stream.on('end', () => (this.envelopes.push(recipients), callback()))
          stream.resume()
          return
        }
        simpleParser(stream)
          .then((mail) => {
            this.envelopes.push(recipients)
            this.messages.push(mail)
            callback()
          })
          .catch(callback)
      },
    })
    // A client that dies mid-conversation (a sender killed on purpose) resets its socket: not the sink's failure.
    this.server.on('error', () => {})
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve))
    this.port = (this.server.server.address() as { port: number }).port
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
    this.server = undefined
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`
  }

  to(address: string): ParsedMail[] {
    return this.messages.filter((mail) => JSON.stringify(mail.to).toLowerCase().includes(address.toLowerCase()))
  }

  /** How many messages each envelope recipient got. */
  countsByRecipient(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const address of this.envelopes.flat()) counts.set(address, (counts.get(address) ?? 0) + 1)
    return counts
  }

  /** Waits until `count` messages for the address have arrived. */
  async waitFor(address: string, count = 1, timeoutMs = 10_000): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const found = this.to(address)
      if (found.length >= count) return found
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`Expected ${count} message(s) for the address within ${timeoutMs} ms, got ${this.to(address).length}`)
  }
}
