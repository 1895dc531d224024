import { Migration } from '@mikro-orm/migrations'

/**
 * Sliding-log rate limits (api/src/limits/sliding-log.ts): per bucket the times of its allowed hits within the
 * window, the policy they were counted under, and the last attempt's outcome (read back by the counting upsert).
 *
 * The fixed-window table `rate_limits` stays for now: during a rolling deploy, replicas of the previous release
 * still count in it. Nothing reads it any more and the retention job empties it within two days; a later
 * migration drops it.
 */
export class Migration20261206100000Limits extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE nspm_api.rate_limit_logs (
        bucket text PRIMARY KEY,
        quota integer NOT NULL CHECK (quota >= 0),
        window_seconds integer NOT NULL CHECK (window_seconds > 0),
        hits timestamptz[] NOT NULL,
        allowed boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`)
  }

  override async down(): Promise<void> {
    this.addSql('DROP TABLE nspm_api.rate_limit_logs')
  }
}
