import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import { judgeHost, type ResolvedAddress } from '../../../cms/webhooks/address-policy'
import type { DeliveryErrorKind } from '../../../contracts/webhooks'
import { webhookUrlProblem } from '../../../cms/webhooks/url'

export type PostOutcome = { ok: true; status: number } | { ok: false; error: DeliveryErrorKind; detail?: string; status?: number; retryAfterMs?: number }

type PostOptions = {
  url: string
  body: string
  headers: Record<string, string>
  allowPrivate: boolean
  timeoutMs: number
  /** Aborts the attempt (shutdown). */
  signal?: AbortSignal
}

/** Enough of a partner's answer to know it arrived; the rest is not read. */
const MAX_RESPONSE_BYTES = 64 * 1024

/**
 * One webhook attempt, as SSRF-safe as the platform can make it: http(s) only; the host resolved once and every
 * address judged (address-policy.ts); the connection made only to those checked addresses (a lookup that answers
 * from them, so a second DNS answer cannot swap the address between the check and the connect); redirects never
 * followed; one deadline for DNS, connect, TLS and the answer's headers.
 */
export async function postWebhook({ url, body, headers, allowPrivate, timeoutMs, signal }: PostOptions): Promise<PostOutcome> {
  if (webhookUrlProblem(url)) return { ok: false, error: 'invalid-url' }
  const target = new URL(url)
  const deadline = Date.now() + timeoutMs
  const host = await judgeHost(target.hostname, allowPrivate, timeoutMs)
  if (!host.allowed) return host.reason === 'refused' ? { ok: false, error: 'address-refused', detail: host.range } : { ok: false, error: 'dns', detail: host.code }
  if (signal?.aborted) return { ok: false, error: 'aborted' }
  const remaining = deadline - Date.now()
  if (remaining <= 0) return { ok: false, error: 'timeout' }

  return new Promise<PostOutcome>((resolve) => {
    let settled = false
    const settle = (outcome: PostOutcome) => {
      if (settled) return
      settled = true
      resolve(outcome)
    }
    const request = (target.protocol === 'https:' ? https : http).request(target, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'NSPM-Webhooks/1' },
      lookup: checkedLookup(host.addresses),
      // A fresh connection per attempt: a pooled socket could outlive the address check.
      agent: false,
    })
    // Also ends a body that is still streaming after its status was read: the socket never outlives the deadline.
    const timer = setTimeout(() => {
      settle({ ok: false, error: 'timeout' })
      request.destroy()
    }, remaining)
    request.on('close', () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    })
    const onAbort = () => {
      settle({ ok: false, error: 'aborted' })
      request.destroy()
    }
    signal?.addEventListener('abort', onAbort)
    request.on('response', (response) => {
      settle(outcomeOf(response))
      let received = 0
      response.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received > MAX_RESPONSE_BYTES) response.destroy()
      })
      response.on('error', () => {})
    })
    request.on('error', (error) => settle({ ok: false, ...classify(error) }))
    request.end(body)
  })
}

/** Answers Node's connect-time lookup from the addresses already judged (all of them when asked for all). */
function checkedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const first = addresses[0]
    if (!first) return callback(Object.assign(new Error('no checked address'), { code: 'ENOTFOUND' }), '', 4)
    if (options.all) return (callback as unknown as (error: null, all: ResolvedAddress[]) => void)(null, [...addresses])
    callback(null, first.address, first.family)
  }
}

function outcomeOf(response: http.IncomingMessage): PostOutcome {
  const status = response.statusCode ?? 0
  if (status >= 200 && status < 300) return { ok: true, status }
  if (status === 410) return { ok: false, error: 'gone', status }
  if (status >= 300 && status < 400) return { ok: false, error: 'redirect', status }
  return { ok: false, error: 'http-status', status, retryAfterMs: retryAfter(response.headers['retry-after']) }
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfter(value: string | undefined): number | undefined {
  if (!value) return undefined
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - Date.now()
  return Number.isFinite(ms) && ms > 0 ? ms : undefined
}

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/

function classify(error: Error): { error: DeliveryErrorKind; detail?: string } {
  const code = 'code' in error && typeof error.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(error.code) ? error.code : undefined
  if (code === 'ECONNREFUSED') return { error: 'connection-refused', detail: code }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') return { error: 'connection-reset', detail: code }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ETIMEDOUT') return { error: 'unreachable', detail: code }
  if (code && TLS_CODE.test(code)) return { error: 'tls', detail: code }
  return { error: 'network', detail: code }
}
