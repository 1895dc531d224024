import type { MikroORM } from '@mikro-orm/postgresql'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { ResponseCache } from '../cache/response-cache'
import type { Outcome } from './access-log'
import { registerNewsletterMetrics } from './newsletter-metrics'
import { registerOutboxMetrics } from './outbox-metrics'
import type { NewsletterObserver } from '../modules/newsletter-sending/sender'
import { registerPoolMetrics } from './pool-metrics'
import type { RequestRecord } from './request-record'

/** What the access log hands over for every finished request. */
export type RequestMetrics = { observe(record: RequestRecord, outcome: Outcome, seconds: number): void }

export type ApiMetrics = RequestMetrics & { registry: Registry; newsletter: NewsletterObserver }

/** Operation names are chosen by clients: the first this many get a label of their own, later ones share `(other)`. */
const MAX_OPERATION_LABELS = 200

/**
 * The API's Prometheus metrics (prom-client), in a registry of their own: requests by operation and outcome, their
 * latency, response-cache results, limit refusals, the database pool, the email outbox, newsletter messages, and prom-client's process
 * metrics (CPU, memory, event loop lag, GC). Per request this costs a counter and a histogram update; the pool and
 * the outbox are read when Prometheus scrapes.
 */
export function createApiMetrics({ orm, cache }: { orm: MikroORM; cache?: ResponseCache }): ApiMetrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const requests = new Counter({
    name: 'nspm_api_requests_total',
    help: 'HTTP requests answered, by GraphQL operation name ((none) for other routes) and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  })
  const duration = new Histogram({
    name: 'nspm_api_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by GraphQL operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const cacheResults = new Counter({
    name: 'nspm_api_response_cache_requests_total',
    help: "Cacheable /graphql requests by result: hit (answered from this replica's cache), miss (executed), coalesced (shared an identical execution).",
    labelNames: ['result'] as const,
    registers: [registry],
  })
  const refusals = new Counter({
    name: 'nspm_api_rate_limit_refusals_total',
    help: 'Requests refused with 429 RATE_LIMITED, by the limit policy that refused them.',
    labelNames: ['policy'] as const,
    registers: [registry],
  })
  if (cache) registerCacheSize(registry, cache)
  registerPoolMetrics(registry, orm)
  registerOutboxMetrics(registry, orm)
  const newsletter = registerNewsletterMetrics(registry)

  const known = new Set<string>()
  const operationLabel = (record: RequestRecord): string => {
    const name = record.operation
    if (name === undefined) return '(none)'
    if (known.has(name)) return name
    if (known.size >= MAX_OPERATION_LABELS) return '(other)'
    known.add(name)
    return name
  }

  return {
    registry,
    newsletter,
    observe(record, outcome, seconds) {
      const operation = operationLabel(record)
      requests.inc({ operation, outcome })
      duration.observe({ operation }, seconds)
      if (record.cache) cacheResults.inc({ result: record.cache })
      if (record.refusedPolicy) refusals.inc({ policy: record.refusedPolicy })
    },
  }
}

function registerCacheSize(registry: Registry, cache: ResponseCache): void {
  new Gauge({
    name: 'nspm_api_response_cache_entries',
    help: "Responses held in this replica's response cache.",
    registers: [registry],
    collect() {
      this.set(cache.size.entries)
    },
  })
  new Gauge({
    name: 'nspm_api_response_cache_bytes',
    help: "Bytes of responses held in this replica's response cache.",
    registers: [registry],
    collect() {
      this.set(cache.size.bytes)
    },
  })
}
