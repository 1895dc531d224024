import { serverMemory } from '../../bench/processes'
import type { Operation } from './workload'

export type LoadFigures = {
  seconds: number
  concurrency: number
  requests: number
  requestsPerSecond: number
  writes: number
  latencyMs: { p50: number; p99: number; max: number }
  statuses: Record<string, number>
  errorCodes: Record<string, number>
  transportErrors: number
  byKind: Record<string, number>
  /** Resident memory of the API process, sampled every 5 s, in MB. */
  rssMb: number[]
  acknowledged: { orders: string[]; subscriptions: number }
}

/** Resident set size of the API process, in MB (read the same way as the benchmark reads its servers). */
function residentMb(pid: number): number {
  const memory = serverMemory(pid)
  if (!memory) throw new Error(`The API process ${pid} is gone`)
  return Math.round(memory.rssMb)
}

/**
 * Closed-loop load: `concurrency` clients each send the next operation as soon as the previous answer is in, for
 * `seconds`. Every answer is classified by HTTP status and GraphQL error code; acknowledged writes are kept so the
 * caller can check that each exists in the database.
 */
export async function runLoad(options: { url: string; pid: number; seconds: number; concurrency: number; next: () => Operation }): Promise<LoadFigures> {
  const figures: LoadFigures = {
    seconds: options.seconds,
    concurrency: options.concurrency,
    requests: 0,
    requestsPerSecond: 0,
    writes: 0,
    latencyMs: { p50: 0, p99: 0, max: 0 },
    statuses: {},
    errorCodes: {},
    transportErrors: 0,
    byKind: {},
    rssMb: [residentMb(options.pid)],
    acknowledged: { orders: [], subscriptions: 0 },
  }
  const latencies: number[] = []
  const started = Date.now()
  const deadline = started + options.seconds * 1000
  const sampler = setInterval(() => figures.rssMb.push(residentMb(options.pid)), 5_000)

  const client = async () => {
    while (Date.now() < deadline) {
      const operation = options.next()
      const sentAt = performance.now()
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': operation.clientIp },
          body: JSON.stringify(operation.body),
          signal: AbortSignal.timeout(30_000),
        })
        const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] }
        latencies.push(performance.now() - sentAt)
        count(figures.statuses, String(response.status))
        for (const error of body.errors ?? []) count(figures.errorCodes, error.extensions?.code ?? 'NO_CODE')
        if (operation.write && !body.errors) acknowledge(figures, operation, body.data)
      } catch {
        figures.transportErrors += 1
      }
      figures.requests += 1
      if (operation.write) figures.writes += 1
      count(figures.byKind, operation.kind)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, client))
  clearInterval(sampler)
  figures.rssMb.push(residentMb(options.pid))
  figures.requestsPerSecond = Math.round(figures.requests / ((Date.now() - started) / 1000))
  latencies.sort((a, b) => a - b)
  const at = (share: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0)
  figures.latencyMs = { p50: at(0.5), p99: at(0.99), max: Math.round(latencies.at(-1) ?? 0) }
  return figures
}

function acknowledge(figures: LoadFigures, operation: Operation, data: Record<string, unknown> | null | undefined): void {
  if (operation.kind === 'subscribeToNewsletter') figures.acknowledged.subscriptions += 1
  const input = operation.body.variables?.input as { idempotencyKey?: string } | undefined
  if (operation.kind === 'orderMaterial' && data?.orderMaterial && input?.idempotencyKey) figures.acknowledged.orders.push(input.idempotencyKey)
}

function count(counter: Record<string, number>, key: string): void {
  counter[key] = (counter[key] ?? 0) + 1
}
