import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { API_NODE_FLAGS } from '../../runtime/api-server'
import { ROOT } from '../../runtime/paths'

type Service = {
  command?: string[]
  init?: boolean
  env_file?: string | string[]
  environment?: Record<string, string>
  depends_on?: Record<string, { condition: string }>
  ports?: string[]
}

const composeText = readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service> }
const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8')
const packageScripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
const platform = ['release', 'cms', 'api'] as const

/** What an operator would otherwise find out in production: the compose file and the image, read as Docker reads them. */
describe('docker-compose.yml', () => {
  it('runs exactly one process per service, node itself under an init process, never npm or tsx as the tree', () => {
    expect(compose.services.cms?.command).toEqual(['node', '--import', 'tsx', 'runtime/cms-http.ts', '3000'])
    // The same flags as every other start of the API (the heap limits are measured by tests/reliability).
    expect(compose.services.api?.command).toEqual(['node', ...API_NODE_FLAGS, 'api/dist/index.cjs'])
    expect(packageScripts.api, '`npm run api`').toBe(['node', ...API_NODE_FLAGS, 'api/dist/index.cjs'].join(' '))
    expect(compose.services.release?.command).toEqual(['node', '--import', 'tsx', 'runtime/release.ts'])
    for (const name of platform) expect(compose.services[name]?.init, name).toBe(true)
  })

  it('starts the CMS and the API only after the release step succeeded', () => {
    for (const name of ['cms', 'api'] as const) expect(compose.services[name]?.depends_on).toEqual({ release: { condition: 'service_completed_successfully' } })
    expect(compose.services.release?.depends_on).toEqual({ db: { condition: 'service_healthy' } })
  })

  it('requires the public addresses, the secrets and the SMTP server instead of defaulting them', () => {
    for (const variable of ['CMS_PUBLIC_URL', 'API_PUBLIC_URL', 'POSTGRES_PASSWORD', 'PAYLOAD_SECRET', 'WEBHOOK_SECRETS_KEY', 'SMTP_URL']) {
      expect(composeText, variable).toMatch(new RegExp(`\\$\\{${variable}:\\?`))
      expect(composeText, variable).not.toMatch(new RegExp(`\\$\\{${variable}:-`))
    }
    expect(composeText).not.toMatch(/localhost/)
    // The first administrator's variables are optional: needed only while no user exists.
    expect(compose.services.release?.environment?.ADMIN_EMAIL).toBe('${ADMIN_EMAIL:-}')
  })

  it('passes every documented variable through .env and keeps the password out of the URL', () => {
    for (const name of platform) {
      expect(compose.services[name]?.env_file, name).toBe('.env')
      expect(compose.services[name]?.environment?.DATABASE_URL, name).toBe('postgres://nspm@db:5432/nspm')
      expect(compose.services[name]?.environment?.PGPASSWORD, name).toMatch(/^\$\{POSTGRES_PASSWORD:\?/)
      expect(compose.services[name]?.environment?.NODE_ENV, name).toBe('production')
    }
    // Every variable .env.example documents is one compose can be given (it passes .env as it is).
    const documented = readFileSync(path.join(ROOT, '.env.example'), 'utf8').match(/^[A-Z][A-Z0-9_]+(?==)/gm) ?? []
    expect(documented).toEqual(expect.arrayContaining(['API_CHANGE_RETENTION_DAYS', 'API_KEY_USAGE_RETENTION_DAYS', 'API_POOL_MAX', 'MAIL_FROM', 'POSTGRES_PASSWORD']))
  })
})

describe('Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1)
  const final = stages.at(-1) ?? ''

  it('builds in stages on Node 24 and ships production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3)
    for (const stage of stages) expect(stage.split('\n')[0]).toMatch(/^node:24-bookworm-slim\b/)
    expect(dockerfile).toMatch(/npm ci [^\n]*--omit=dev/)
    expect(final).not.toMatch(/^RUN npm ci/m)
    // Next's build cache stays in the build stage.
    expect(dockerfile).toMatch(/rm -rf cms\/\.next\/cache/)
  })

  it('runs as the unprivileged node user with node as the command', () => {
    expect(final).toMatch(/^USER node$/m)
    expect(JSON.parse(final.match(/^CMD (.*)$/m)?.[1] ?? '[]')).toEqual(['node', ...API_NODE_FLAGS, 'api/dist/index.cjs'])
  })
})
