import { z } from 'zod'

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
  CMS_ALLOWED_ORIGINS: z.string().default(''),
  /** Drizzle schema push instead of migrations: only `npm run dev` turns it on, on its own database. */
  PAYLOAD_SCHEMA_PUSH: z.enum(['true', 'false']).default('false'),
  PAYLOAD_MEDIA_DIR: z.string().optional(),
})

export type CmsEnv = {
  databaseUrl: string
  secret: string
  isProduction: boolean
  publicUrl: string
  allowedOrigins: string[]
  schemaPush: boolean
  mediaDir: string | undefined
}

function parse(): CmsEnv {
  const result = schema.safeParse(process.env)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`CMS configuration is invalid: ${problems}`)
  }
  const env = result.data
  const extraOrigins = env.CMS_ALLOWED_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean)
  return {
    databaseUrl: env.DATABASE_URL,
    secret: env.PAYLOAD_SECRET,
    isProduction: env.NODE_ENV === 'production',
    publicUrl: env.CMS_PUBLIC_URL,
    allowedOrigins: [env.CMS_PUBLIC_URL, ...extraOrigins],
    schemaPush: env.PAYLOAD_SCHEMA_PUSH === 'true',
    mediaDir: env.PAYLOAD_MEDIA_DIR,
  }
}

export const cmsEnv: CmsEnv = parse()
