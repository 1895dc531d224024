import { z } from 'zod'

/** The API's only reader of process.env, parsed once (see .env.example). */
const schema = z.object({
  DATABASE_URL: z.string().url(),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  API_HOST: z.string().default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Introspection on by default: this is an open-data API whose schema is public anyway (schema.graphql). */
  API_INTROSPECTION: z.enum(['true', 'false']).default('true'),
  API_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** The CMS's public address: uploaded files are served from there. */
  CMS_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
})

export type ApiConfig = {
  databaseUrl: string
  port: number
  host: string
  isProduction: boolean
  introspection: boolean
  poolMax: number
  cmsUrl: string
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const result = schema.safeParse(given)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`API configuration is invalid: ${problems}`)
  }
  const parsed = result.data
  return {
    databaseUrl: parsed.DATABASE_URL,
    port: parsed.API_PORT,
    host: parsed.API_HOST,
    isProduction: parsed.NODE_ENV === 'production',
    introspection: parsed.API_INTROSPECTION === 'true',
    poolMax: parsed.API_POOL_MAX,
    cmsUrl: parsed.CMS_PUBLIC_URL,
  }
}
