import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 14: the audit trail of personal data and complete erasure, both written by the database itself so that
 * every path is covered (the admin, the public API's flows, the retention job, direct SQL), as content_changes is.
 *
 * Audit (`audit_events`, the collection of the previous migration): one event per document and transaction, with
 * the names of the columns set or changed and never their values. The actor comes from the transaction-local
 * setting `nspm.audit_actor` that the CMS sets before its writes (cms/audit/actor.ts); without it, a connection
 * named `nspm-api` (the public API: the person's own form and links, and its retention job) or else the database
 * role. Child tables (a subscriber's topics, an order's items) are compared as a whole at commit: Payload deletes
 * and re-inserts them on every save, which is no change, while a real change is folded into the parent's event.
 *
 * Erasure: deleting subscribers, by whatever path, deletes what names them in the API's schema: their emails in
 * the outbox (sent or not, by address or by subscriber id: the address may have been changed since), their tokens,
 * and the per-address mail limit, whose bucket is the address's SHA-256 (api/src/modules/newsletter/
 * subscribe.service.ts `addressBucket`). The API's tables may not exist yet (Payload migrates first): no table, no
 * trace to erase.
 */
const FUNCTIONS = `
CREATE FUNCTION audit_actor() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    nullif(current_setting('nspm.audit_actor', true), '')::jsonb,
    CASE WHEN current_setting('application_name', true) = 'nspm-api' THEN jsonb_build_object('kind', 'api')
         ELSE jsonb_build_object('kind', 'database', 'role', session_user::text) END)
$$;

CREATE FUNCTION audit_record(in_target text, in_document integer, in_action text, in_fields text, in_detail text, in_actor jsonb DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  who jsonb := coalesce(in_actor, audit_actor());
BEGIN
  INSERT INTO audit_events (target, document_id, action, changed_fields, detail, actor_kind, actor_id, actor_email, transaction_id)
  VALUES (in_target::enum_audit_events_target, in_document, in_action::enum_audit_events_action, nullif(in_fields, ''),
    coalesce(in_detail, 'role ' || (who ->> 'role')), (who ->> 'kind')::enum_audit_events_actor_kind, (who ->> 'id')::numeric,
    who ->> 'email', pg_current_xact_id()::text::numeric);
END $$;

-- Adds field names to this transaction's event for the document, or records a new one.
CREATE FUNCTION audit_merge(in_target text, in_document integer, in_action text, in_fields text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE audit_events e SET changed_fields = (
      SELECT string_agg(DISTINCT field, ', ' ORDER BY field) FROM unnest(string_to_array(coalesce(e.changed_fields || ', ', '') || in_fields, ', ')) AS field)
    WHERE e.transaction_id = pg_current_xact_id()::text::numeric AND e.target = in_target::enum_audit_events_target
      AND e.document_id = in_document AND e.action IN ('create', 'update');
  IF NOT FOUND THEN
    PERFORM audit_record(in_target, in_document, in_action, in_fields, NULL);
  END IF;
END $$;

-- Main tables: TG_ARGV[0] is the collection's slug.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM audit_record(TG_ARGV[0], OLD.id, 'delete', NULL, NULL);
    RETURN NULL;
  END IF;
  SELECT string_agg(n.key, ', ' ORDER BY n.key) INTO changed FROM jsonb_each(to_jsonb(NEW)) AS n
    WHERE n.key NOT IN ('id', 'created_at', 'updated_at')
      AND CASE WHEN TG_OP = 'INSERT' THEN n.value <> 'null'::jsonb ELSE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key END;
  IF changed IS NOT NULL THEN
    PERFORM audit_merge(TG_ARGV[0], NEW.id, CASE TG_OP WHEN 'INSERT' THEN 'create' ELSE 'update' END, changed);
  END IF;
  RETURN NULL;
END $$;

-- A parent's child rows as one value, whatever their ids and order.
CREATE FUNCTION audit_children_digest(child regclass, parent_column text, parent integer) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  digest text;
BEGIN
  EXECUTE format('SELECT md5(coalesce(string_agg(content, ''|'' ORDER BY content), '''')) FROM (SELECT (to_jsonb(c) - ''id'' - ''_order'' - ''order'' - %L)::text AS content FROM %s c WHERE c.%I = $1) AS children',
    parent_column, child, parent_column) INTO digest USING parent;
  RETURN digest;
END $$;

-- Child tables: TG_ARGV = slug, parent column, parent table, field name. Before the first change of a parent's
-- children in a transaction, remember them; at commit, compare (audit_children_after).
CREATE FUNCTION audit_children_before() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent integer := ((CASE WHEN TG_OP = 'INSERT' THEN to_jsonb(NEW) ELSE to_jsonb(OLD) END) ->> TG_ARGV[1])::integer;
  stash text := format('nspm_audit.before_%s_%s', TG_TABLE_NAME, parent);
BEGIN
  IF nullif(current_setting(stash, true), '') IS NULL THEN
    PERFORM set_config(stash, audit_children_digest(TG_RELID::regclass, TG_ARGV[1], parent), true);
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE FUNCTION audit_children_after() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent integer := ((CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END) ->> TG_ARGV[1])::integer;
  stash text := format('nspm_audit.before_%s_%s', TG_TABLE_NAME, parent);
  before text := nullif(current_setting(stash, true), '');
  parent_exists boolean;
BEGIN
  -- Once per parent: the first check clears the stash. A deleted parent (a cascade) has its own delete event.
  IF before IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM set_config(stash, '', true);
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', TG_ARGV[2]) INTO parent_exists USING parent;
  IF parent_exists AND before <> audit_children_digest(TG_RELID::regclass, TG_ARGV[1], parent) THEN
    PERFORM audit_merge(TG_ARGV[0], parent, 'update', TG_ARGV[3]);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION erase_subscriber_traces() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF to_regclass('nspm_api.outbox') IS NOT NULL THEN
    DELETE FROM nspm_api.outbox o USING erased s WHERE lower(o.recipient) = lower(s.email) OR o.payload ->> 'subscriberId' = s.id::text;
  END IF;
  IF to_regclass('nspm_api.subscription_tokens') IS NOT NULL THEN
    DELETE FROM nspm_api.subscription_tokens t USING erased s WHERE t.subscriber_id = s.id;
  END IF;
  IF to_regclass('nspm_api.rate_limit_logs') IS NOT NULL THEN
    DELETE FROM nspm_api.rate_limit_logs l USING erased s WHERE l.bucket = 'confirm-mail:' || encode(sha256(convert_to(s.email, 'UTF8')), 'hex');
  END IF;
  RETURN NULL;
END $$`

const MAIN_TABLES = [
  ['newsletter_subscribers', 'newsletter-subscribers'],
  ['material_orders', 'material-orders'],
] as const
const CHILD_TABLES = [
  ['newsletter_subscribers_topics', 'newsletter-subscribers', 'parent_id', 'newsletter_subscribers', 'topics'],
  ['material_orders_items', 'material-orders', '_parent_id', 'material_orders', 'items'],
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(FUNCTIONS))
  for (const [table, slug] of MAIN_TABLES) {
    await db.execute(sql.raw(`CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row('${slug}')`))
  }
  for (const [table, ...args] of CHILD_TABLES) {
    const list = args.map((arg) => `'${arg}'`).join(', ')
    await db.execute(sql.raw(`CREATE TRIGGER audit_children_before BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_children_before(${list})`))
    await db.execute(
      sql.raw(`CREATE CONSTRAINT TRIGGER audit_children_after AFTER INSERT OR UPDATE OR DELETE ON "${table}"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_children_after(${list})`),
    )
  }
  await db.execute(
    sql.raw(`CREATE TRIGGER erase_subscriber_traces AFTER DELETE ON newsletter_subscribers
    REFERENCING OLD TABLE AS erased FOR EACH STATEMENT EXECUTE FUNCTION erase_subscriber_traces()`),
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TRIGGER IF EXISTS erase_subscriber_traces ON newsletter_subscribers`)
  for (const [table] of CHILD_TABLES) {
    await db.execute(sql.raw(`DROP TRIGGER IF EXISTS audit_children_after ON "${table}"`))
    await db.execute(sql.raw(`DROP TRIGGER IF EXISTS audit_children_before ON "${table}"`))
  }
  for (const [table] of MAIN_TABLES) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS audit_row ON "${table}"`))
  await db.execute(
    sql.raw(`DROP FUNCTION IF EXISTS erase_subscriber_traces(), audit_children_after(), audit_children_before(),
    audit_children_digest(regclass, text, integer), audit_row(), audit_merge(text, integer, text, text),
    audit_record(text, integer, text, text, text, jsonb), audit_actor()`),
  )
}
