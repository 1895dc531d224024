import { Migration } from '@mikro-orm/migrations'

/**
 * Sending newsletter issues (contracts/newsletter-issues.ts). A send per issue, written by the CMS when an editor
 * schedules it, with the issue as rendered then; one delivery per (send, subscriber), frozen when the send starts,
 * which is what makes "nobody gets an issue twice" hold through crashes, restarts and several senders; and each
 * subscriber's run of permanent failures. The API's own tables, without foreign keys into Payload's (see the intake
 * migration): the erasure trigger removes a subscriber's deliveries and bounce row with them.
 */
export class Migration20261207150000NewsletterSends extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE nspm_api.newsletter_sends (
        id serial PRIMARY KEY,
        issue_id integer NOT NULL UNIQUE,
        slug text NOT NULL,
        language text NOT NULL CHECK (language IN ('sv', 'en', 'both')),
        topics text[] NOT NULL,
        rendered jsonb NOT NULL,
        state text NOT NULL CHECK (state IN ('scheduled', 'sending', 'paused', 'sent', 'failed', 'cancelled')),
        scheduled_at timestamptz NOT NULL,
        requested_by integer,
        started_at timestamptz,
        finished_at timestamptz,
        recipients integer,
        next_slot_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`)
    this.addSql("CREATE INDEX newsletter_sends_due_idx ON nspm_api.newsletter_sends (scheduled_at) WHERE state = 'scheduled'")
    this.addSql("CREATE INDEX newsletter_sends_archive_idx ON nspm_api.newsletter_sends (finished_at DESC) WHERE state = 'sent'")
    this.addSql(`
      CREATE TABLE nspm_api.newsletter_deliveries (
        id bigserial PRIMARY KEY,
        send_id integer NOT NULL REFERENCES nspm_api.newsletter_sends (id) ON DELETE CASCADE,
        subscriber_id integer NOT NULL,
        locale text NOT NULL CHECK (locale IN ('sv', 'en')),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        claimed_at timestamptz,
        finished_at timestamptz,
        error_code text,
        UNIQUE (send_id, subscriber_id)
      )`)
    this.addSql("CREATE INDEX newsletter_deliveries_due_idx ON nspm_api.newsletter_deliveries (send_id, id) WHERE status = 'pending'")
    this.addSql('CREATE INDEX newsletter_deliveries_subscriber_idx ON nspm_api.newsletter_deliveries (subscriber_id)')
    this.addSql(`
      CREATE TABLE nspm_api.newsletter_bounces (
        subscriber_id integer PRIMARY KEY,
        issues_in_a_row integer NOT NULL DEFAULT 0,
        last_send_id integer,
        last_code text,
        bouncing_since timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`)
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE nspm_api.newsletter_bounces')
    this.addSql('DROP TABLE nspm_api.newsletter_deliveries')
    this.addSql('DROP TABLE nspm_api.newsletter_sends')
  }
}
