import parsePrometheusTextFormat, { type MetricFamily } from 'parse-prometheus-text-format'
import { inject } from 'vitest'
import { startApi } from '../../runtime/api-server'
import type { ChildServer } from '../../runtime/child-server'
import { freePort } from '../../runtime/ports'
import { jsonLines } from '../helpers/log-capture'

export type ObservedApi = {
  url: string
  pid: number | undefined
  /** http://127.0.0.1:<API_METRICS_PORT>/metrics */
  metricsUrl: string
  /** Every line the process wrote (stdout and stderr), as they came. */
  output: string[]
  /** The lines parsed as JSON (each must be), waiting briefly for pino's asynchronous buffer to reach the pipe. */
  logs: () => Promise<Record<string, unknown>[]>
  stop: () => Promise<void>
}

/**
 * The API's production bundle in a process of its own, as `npm start` runs it, with metrics on a port of their own
 * and a small query budget (3 a minute per client: tests name their client in X-Forwarded-For, trusted here).
 */
export async function startObservedApi(env: Record<string, string> = {}): Promise<ObservedApi> {
  const port = await freePort()
  const metricsPort = await freePort()
  const output: string[] = []
  const child: ChildServer = await startApi({
    port,
    env: {
      ...process.env,
      DATABASE_URL: inject('databaseUrl'),
      API_HOST: '127.0.0.1',
      API_METRICS_PORT: String(metricsPort),
      API_OUTBOX_WORKER: 'false',
      API_WEBHOOK_WORKER: 'false',
      TRUST_PROXY: 'true',
      API_QUERIES_PER_MINUTE: '3',
      LOG_LEVEL: 'info',
      ...env,
    },
    output: (line) => output.push(line),
    readyTimeoutMs: 120_000,
  })
  return {
    url: child.url,
    pid: child.process.pid,
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
    output,
    logs: async () => {
      await new Promise((resolve) => setTimeout(resolve, 300))
      return jsonLines(output)
    },
    stop: child.stop,
  }
}

export type Scrape = { families: MetricFamily[]; text: string }

/**
 * One scrape, parsed by a Prometheus text-format parser (it throws on a malformed line). The parser folds a labelled
 * histogram's series into one, so histogram series are read from the text by `seriesValue`.
 */
export async function scrape(metricsUrl: string): Promise<Scrape> {
  const response = await fetch(metricsUrl)
  if (response.status !== 200) throw new Error(`GET ${metricsUrl}: ${response.status}`)
  const text = await response.text()
  return { families: parsePrometheusTextFormat(text), text }
}

/** The sample of a counter or gauge with these labels (0 when it has none yet). */
export function sampleValue({ families }: Scrape, name: string, labels: Record<string, string> = {}): number {
  const family = families.find((candidate) => candidate.name === name)
  const sample = family?.metrics.find((metric) => Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value))
  return sample?.value === undefined ? 0 : Number(sample.value)
}

/** One series' value, e.g. `nspm_api_request_duration_seconds_count{operation="X"}`, from the exposition text (labels in prom-client's order). */
export function seriesValue({ text }: Scrape, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

/** A GraphQL POST as a browser-less client sends it, from the client address `client`. */
export function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
}
