import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Issue 7: the regional editor role and the region on users; an index on coordinators' last verification (the
 * stale list and the dashboard sort and filter on it, in the main table and the versions table).
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_users_roles" ADD VALUE 'regional-editor' BEFORE 'order-handler';
  ALTER TABLE "users" ADD COLUMN "region_id" integer;
  ALTER TABLE "users" ADD CONSTRAINT "users_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "coordinators_last_verified_at_idx" ON "coordinators" USING btree ("last_verified_at");
  CREATE INDEX "_coordinators_v_version_version_last_verified_at_idx" ON "_coordinators_v" USING btree ("version_last_verified_at");
  CREATE INDEX "users_region_idx" ON "users" USING btree ("region_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" DROP CONSTRAINT "users_region_id_regions_id_fk";
  -- The old enum has no 'regional-editor': regional editors lose that role (and keep their others).
  DELETE FROM "users_roles" WHERE "value" = 'regional-editor';
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'order-handler', 'subscriber-manager');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "coordinators_last_verified_at_idx";
  DROP INDEX "_coordinators_v_version_version_last_verified_at_idx";
  DROP INDEX "users_region_idx";
  ALTER TABLE "users" DROP COLUMN "region_id";`)
}
