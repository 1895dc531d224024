import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DATA_DIR } from './paths'

type LocalSecrets = { payloadSecret: string; embeddedPostgresPassword: string; webhookSecretsKey: string }

const SECRETS_FILE = path.join(DATA_DIR, 'secrets.json')

/**
 * Secrets for a local installation, generated on first start and kept in .data/ (mode 0600), so that no
 * fixed default ever protects a database or signs a session. Production sets them in the environment.
 */
export function localSecrets(): LocalSecrets {
  const stored = existsSync(SECRETS_FILE) ? (JSON.parse(readFileSync(SECRETS_FILE, 'utf8')) as Partial<LocalSecrets>) : {}
  const secrets: LocalSecrets = {
    payloadSecret: stored.payloadSecret ?? randomBytes(32).toString('hex'),
    embeddedPostgresPassword: stored.embeddedPostgresPassword ?? randomBytes(18).toString('base64url'),
    // Added later than the others: an installation from before webhooks gets it on its next start.
    webhookSecretsKey: stored.webhookSecretsKey ?? randomBytes(32).toString('base64'),
  }
  if (Object.keys(stored).length < Object.keys(secrets).length) {
    mkdirSync(DATA_DIR, { recursive: true })
    writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  }
  return secrets
}
