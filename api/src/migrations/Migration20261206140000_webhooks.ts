import { Migration } from '@mikro-orm/migrations'

/**
 * Webhooks: the sealed signing secrets of the endpoints registered in the CMS (cms/webhooks/secret.ts), one
 * delivery per (endpoint, change) queued from the change log, and the dispatcher's cursor into that log. The API's
 * own tables, without foreign keys into Payload's (see the intake migration); the CMS removes an endpoint's
 * secrets and deliveries with it.
 */
export class Migration20261206140000Webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE nspm_api.webhook_secrets (
        id bigserial PRIMARY KEY,
        endpoint_id integer NOT NULL,
        sealed text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revealed_at timestamptz,
        expires_at timestamptz
      )`)
    // One current secret per endpoint; rotated-out ones keep signing until expires_at.
    this.addSql('CREATE UNIQUE INDEX webhook_secrets_current_idx ON nspm_api.webhook_secrets (endpoint_id) WHERE expires_at IS NULL')
    this.addSql(`
      CREATE TABLE nspm_api.webhook_deliveries (
        id bigserial PRIMARY KEY,
        endpoint_id integer NOT NULL,
        change_id bigint NOT NULL,
        document_type text NOT NULL,
        document_id integer NOT NULL,
        action text NOT NULL,
        changed_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        retry_since timestamptz NOT NULL DEFAULT now(),
        last_attempt_at timestamptz,
        last_status integer,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (endpoint_id, change_id)
      )`)
    this.addSql("CREATE INDEX webhook_deliveries_due_idx ON nspm_api.webhook_deliveries (endpoint_id, id) WHERE status = 'pending'")
    this.addSql('CREATE INDEX webhook_deliveries_log_idx ON nspm_api.webhook_deliveries (endpoint_id, created_at DESC)')
    this.addSql(`
      CREATE TABLE nspm_api.webhook_dispatch (
        id integer PRIMARY KEY CHECK (id = 1),
        last_change_id bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`)
    this.addSql('INSERT INTO nspm_api.webhook_dispatch (id) VALUES (1)')
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE nspm_api.webhook_dispatch')
    this.addSql('DROP TABLE nspm_api.webhook_deliveries')
    this.addSql('DROP TABLE nspm_api.webhook_secrets')
  }
}
