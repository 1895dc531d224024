import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 17: erasing a subscriber also deletes what the newsletter sends recorded about them, their deliveries (one per
 * issue sent to them, with the outcome) and their bounce record, in the same transaction as the delete, whatever
 * the path (the erasure trigger of 20261207_090100_audit_triggers, whose other deletes stay as they were). The API
 * owns those tables (Migration20261207150000_newsletter_sends) and may not have created them yet.
 */
const COMMON = `
  IF to_regclass('nspm_api.outbox') IS NOT NULL THEN
    DELETE FROM nspm_api.outbox o USING erased s WHERE lower(o.recipient) = lower(s.email) OR o.payload ->> 'subscriberId' = s.id::text;
  END IF;
  IF to_regclass('nspm_api.subscription_tokens') IS NOT NULL THEN
    DELETE FROM nspm_api.subscription_tokens t USING erased s WHERE t.subscriber_id = s.id;
  END IF;
  IF to_regclass('nspm_api.rate_limit_logs') IS NOT NULL THEN
    DELETE FROM nspm_api.rate_limit_logs l USING erased s WHERE l.bucket = 'confirm-mail:' || encode(sha256(convert_to(s.email, 'UTF8')), 'hex');
  END IF;`

const NEWSLETTER = `
  IF to_regclass('nspm_api.newsletter_deliveries') IS NOT NULL THEN
    DELETE FROM nspm_api.newsletter_deliveries d USING erased s WHERE d.subscriber_id = s.id;
  END IF;
  IF to_regclass('nspm_api.newsletter_bounces') IS NOT NULL THEN
    DELETE FROM nspm_api.newsletter_bounces b USING erased s WHERE b.subscriber_id = s.id;
  END IF;`

const eraseFunction = (body: string) => `CREATE OR REPLACE FUNCTION erase_subscriber_traces() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN${body}
  RETURN NULL;
END $$`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(eraseFunction(COMMON + NEWSLETTER)))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(eraseFunction(COMMON)))
}
