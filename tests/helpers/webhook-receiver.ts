import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'

type WebhookBody = { type: string; timestamp: string; data: { type: string; id: string; action: string; changeId: string } }
/** One request that carried a valid signature, as the receiver saw it. */
export type ReceivedEvent = { webhookId: string; webhookTimestamp: number; body: WebhookBody; raw: string; headers: http.IncomingHttpHeaders; at: number }
/** What the receiver answers a request: a status, after an optional delay. */
export type Behaviour = (request: { webhookId: string; seen: number }) => { status: number; delayMs?: number; headers?: Record<string, string> }

/**
 * A partner's receiving server: real node:http on 127.0.0.1, verifying every request with the `standardwebhooks`
 * package (the specification's own implementation, independent of ours) against the secret it was given. Valid
 * events are recorded in arrival order; invalid ones are answered 400 and counted. It can be stopped and started
 * again on the same port (a partner that is down and comes back).
 */
export class WebhookReceiver {
  readonly events: ReceivedEvent[] = []
  /** Requests whose signature (or timestamp) did not verify. */
  readonly rejected: string[] = []
  /** Every request's webhook-id, answered or not (a timed-out attempt is here too). */
  readonly requests: string[] = []
  /** Requests answered so far (after their delay). */
  answered = 0
  /** Requests whose connection the sender closed before they were answered (its timeout), and when. */
  readonly abandoned: { webhookId: string; at: number }[] = []
  secrets: string[] = []
  behaviour: Behaviour = () => ({ status: 204 })
  private server?: http.Server
  private sockets = new Set<import('node:net').Socket>()
  port = 0

  async start(port = this.port): Promise<this> {
    const server = http.createServer((request, response) => void this.handle(request, response))
    server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', resolve)
    })
    this.server = server
    this.port = (server.address() as AddressInfo).port
    return this
  }

  /** Closes the port and every open connection: the partner is down. */
  async stop(): Promise<void> {
    const server = this.server
    this.server = undefined
    for (const socket of this.sockets) socket.destroy()
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  url(host = '127.0.0.1', path = '/hooks/nspm'): string {
    return `http://${host}:${this.port}${path}`
  }

  /** The events about one document, in arrival order. */
  eventsFor(type: string, id: number | string): ReceivedEvent[] {
    return this.events.filter((event) => event.body.data.type === type && event.body.data.id === String(id))
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString('utf8')
    const webhookId = String(request.headers['webhook-id'] ?? '')
    const seen = this.requests.filter((id) => id === webhookId).length
    this.requests.push(webhookId)
    let done = false
    request.socket.once('close', () => {
      if (!done) this.abandoned.push({ webhookId, at: Date.now() })
    })
    const { status, delayMs = 0, headers = {} } = this.behaviour({ webhookId, seen })
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (request.socket.destroyed) return
    const verified = this.secrets.some((secret) => {
      try {
        new Webhook(secret).verify(raw, request.headers as Record<string, string>)
        return true
      } catch {
        return false
      }
    })
    if (!verified) {
      this.rejected.push(webhookId)
      done = true
      response.writeHead(400).end('bad signature')
      return
    }
    if (status >= 200 && status < 300) {
      this.events.push({
        webhookId,
        webhookTimestamp: Number(request.headers['webhook-timestamp']),
        body: JSON.parse(raw) as WebhookBody,
        raw,
        headers: request.headers,
        at: Date.now(),
      })
    }
    this.answered += 1
    done = true
    response.writeHead(status, headers).end()
  }
}
