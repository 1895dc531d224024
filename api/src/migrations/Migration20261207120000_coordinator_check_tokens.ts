import { Migration } from '@mikro-orm/migrations'

/**
 * The links in coordinator check emails (modules/coordinator-checks): each token's SHA-256, the check it answers
 * (Payload's `coordinator_checks`, no foreign key across the owners, see the intake migration), when it stops
 * working and when it was used. A token only works while its check row exists and is open, so deleting a
 * coordinator (or its checks) leaves no working link; the retention job removes expired tokens.
 */
export class Migration20261207120000CoordinatorCheckTokens extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE nspm_api.coordinator_check_tokens (
        id bigserial PRIMARY KEY,
        check_id integer NOT NULL,
        token_hash bytea NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`)
    // Answering a check uses every link to it (request and reminder), found by the check.
    this.addSql('CREATE INDEX coordinator_check_tokens_check_idx ON nspm_api.coordinator_check_tokens (check_id)')
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE nspm_api.coordinator_check_tokens')
  }
}
