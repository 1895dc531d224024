import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 15: coordinators confirm or correct their own details. The CMS schedules checks and decides proposals; the
 * public API writes answers into these tables (cms/coordinators/check-contract.ts). Two hand edits to the generated
 * SQL: checks and proposals go with their coordinator (CASCADE: the column is required, so Payload's SET NULL would
 * make deleting a coordinator fail), and at most one check per coordinator is open, so that a cycle run twice, or
 * two CMS replicas, cannot send a second request.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_coordinators_verified_via" AS ENUM('editor', 'coordinator-email');
  CREATE TYPE "public"."enum__coordinators_v_version_verified_via" AS ENUM('editor', 'coordinator-email');
  CREATE TYPE "public"."enum_coordinator_checks_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_coordinator_checks_status" AS ENUM('sent', 'reminded', 'escalated', 'confirmed', 'changed', 'expired');
  CREATE TYPE "public"."enum_coordinator_change_proposals_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_coordinator_change_proposals_status" AS ENUM('pending', 'accepted', 'rejected');
  CREATE TABLE "coordinator_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"coordinator_id" integer NOT NULL,
  	"region_id" integer,
  	"locale" "enum_coordinator_checks_locale" DEFAULT 'sv' NOT NULL,
  	"status" "enum_coordinator_checks_status" DEFAULT 'sent' NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"reminded_at" timestamp(3) with time zone,
  	"escalated_at" timestamp(3) with time zone,
  	"answered_at" timestamp(3) with time zone,
  	"applied_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "coordinator_change_proposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"coordinator_id" integer NOT NULL,
  	"region_id" integer,
  	"check_id" integer,
  	"locale" "enum_coordinator_change_proposals_locale" DEFAULT 'sv' NOT NULL,
  	"status" "enum_coordinator_change_proposals_status" DEFAULT 'pending' NOT NULL,
  	"proposed" jsonb NOT NULL,
  	"current" jsonb NOT NULL,
  	"comment" varchar,
  	"decision_note" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "coordinators" ADD COLUMN "verified_via" "enum_coordinators_verified_via";
  ALTER TABLE "_coordinators_v" ADD COLUMN "version_verified_via" "enum__coordinators_v_version_verified_via";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "coordinator_checks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "coordinator_change_proposals_id" integer;
  ALTER TABLE "coordinator_checks" ADD CONSTRAINT "coordinator_checks_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coordinator_checks" ADD CONSTRAINT "coordinator_checks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinator_change_proposals" ADD CONSTRAINT "coordinator_change_proposals_coordinator_id_coordinators_id_fk" FOREIGN KEY ("coordinator_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coordinator_change_proposals" ADD CONSTRAINT "coordinator_change_proposals_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinator_change_proposals" ADD CONSTRAINT "coordinator_change_proposals_check_id_coordinator_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."coordinator_checks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinator_change_proposals" ADD CONSTRAINT "coordinator_change_proposals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "coordinator_checks_coordinator_idx" ON "coordinator_checks" USING btree ("coordinator_id");
  CREATE INDEX "coordinator_checks_region_idx" ON "coordinator_checks" USING btree ("region_id");
  CREATE INDEX "coordinator_checks_status_idx" ON "coordinator_checks" USING btree ("status");
  CREATE INDEX "coordinator_checks_updated_at_idx" ON "coordinator_checks" USING btree ("updated_at");
  CREATE INDEX "coordinator_checks_created_at_idx" ON "coordinator_checks" USING btree ("created_at");
  CREATE INDEX "coordinator_change_proposals_coordinator_idx" ON "coordinator_change_proposals" USING btree ("coordinator_id");
  CREATE INDEX "coordinator_change_proposals_region_idx" ON "coordinator_change_proposals" USING btree ("region_id");
  CREATE INDEX "coordinator_change_proposals_check_idx" ON "coordinator_change_proposals" USING btree ("check_id");
  CREATE INDEX "coordinator_change_proposals_status_idx" ON "coordinator_change_proposals" USING btree ("status");
  CREATE INDEX "coordinator_change_proposals_decided_by_idx" ON "coordinator_change_proposals" USING btree ("decided_by_id");
  CREATE INDEX "coordinator_change_proposals_updated_at_idx" ON "coordinator_change_proposals" USING btree ("updated_at");
  CREATE INDEX "coordinator_change_proposals_created_at_idx" ON "coordinator_change_proposals" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coordinator_checks_fk" FOREIGN KEY ("coordinator_checks_id") REFERENCES "public"."coordinator_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coordinator_change_proposal_fk" FOREIGN KEY ("coordinator_change_proposals_id") REFERENCES "public"."coordinator_change_proposals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_coordinator_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("coordinator_checks_id");
  CREATE INDEX "payload_locked_documents_rels_coordinator_change_proposa_idx" ON "payload_locked_documents_rels" USING btree ("coordinator_change_proposals_id");
  CREATE UNIQUE INDEX "coordinator_checks_one_open_idx" ON "coordinator_checks" USING btree ("coordinator_id") WHERE "status" IN ('sent', 'reminded', 'escalated');`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "coordinator_checks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coordinator_change_proposals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "coordinator_checks" CASCADE;
  DROP TABLE "coordinator_change_proposals" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_coordinator_checks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_coordinator_change_proposal_fk";
  
  DROP INDEX "payload_locked_documents_rels_coordinator_checks_id_idx";
  DROP INDEX "payload_locked_documents_rels_coordinator_change_proposa_idx";
  ALTER TABLE "coordinators" DROP COLUMN "verified_via";
  ALTER TABLE "_coordinators_v" DROP COLUMN "version_verified_via";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "coordinator_checks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "coordinator_change_proposals_id";
  DROP TYPE "public"."enum_coordinators_verified_via";
  DROP TYPE "public"."enum__coordinators_v_version_verified_via";
  DROP TYPE "public"."enum_coordinator_checks_locale";
  DROP TYPE "public"."enum_coordinator_checks_status";
  DROP TYPE "public"."enum_coordinator_change_proposals_locale";
  DROP TYPE "public"."enum_coordinator_change_proposals_status";`)
}
