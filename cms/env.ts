import { z } from 'zod'
import { CHECK_DEFAULTS } from '../contracts/coordinator-checks'
import { DEFAULT_MAIL_CATCH_DIR, DEFAULT_MAIL_FROM, parseMailFrom } from './mail/smtp'
import { DEFAULT_LOG_LEVEL, LOG_LEVELS, type LogLevel } from './logging/log-options'
import { parseSecretsKey } from './webhooks/secret'

/**
 * The CMS's view of the environment, parsed once. The start script (runtime/start.ts) resolves the database
 * (embedded or DATABASE_URL) and the secret before it spawns Next, so here both are required.
 */
const schema = z.object({
  DATABASE_URL: z.string().min(1, 'DATABASE_URL is required (npm start sets it for the embedded database)'),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET must be at least 32 characters'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  CMS_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** Comma-separated origins allowed for CORS and CSRF, besides the CMS's own. */
  CMS_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+\/?$/, 'each origin is scheme://host[:port], e.g. https://www.example.se'))),
  /** Drizzle schema push instead of migrations: only `npm run dev` turns it on, on its own database. */
  PAYLOAD_SCHEMA_PUSH: z.enum(['true', 'false']).default('false'),
  PAYLOAD_MEDIA_DIR: z.string().optional(),
  /** PostgreSQL connections of the CMS (node-postgres's default is 10). */
  CMS_DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** How long a request waits for a free connection before it fails. */
  CMS_DB_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** Coordinators whose contact details nobody confirmed for this many months stand out in the admin. */
  CMS_VERIFY_AFTER_MONTHS: z.coerce.number().int().min(1).max(120).default(6),
  /** Active coordinators are asked by email to confirm their details this many months after the last verification. */
  CMS_CHECK_EVERY_MONTHS: z.coerce.number().int().min(1).max(120).default(CHECK_DEFAULTS.everyMonths),
  /** How often the CMS runs the check cycle (requests, reminders, escalation); 0 turns the timer off. */
  CMS_CHECK_RUN_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** The relay the API's outbox uses too. Unset: Payload's emails (password reset) are caught as .eml files. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z
    .string()
    .default(DEFAULT_MAIL_FROM)
    .refine((value) => {
      try {
        return Boolean(parseMailFrom(value))
      } catch {
        return false
      }
    }, 'an address, optionally with a name: NSPM <nspm@example.se>'),
  MAIL_CATCH_DIR: z.string().default(DEFAULT_MAIL_CATCH_DIR),
  /** Seals webhook signing secrets at rest (cms/webhooks/secret.ts); the API needs the same key to sign. */
  WEBHOOK_SECRETS_KEY: z
    .string()
    .optional()
    .refine((value) => !value || parseSecretsKey(value) !== null, '32 bytes as base64 or hex, e.g. from `openssl rand -base64 32`'),
  /** The least severe of Payload's log lines written (JSON lines on stdout, as the API's). */
  LOG_LEVEL: z.enum(LOG_LEVELS).default(DEFAULT_LOG_LEVEL),
})

export type CmsEnv = {
  databaseUrl: string
  secret: string
  isProduction: boolean
  publicUrl: string
  allowedOrigins: string[]
  /** Auth cookies carry `Secure`: in production and whenever the admin is served over https. */
  secureCookies: boolean
  schemaPush: boolean
  mediaDir: string | undefined
  pool: { max: number; connectionTimeoutMillis: number }
  /** After how many months without a verification a coordinator counts as stale (never verified: always). */
  verifyAfterMonths: number
  /** The coordinator check cycle (cms/coordinators/cycle.ts): months between requests, seconds between runs (0: no timer). */
  checks: { everyMonths: number; runSeconds: number }
  /** Unset: webhook endpoints cannot be registered (the admin says so). */
  webhookSecretsKey: Buffer | undefined
  /** Payload's own emails (password reset): through smtpUrl, or into catchDir when it is unset. */
  mail: { smtpUrl: string | undefined; from: { name: string; address: string }; catchDir: string }
  logLevel: LogLevel
}

function parse(): CmsEnv {
  const result = schema.safeParse(process.env)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`CMS configuration is invalid: ${problems}`)
  }
  const env = result.data
  const isProduction = env.NODE_ENV === 'production'
  return {
    databaseUrl: env.DATABASE_URL,
    secret: env.PAYLOAD_SECRET,
    isProduction,
    publicUrl: env.CMS_PUBLIC_URL,
    // Browsers send Origin without a path or trailing slash; the public URL may have either.
    allowedOrigins: [new URL(env.CMS_PUBLIC_URL).origin, ...env.CMS_ALLOWED_ORIGINS.map((origin) => new URL(origin).origin)],
    // Browsers (Chromium, Firefox) keep Secure cookies from http://localhost too: localhost is a secure context.
    secureCookies: isProduction || new URL(env.CMS_PUBLIC_URL).protocol === 'https:',
    schemaPush: env.PAYLOAD_SCHEMA_PUSH === 'true',
    mediaDir: env.PAYLOAD_MEDIA_DIR,
    pool: { max: env.CMS_DB_POOL_MAX, connectionTimeoutMillis: env.CMS_DB_CONNECTION_TIMEOUT_MS },
    verifyAfterMonths: env.CMS_VERIFY_AFTER_MONTHS,
    checks: { everyMonths: env.CMS_CHECK_EVERY_MONTHS, runSeconds: env.CMS_CHECK_RUN_SECONDS },
    webhookSecretsKey: env.WEBHOOK_SECRETS_KEY ? (parseSecretsKey(env.WEBHOOK_SECRETS_KEY) ?? undefined) : undefined,
    mail: { smtpUrl: env.SMTP_URL, from: parseMailFrom(env.MAIL_FROM), catchDir: env.MAIL_CATCH_DIR },
    logLevel: env.LOG_LEVEL,
  }
}

export const cmsEnv: CmsEnv = parse()
