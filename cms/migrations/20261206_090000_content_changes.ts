import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The change log: one row per change of what the public sees, in commit order, for the API's change feed and its
 * webhooks. Written by the database itself (a trigger on each public type's table), so that every path that
 * changes content is recorded: the admin, the Local API, the seed and data migrations alike.
 *
 * - Only the main table is watched: Payload writes it on every publish, unpublish and delete (with a new
 *   `updated_at` even when only a localized or array field changed), and never on a draft save, which goes to the
 *   version table alone. So `_status` before and after tells exactly what the public saw change.
 * - Commit order: the triggers are deferred to the end of the transaction and take one transaction-level advisory
 *   lock before taking an id, so ids are handed out in the order transactions commit and a reader that has seen
 *   id n will never later see a smaller id appear. Only content writes wait for each other, and only for the
 *   moment between their end and their commit (no row locks are taken after the lock, so no deadlock).
 * - Existing databases get a CREATED row per published document, so that the log read from the start describes
 *   the current data.
 *
 * The table list is frozen here; cms/changes/public-types.ts is the living list and a test checks the two agree.
 */
const TABLES: readonly (readonly [type: string, table: string])[] = [
  ['Region', 'regions'],
  ['County', 'counties'],
  ['Municipality', 'municipalities'],
  ['Coordinator', 'coordinators'],
  ['Organisation', 'organisations'],
  ['Network', 'networks'],
  ['Programme', 'programmes'],
  ['ManualStep', 'manual_steps'],
  ['Concept', 'concepts'],
  ['Page', 'pages'],
  ['Publication', 'publications'],
  ['SupportLine', 'support_line'],
]

const RECORD_FUNCTION = `
CREATE FUNCTION record_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was_public boolean := false;
  is_public boolean := false;
  change text;
  document integer;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    was_public := OLD._status IS NOT DISTINCT FROM 'published';
    document := OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    is_public := NEW._status IS NOT DISTINCT FROM 'published';
    document := NEW.id;
  END IF;
  IF is_public AND NOT was_public THEN
    change := 'CREATED';
  ELSIF is_public AND to_jsonb(OLD) IS DISTINCT FROM to_jsonb(NEW) THEN
    change := 'UPDATED';
  ELSIF was_public AND NOT is_public THEN
    change := CASE TG_OP WHEN 'DELETE' THEN 'DELETED' ELSE 'UNPUBLISHED' END;
  ELSE
    RETURN NULL;
  END IF;
  -- Held until this transaction has committed: the next transaction's ids come after this one is visible.
  PERFORM pg_advisory_xact_lock(hashtextextended('nspm_content_changes', 0));
  INSERT INTO content_changes (type, document_id, action) VALUES (TG_ARGV[0], document, change);
  -- One notification per transaction (identical ones are folded), delivered at commit.
  PERFORM pg_notify('nspm_content_changes', '');
  RETURN NULL;
END
$$`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE content_changes (
      id bigserial PRIMARY KEY,
      type text NOT NULL,
      document_id integer NOT NULL,
      action text NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'UNPUBLISHED', 'DELETED')),
      changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`)
  await db.execute(sql`CREATE INDEX content_changes_type_id_idx ON content_changes (type, id)`)
  await db.execute(sql`CREATE INDEX content_changes_changed_at_idx ON content_changes (changed_at)`)
  await db.execute(sql.raw(RECORD_FUNCTION))
  const backfill = TABLES.map(([type, table]) => `SELECT '${type}' AS type, id, updated_at FROM "${table}" WHERE _status = 'published'`).join(' UNION ALL ')
  await db.execute(
    sql.raw(`INSERT INTO content_changes (type, document_id, action, changed_at)
    SELECT type, id, 'CREATED', coalesce(updated_at, now()) FROM (${backfill}) AS published ORDER BY updated_at NULLS FIRST, type, id`),
  )
  for (const [type, table] of TABLES) {
    await db.execute(
      sql.raw(`CREATE CONSTRAINT TRIGGER content_changes_record AFTER INSERT OR UPDATE OR DELETE ON "${table}"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_content_change('${type}')`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [, table] of TABLES) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS content_changes_record ON "${table}"`))
  await db.execute(sql`DROP FUNCTION IF EXISTS record_content_change()`)
  await db.execute(sql`DROP TABLE IF EXISTS content_changes`)
}
