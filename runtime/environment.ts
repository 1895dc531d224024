import { z } from 'zod'
import { DEFAULT_EMBEDDED_PORT } from './database'
import { StartupError } from './errors'
import { localSecrets } from './secrets'

/** What the start, migrate and seed commands read from the environment (see .env.example). */
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(DEFAULT_EMBEDDED_PORT),
  PAYLOAD_SECRET: z.string().min(32).optional(),
  WEBHOOK_SECRETS_KEY: z.string().optional(),
  CMS_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where browsers reach the admin (behind a proxy: its https address); CORS, CSRF and cookies follow it. */
  CMS_PUBLIC_URL: z.string().url().optional(),
  API_PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
})

export type RuntimeEnv = {
  databaseUrl: string | undefined
  embeddedPort: number
  payloadSecret: string
  /** Shared by the CMS (seals webhook secrets) and the API (signs with them); unset in production: no webhooks. */
  webhookSecretsKey: string | undefined
  cmsPort: number
  cmsPublicUrl: string
  apiPort: number
  admin: { email: string; password: string } | undefined
  adminEmail: string | undefined
  isProduction: boolean
}

export function readRuntimeEnv(env: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  // An empty variable (`DATABASE_URL=`) means unset, as in a shell or a compose file.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const result = schema.safeParse(given)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new StartupError(`The environment is invalid: ${problems}.`, 'See .env.example for every variable and its default.')
  }
  const parsed = result.data
  const isProduction = parsed.NODE_ENV === 'production'
  if (isProduction && !parsed.PAYLOAD_SECRET) {
    throw new StartupError('PAYLOAD_SECRET must be set in production.', 'Generate one with: openssl rand -hex 32')
  }
  return {
    databaseUrl: parsed.DATABASE_URL,
    embeddedPort: parsed.EMBEDDED_POSTGRES_PORT,
    payloadSecret: parsed.PAYLOAD_SECRET ?? localSecrets().payloadSecret,
    webhookSecretsKey: parsed.WEBHOOK_SECRETS_KEY ?? (isProduction ? undefined : localSecrets().webhookSecretsKey),
    cmsPort: parsed.CMS_PORT,
    cmsPublicUrl: parsed.CMS_PUBLIC_URL ?? `http://localhost:${parsed.CMS_PORT}`,
    apiPort: parsed.API_PORT,
    admin: parsed.ADMIN_EMAIL && parsed.ADMIN_PASSWORD ? { email: parsed.ADMIN_EMAIL, password: parsed.ADMIN_PASSWORD } : undefined,
    adminEmail: parsed.ADMIN_EMAIL,
    isProduction,
  }
}
