import { Migration } from '@mikro-orm/migrations'

/**
 * The API's own tables, in their own schema (`nspm_api`) so that they never mix with the tables Payload owns:
 * the email outbox, newsletter tokens (hashed), idempotency keys of material orders, and rate-limit counters.
 * No foreign keys into Payload's tables: Payload's migrations may rebuild its tables, and a constraint owned by
 * another schema would block them. The API removes tokens with their subscriber, and the retention job sweeps
 * tokens whose subscriber was deleted in the admin.
 */
export class Migration20261130100000Intake extends Migration {
  override async up(): Promise<void> {
    this.addSql('CREATE SCHEMA IF NOT EXISTS nspm_api')
    this.addSql(`
      CREATE TABLE nspm_api.outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        recipient text NOT NULL,
        locale text NOT NULL DEFAULT 'sv',
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`)
    this.addSql("CREATE INDEX outbox_due_idx ON nspm_api.outbox (next_attempt_at) WHERE status = 'pending'")
    this.addSql(`
      CREATE TABLE nspm_api.subscription_tokens (
        id bigserial PRIMARY KEY,
        subscriber_id integer NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('confirm', 'manage')),
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`)
    this.addSql('CREATE INDEX subscription_tokens_subscriber_idx ON nspm_api.subscription_tokens (subscriber_id)')
    this.addSql(`
      CREATE TABLE nspm_api.idempotency_keys (
        key text PRIMARY KEY,
        request_hash text NOT NULL,
        order_id integer,
        order_number text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`)
    this.addSql(`
      CREATE TABLE nspm_api.rate_limits (
        bucket text NOT NULL,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL DEFAULT 0,
        PRIMARY KEY (bucket, window_start)
      )`)
  }

  override async down(): Promise<void> {
    this.addSql('DROP SCHEMA IF EXISTS nspm_api CASCADE')
  }
}
