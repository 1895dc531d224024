import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../api/src/config'

describe('DATABASE_REPLICA_URLS is checked without echoing it', () => {
  it('names a bad entry by position, never its text (URLs carry passwords)', () => {
    const env = { DATABASE_URL: 'postgres://u@127.0.0.1/db', DATABASE_REPLICA_URLS: 'postgres://r@127.0.0.1/db, secret-word' }
    expect(() => loadConfig(env)).toThrow(/DATABASE_REPLICA_URLS: must be postgres:\/\/ URLs, comma-separated \(entry 2 is not\)/)
    expect(() => loadConfig(env)).not.toThrow(/secret-word/)
    expect(loadConfig({ DATABASE_URL: env.DATABASE_URL, DATABASE_REPLICA_URLS: 'postgres://a@h1/db,postgresql://b@h2/db' }).replicaUrls).toEqual([
      'postgres://a@h1/db',
      'postgresql://b@h2/db',
    ])
    expect(loadConfig({ DATABASE_URL: env.DATABASE_URL }).replicaUrls).toEqual([])
  })
})
