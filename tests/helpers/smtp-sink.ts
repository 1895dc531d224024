import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server in the test process that keeps every message it receives, parsed. */
export class SmtpSink {
  readonly messages: ParsedMail[] = []
  private server: SMTPServer | undefined
  port = 0

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail)
            callback()
          })
          .catch(callback)
      },
    })
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
