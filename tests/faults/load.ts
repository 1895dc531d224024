import { randomBytes } from 'node:crypto'
import { ORDER_MUTATION, orderInput, postGraphql, sleep, SUBSCRIBE_MUTATION, subscribeInput, type GraphqlReply, type OrderReply, type SubscribeReply } from './helpers'

export type IntakeLoad = {
  /** Acknowledged orders by idempotency key. */
  orders: Map<string, { email: string; orderNumber: string }>
  /** Acknowledged subscriptions by address. */
  subscriptions: Set<string>
  /** HTTP statuses seen, with counts. */
  statuses: Map<number, number>
  /** Answers that were neither a success nor SERVICE_UNAVAILABLE (503), e.g. "500 INTERNAL_SERVER_ERROR". */
  unexpected: string[]
  /** Requests that got no HTTP answer at all (refused, reset). */
  networkErrors: string[]
  acknowledged: () => number
  /** No new operations; resolves once every started one is acknowledged. */
  stop(): Promise<void>
}

/**
 * `clients` careful clients, each placing orders and subscribing in turn and retrying every operation with the
 * same input (idempotency key, address) until it is acknowledged with HTTP 200 and data.
 */
export function startIntakeLoad({ base, publicationId, clients }: { base: string; publicationId: string; clients: number }): IntakeLoad {
  const load: Omit<IntakeLoad, 'stop'> = {
    orders: new Map(),
    subscriptions: new Set(),
    statuses: new Map(),
    unexpected: [],
    networkErrors: [],
    acknowledged: () => load.orders.size + load.subscriptions.size,
  }
  let running = true
  let next = 0

  const untilAcknowledged = async <T>(send: () => Promise<GraphqlReply<T>>, acknowledged: (data: T) => boolean): Promise<T> => {
    const deadline = Date.now() + 60_000
    for (;;) {
      try {
        const reply = await send()
        load.statuses.set(reply.status, (load.statuses.get(reply.status) ?? 0) + 1)
        if (reply.status === 200 && reply.data && acknowledged(reply.data)) return reply.data
        const codes = reply.errors?.map((error) => error.extensions?.code ?? 'none') ?? []
        if (reply.status !== 503 || codes.some((code) => code !== 'SERVICE_UNAVAILABLE')) load.unexpected.push(`${reply.status} ${codes.join(',')}`)
      } catch (error) {
        load.networkErrors.push(String((error as Error).cause ?? error))
      }
      if (Date.now() > deadline) throw new Error('an operation was not acknowledged within 60 s')
      await sleep(150)
    }
  }

  const client = async () => {
    while (running) {
      const n = next++
      // One address per operation: the per-client rate limits (10 orders, 20 subscriptions an hour) stay out of the way.
      const headers = { 'x-forwarded-for': `10.88.${n >> 8}.${n & 255}` }
      if (n % 2 === 0) {
        const key = `load-${n}-${randomBytes(6).toString('hex')}`
        const email = `order-${n}@faults.example.org`
        const input = orderInput(key, publicationId, 1 + (n % 5), email)
        const data = await untilAcknowledged(
          () => postGraphql<OrderReply>(`${base}/graphql`, ORDER_MUTATION, { input }, headers),
          (reply) => !!reply.orderMaterial,
        )
        load.orders.set(key, { email, orderNumber: data.orderMaterial!.orderNumber })
      } else {
        const email = `subscriber-${n}@faults.example.org`
        await untilAcknowledged(
          () => postGraphql<SubscribeReply>(`${base}/graphql`, SUBSCRIBE_MUTATION, { input: subscribeInput(email) }, headers),
          (reply) => reply.subscribeToNewsletter?.accepted === true,
        )
        load.subscriptions.add(email)
      }
    }
  }
  const running$ = Array.from({ length: clients }, () => client())
  return {
    ...load,
    stop: async () => {
      running = false
      await Promise.all(running$)
    },
  }
}
