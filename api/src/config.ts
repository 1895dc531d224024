import { z } from 'zod'
import { DEFAULT_MAIL_CATCH_DIR, DEFAULT_MAIL_FROM } from '../../cms/mail/smtp'
import { DEFAULT_LOG_LEVEL, LOG_LEVELS, type LogLevel } from '../../cms/logging/log-options'
import { parseSecretsKey } from '../../cms/webhooks/secret'
import type { CorsOrigins } from './cors'
import { parseTrustProxy, type TrustProxy } from './limits/client-address'
import { DEFAULT_QUERIES_PER_MINUTE } from './limits/policy'
import { DEFAULT_SEND_RATE_PER_MINUTE } from '../../contracts/newsletter-issues'

/**
 * TRUST_PROXY: `false` (the socket's address is the client), `true` (proxies on this host or a private network), a
 * hop count, or a comma-separated list of proxy addresses, CIDR ranges and proxy-addr's names.
 */
const trustProxy = z.string().transform((value, context): TrustProxy => {
  try {
    return parseTrustProxy(value)
  } catch {
    context.addIssue({ code: 'custom', message: 'must be true, false, a hop count, or addresses, CIDR ranges, loopback, linklocal or uniquelocal, comma-separated' })
    return z.NEVER
  }
})

/** API_CORS_ORIGINS: `*`, or comma-separated origins exactly as browsers send them (scheme://host[:port], no path). */
const corsOrigins = z.string().transform((value, context): CorsOrigins => {
  if (value.trim() === '*') return '*'
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const invalid = entries.filter((entry) => !isOrigin(entry))
  if (entries.length === 0 || invalid.length > 0) {
    context.addIssue({ code: 'custom', message: `must be * or origins such as https://www.nspm.se, comma-separated (not origins: ${invalid.join(', ') || 'none given'})` })
    return z.NEVER
  }
  return entries
})

/** An origin in the form browsers send it: `new URL(x).origin` gives it back unchanged. */
function isOrigin(entry: string): boolean {
  try {
    const url = new URL(entry)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === entry
  } catch {
    return false
  }
}

/** DATABASE_REPLICA_URLS: PostgreSQL URLs of streaming replicas, comma-separated; empty: none. */
const replicaUrls = z.string().transform((value, context): string[] => {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const invalid = entries.filter((entry) => !/^postgres(ql)?:\/\//.test(entry) || !URL.canParse(entry))
  if (invalid.length > 0) {
    // The URLs carry passwords: say which entry by position, never its text.
    context.addIssue({ code: 'custom', message: `must be postgres:// URLs, comma-separated (entry ${invalid.map((entry) => entries.indexOf(entry) + 1).join(', ')} is not)` })
    return z.NEVER
  }
  return entries
})

/** The API's only reader of process.env, parsed once (see .env.example). */
const schema = z.object({
  DATABASE_URL: z.string().url(),
  /** Public queries read from these streaming replicas while they are up and caught up; the rest stays on DATABASE_URL. */
  DATABASE_REPLICA_URLS: replicaUrls.default([]),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default('0.0.0.0'),
  /** Only an explicit `production` hides field suggestions and the explorer; `npm start` leaves it unset. */
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  /** Introspection on by default: this is an open-data API whose schema is public anyway (schema.graphql). */
  API_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  API_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a request waits for a database connection before it is answered SERVICE_UNAVAILABLE (503). */
  API_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** SIGTERM: how long in-flight requests may take to finish before their connections are closed. */
  API_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(300_000).default(10_000),
  /** Public query responses kept in memory and cleared when editors publish (LISTEN nspm_content_changed). */
  API_RESPONSE_CACHE: z.enum(['true', 'false']).default('true'),
  /** How long public query responses may be kept here, by CDNs and by browsers (Cache-Control max-age). */
  API_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Memory for the response cache, in MB. */
  API_RESPONSE_CACHE_MB: z.coerce.number().int().min(1).max(4_096).default(32),
  /** The GraphiQL explorer at GET /graphql; default on except in production. */
  API_EXPLORER: z.enum(['true', 'false']).optional(),
  /** The CMS's public address: uploaded files are served from there. */
  CMS_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** The API's public address, for the links in emails (confirm, unsubscribe, preferences). */
  API_PUBLIC_URL: z.string().url().default('http://localhost:4000'),
  /** Unset in development: mail is caught as .eml files under MAIL_CATCH_DIR instead of being sent. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default(DEFAULT_MAIL_FROM),
  MAIL_CATCH_DIR: z.string().default(DEFAULT_MAIL_CATCH_DIR),
  /** Which proxies may name the client in X-Forwarded-For (the right-most untrusted address is the client). */
  TRUST_PROXY: trustProxy.default(false),
  /** Which origins' pages may call the API from a browser (CORS). */
  API_CORS_ORIGINS: corsOrigins.default('*'),
  /** Queries a client without a key may send per minute to one replica; 0 turns the budget off. */
  API_QUERIES_PER_MINUTE: z.coerce.number().int().min(0).max(100_000_000).default(DEFAULT_QUERIES_PER_MINUTE),
  /** Days after shipping or cancelling before an orderer's personal data is erased. */
  ORDER_PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /** Days the change feed keeps superseded changes and tombstones; a cursor older than that gets CURSOR_EXPIRED. */
  API_CHANGE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  /** Days partner keys' usage counts are kept: a year and a month, to compare a month with the same month a year before. */
  API_KEY_USAGE_RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(400),
  /** Whether this process sends the outbox's email; off for replicas that only serve requests. */
  API_OUTBOX_WORKER: z.enum(['true', 'false']).default('true'),
  /** Newsletter messages per minute over all replicas (the senders share the rate through the database); 0: unthrottled. */
  NEWSLETTER_SEND_RATE: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_SEND_RATE_PER_MINUTE),
  /** Whether this process queues and sends webhooks to partners' endpoints (needs WEBHOOK_SECRETS_KEY). */
  API_WEBHOOK_WORKER: z.enum(['true', 'false']).default('true'),
  /** One webhook attempt's deadline (DNS, connect, TLS, the answer's headers); Standard Webhooks suggests 15–30 s. */
  API_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(60_000).default(15_000),
  /** Opens the webhook signing secrets the CMS sealed (32 bytes, base64 or hex); the CMS needs the same key. */
  WEBHOOK_SECRETS_KEY: z
    .string()
    .optional()
    .refine((value) => value === undefined || parseSecretsKey(value) !== null, '32 bytes as base64 or hex, e.g. from `openssl rand -base64 32`'),
  /** The least severe log lines written (JSON lines on stdout); `info` includes one access line per request. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default(DEFAULT_LOG_LEVEL),
  /** Prometheus metrics at /metrics on this port only, never on API_PORT; unset: no metrics server. */
  API_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
})

export type ApiConfig = {
  databaseUrl: string
  replicaUrls: string[]
  port: number
  host: string
  isProduction: boolean
  explorer: boolean
  introspection: boolean
  poolMax: number
  poolAcquireTimeoutMs: number
  shutdownGraceMs: number
  responseCache: boolean
  cacheMaxAgeSeconds: number
  responseCacheMegabytes: number
  cmsUrl: string
  publicUrl: string
  smtpUrl: string | undefined
  mailFrom: string
  mailCatchDir: string
  trustProxy: TrustProxy
  corsOrigins: CorsOrigins
  queriesPerMinute: number
  orderRetentionDays: number
  changeRetentionDays: number
  keyUsageRetentionDays: number
  outboxWorker: boolean
  newsletterSendRate: number
  webhookWorker: boolean
  webhookTimeoutMs: number
  webhookSecretsKey: Buffer | undefined
  logLevel: LogLevel
  metricsPort: number | undefined
}

export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ApiConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const result = schema.safeParse(given)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`API configuration is invalid: ${problems}`)
  }
  const parsed = result.data
  // Mail "sent" into files inside a container is mail lost, and the one-email-a-day rule then keeps the person
  // from getting another: in production the sending process needs SMTP_URL, unless files were asked for by name.
  if (parsed.NODE_ENV === 'production' && parsed.API_OUTBOX_WORKER === 'true' && !parsed.SMTP_URL && given.MAIL_CATCH_DIR === undefined) {
    throw new Error(
      'API configuration is invalid: SMTP_URL: required in production while API_OUTBOX_WORKER=true (set API_OUTBOX_WORKER=false on replicas that do not send, or MAIL_CATCH_DIR to keep mail as files on purpose)',
    )
  }
  return {
    databaseUrl: parsed.DATABASE_URL,
    replicaUrls: parsed.DATABASE_REPLICA_URLS,
    port: parsed.API_PORT,
    host: parsed.API_HOST,
    isProduction: parsed.NODE_ENV === 'production',
    explorer: parsed.API_EXPLORER ? parsed.API_EXPLORER === 'true' : parsed.NODE_ENV !== 'production',
    introspection: parsed.API_INTROSPECTION === 'true',
    poolMax: parsed.API_POOL_MAX,
    poolAcquireTimeoutMs: parsed.API_POOL_ACQUIRE_TIMEOUT_MS,
    shutdownGraceMs: parsed.API_SHUTDOWN_GRACE_MS,
    responseCache: parsed.API_RESPONSE_CACHE === 'true',
    cacheMaxAgeSeconds: parsed.API_CACHE_MAX_AGE_SECONDS,
    responseCacheMegabytes: parsed.API_RESPONSE_CACHE_MB,
    cmsUrl: parsed.CMS_PUBLIC_URL,
    publicUrl: parsed.API_PUBLIC_URL,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    mailCatchDir: parsed.MAIL_CATCH_DIR,
    trustProxy: parsed.TRUST_PROXY,
    corsOrigins: parsed.API_CORS_ORIGINS,
    queriesPerMinute: parsed.API_QUERIES_PER_MINUTE,
    orderRetentionDays: parsed.ORDER_PERSONAL_DATA_RETENTION_DAYS,
    changeRetentionDays: parsed.API_CHANGE_RETENTION_DAYS,
    keyUsageRetentionDays: parsed.API_KEY_USAGE_RETENTION_DAYS,
    outboxWorker: parsed.API_OUTBOX_WORKER === 'true',
    newsletterSendRate: parsed.NEWSLETTER_SEND_RATE,
    webhookWorker: parsed.API_WEBHOOK_WORKER === 'true',
    webhookTimeoutMs: parsed.API_WEBHOOK_TIMEOUT_MS,
    webhookSecretsKey: parsed.WEBHOOK_SECRETS_KEY ? (parseSecretsKey(parsed.WEBHOOK_SECRETS_KEY) ?? undefined) : undefined,
    logLevel: parsed.LOG_LEVEL,
    metricsPort: parsed.API_METRICS_PORT,
  }
}
