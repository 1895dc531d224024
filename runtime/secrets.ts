import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DATA_DIR } from './paths'

type LocalSecrets = { payloadSecret: string; embeddedPostgresPassword: string }

const SECRETS_FILE = path.join(DATA_DIR, 'secrets.json')

/**
 * Secrets for a local installation, generated on first start and kept in .data/ (mode 0600), so that no
 * fixed default ever protects a database or signs a session. Production sets them in the environment.
 */
export function localSecrets(): LocalSecrets {
  if (existsSync(SECRETS_FILE)) return JSON.parse(readFileSync(SECRETS_FILE, 'utf8')) as LocalSecrets
  mkdirSync(DATA_DIR, { recursive: true })
  const secrets: LocalSecrets = {
    payloadSecret: randomBytes(32).toString('hex'),
    embeddedPostgresPassword: randomBytes(18).toString('base64url'),
  }
  writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return secrets
}
