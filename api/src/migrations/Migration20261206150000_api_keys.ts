import { Migration } from '@mikro-orm/migrations'

/**
 * Partner API keys: each issued key's SHA-256, written by the CMS when it issues the key and read by the API to find
 * a key (outside Payload's tables, so that no Payload read can reach it); and requests per key and UTC day, added to
 * by every API replica from its in-memory counts (keys/key-usage.ts). The keys themselves are Payload's
 * (`api_keys`, collection `api-keys`); no foreign keys into Payload's tables (see the intake migration): the CMS
 * deletes a key's hash and counts with it, and the retention job drops old days and counts left of a deleted key.
 */
export class Migration20261206150000ApiKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE nspm_api.api_key_hashes (
        key_id integer PRIMARY KEY,
        hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`)
    this.addSql(`
      CREATE TABLE nspm_api.api_key_usage (
        key_id integer NOT NULL,
        day date NOT NULL,
        requests bigint NOT NULL DEFAULT 0,
        limited bigint NOT NULL DEFAULT 0,
        refused bigint NOT NULL DEFAULT 0,
        last_used_at timestamptz,
        PRIMARY KEY (key_id, day)
      )`)
    // The retention job deletes by day across keys.
    this.addSql('CREATE INDEX api_key_usage_day_idx ON nspm_api.api_key_usage (day)')
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE nspm_api.api_key_usage')
    this.addSql('DROP TABLE nspm_api.api_key_hashes')
  }
}
