import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The brochure's structured facts (issue 15): numbers that always apply vs. alternatives when the support line is
 * closed, hours to be confirmed, programme funding as contributors instead of one `funder`, organisations part of
 * another (NSPM in the Swedish Gender Equality Agency), and the manual and residence permit rules on the steps.
 * A programme's `funder` becomes its one "full" funding row, in the published rows and in every version, before the
 * column goes; 20261207_130100_brochure_facts then corrects the seeded values.
 */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_programmes_funding_share" AS ENUM('full', 'contribution');
  CREATE TYPE "public"."enum__programmes_v_version_funding_share" AS ENUM('full', 'contribution');
  CREATE TYPE "public"."enum_manual_steps_residence_permits_permit" AS ENUM('reflection-period', 'temporary-residence-permit');
  CREATE TYPE "public"."enum_manual_steps_residence_permits_applicant" AS ENUM('social-welfare-board', 'head-of-preliminary-investigation');
  CREATE TYPE "public"."enum__manual_steps_v_version_residence_permits_permit" AS ENUM('reflection-period', 'temporary-residence-permit');
  CREATE TYPE "public"."enum__manual_steps_v_version_residence_permits_applicant" AS ENUM('social-welfare-board', 'head-of-preliminary-investigation');
  CREATE TYPE "public"."enum_support_line_emergency_numbers_applies_when" AS ENUM('always', 'line-closed');
  CREATE TYPE "public"."enum__support_line_v_version_emergency_numbers_applies_when" AS ENUM('always', 'line-closed');
  CREATE TABLE "programmes_funding" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"share" "enum_programmes_funding_share" DEFAULT 'contribution'
  );
  
  CREATE TABLE "_programmes_v_version_funding" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"share" "enum__programmes_v_version_funding_share" DEFAULT 'contribution',
  	"_uuid" varchar
  );
  
  CREATE TABLE "manual_steps_residence_permits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"permit" "enum_manual_steps_residence_permits_permit",
  	"applicant" "enum_manual_steps_residence_permits_applicant",
  	"decided_by_id" integer,
  	"duration_days" numeric,
  	"available_since" timestamp(3) with time zone,
  	"forms_url" varchar
  );
  
  CREATE TABLE "manual_steps_residence_permits_locales" (
  	"applies_to" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "_manual_steps_v_version_residence_permits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"permit" "enum__manual_steps_v_version_residence_permits_permit",
  	"applicant" "enum__manual_steps_v_version_residence_permits_applicant",
  	"decided_by_id" integer,
  	"duration_days" numeric,
  	"available_since" timestamp(3) with time zone,
  	"forms_url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_manual_steps_v_version_residence_permits_locales" (
  	"applies_to" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "programmes" DROP CONSTRAINT "programmes_funder_id_organisations_id_fk";
  
  ALTER TABLE "_programmes_v" DROP CONSTRAINT "_programmes_v_version_funder_id_organisations_id_fk";
  
  DROP INDEX "programmes_funder_idx";
  DROP INDEX "_programmes_v_version_version_funder_idx";
  ALTER TABLE "organisations" ADD COLUMN "part_of_id" integer;
  ALTER TABLE "organisations" ADD COLUMN "location" varchar;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_part_of_id" integer;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_location" varchar;
  ALTER TABLE "manual_steps" ADD COLUMN "manual_id" integer;
  ALTER TABLE "_manual_steps_v" ADD COLUMN "version_manual_id" integer;
  ALTER TABLE "support_line_emergency_numbers" ADD COLUMN "applies_when" "enum_support_line_emergency_numbers_applies_when" DEFAULT 'always';
  ALTER TABLE "support_line" ADD COLUMN "opening_hours_confirmed" boolean DEFAULT false;
  ALTER TABLE "_support_line_v_version_emergency_numbers" ADD COLUMN "applies_when" "enum__support_line_v_version_emergency_numbers_applies_when" DEFAULT 'always';
  ALTER TABLE "_support_line_v" ADD COLUMN "version_opening_hours_confirmed" boolean DEFAULT false;
  ALTER TABLE "programmes_funding" ADD CONSTRAINT "programmes_funding_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_funding" ADD CONSTRAINT "programmes_funding_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_funding" ADD CONSTRAINT "_programmes_v_version_funding_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_funding" ADD CONSTRAINT "_programmes_v_version_funding_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manual_steps_residence_permits" ADD CONSTRAINT "manual_steps_residence_permits_decided_by_id_organisations_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_steps_residence_permits" ADD CONSTRAINT "manual_steps_residence_permits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manual_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manual_steps_residence_permits_locales" ADD CONSTRAINT "manual_steps_residence_permits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manual_steps_residence_permits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manual_steps_v_version_residence_permits" ADD CONSTRAINT "_manual_steps_v_version_residence_permits_decided_by_id_organisations_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manual_steps_v_version_residence_permits" ADD CONSTRAINT "_manual_steps_v_version_residence_permits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_manual_steps_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manual_steps_v_version_residence_permits_locales" ADD CONSTRAINT "_manual_steps_v_version_residence_permits_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_manual_steps_v_version_residence_permits"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "programmes_funding_order_idx" ON "programmes_funding" USING btree ("_order");
  CREATE INDEX "programmes_funding_parent_id_idx" ON "programmes_funding" USING btree ("_parent_id");
  CREATE INDEX "programmes_funding_organisation_idx" ON "programmes_funding" USING btree ("organisation_id");
  CREATE INDEX "_programmes_v_version_funding_order_idx" ON "_programmes_v_version_funding" USING btree ("_order");
  CREATE INDEX "_programmes_v_version_funding_parent_id_idx" ON "_programmes_v_version_funding" USING btree ("_parent_id");
  CREATE INDEX "_programmes_v_version_funding_organisation_idx" ON "_programmes_v_version_funding" USING btree ("organisation_id");
  CREATE INDEX "manual_steps_residence_permits_order_idx" ON "manual_steps_residence_permits" USING btree ("_order");
  CREATE INDEX "manual_steps_residence_permits_parent_id_idx" ON "manual_steps_residence_permits" USING btree ("_parent_id");
  CREATE INDEX "manual_steps_residence_permits_decided_by_idx" ON "manual_steps_residence_permits" USING btree ("decided_by_id");
  CREATE UNIQUE INDEX "manual_steps_residence_permits_locales_locale_parent_id_uniq" ON "manual_steps_residence_permits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_manual_steps_v_version_residence_permits_order_idx" ON "_manual_steps_v_version_residence_permits" USING btree ("_order");
  CREATE INDEX "_manual_steps_v_version_residence_permits_parent_id_idx" ON "_manual_steps_v_version_residence_permits" USING btree ("_parent_id");
  CREATE INDEX "_manual_steps_v_version_residence_permits_decided_by_idx" ON "_manual_steps_v_version_residence_permits" USING btree ("decided_by_id");
  CREATE UNIQUE INDEX "_manual_steps_v_version_residence_permits_locales_locale_par" ON "_manual_steps_v_version_residence_permits_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_part_of_id_organisations_id_fk" FOREIGN KEY ("part_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_part_of_id_organisations_id_fk" FOREIGN KEY ("version_part_of_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_steps" ADD CONSTRAINT "manual_steps_manual_id_publications_id_fk" FOREIGN KEY ("manual_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manual_steps_v" ADD CONSTRAINT "_manual_steps_v_version_manual_id_publications_id_fk" FOREIGN KEY ("version_manual_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "organisations_part_of_idx" ON "organisations" USING btree ("part_of_id");
  CREATE INDEX "_organisations_v_version_version_part_of_idx" ON "_organisations_v" USING btree ("version_part_of_id");
  CREATE INDEX "manual_steps_manual_idx" ON "manual_steps" USING btree ("manual_id");
  CREATE INDEX "_manual_steps_v_version_version_manual_idx" ON "_manual_steps_v" USING btree ("version_manual_id");
  INSERT INTO "programmes_funding" ("_order", "_parent_id", "id", "organisation_id", "share")
    SELECT 1, p."id", substr(md5(random()::text || p."id"::text), 1, 24), p."funder_id", 'full' FROM "programmes" p WHERE p."funder_id" IS NOT NULL;
  INSERT INTO "_programmes_v_version_funding" ("_order", "_parent_id", "organisation_id", "share", "_uuid")
    SELECT 1, v."id", v."version_funder_id", 'full', substr(md5(random()::text || v."id"::text), 1, 24) FROM "_programmes_v" v WHERE v."version_funder_id" IS NOT NULL;
  ALTER TABLE "programmes" DROP COLUMN "funder_id";
  ALTER TABLE "_programmes_v" DROP COLUMN "version_funder_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "programmes" ADD COLUMN "funder_id" integer;
  ALTER TABLE "_programmes_v" ADD COLUMN "version_funder_id" integer;
  UPDATE "programmes" p SET "funder_id" = (SELECT f."organisation_id" FROM "programmes_funding" f WHERE f."_parent_id" = p."id" ORDER BY f."_order" LIMIT 1);
  UPDATE "_programmes_v" v SET "version_funder_id" = (SELECT f."organisation_id" FROM "_programmes_v_version_funding" f WHERE f."_parent_id" = v."id" ORDER BY f."_order" LIMIT 1);
  ALTER TABLE "programmes_funding" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_programmes_v_version_funding" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manual_steps_residence_permits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "manual_steps_residence_permits_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_manual_steps_v_version_residence_permits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_manual_steps_v_version_residence_permits_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "programmes_funding" CASCADE;
  DROP TABLE "_programmes_v_version_funding" CASCADE;
  DROP TABLE "manual_steps_residence_permits" CASCADE;
  DROP TABLE "manual_steps_residence_permits_locales" CASCADE;
  DROP TABLE "_manual_steps_v_version_residence_permits" CASCADE;
  DROP TABLE "_manual_steps_v_version_residence_permits_locales" CASCADE;
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_part_of_id_organisations_id_fk";
  
  ALTER TABLE "_organisations_v" DROP CONSTRAINT "_organisations_v_version_part_of_id_organisations_id_fk";
  
  ALTER TABLE "manual_steps" DROP CONSTRAINT "manual_steps_manual_id_publications_id_fk";
  
  ALTER TABLE "_manual_steps_v" DROP CONSTRAINT "_manual_steps_v_version_manual_id_publications_id_fk";
  
  DROP INDEX "organisations_part_of_idx";
  DROP INDEX "_organisations_v_version_version_part_of_idx";
  DROP INDEX "manual_steps_manual_idx";
  DROP INDEX "_manual_steps_v_version_version_manual_idx";
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_funder_id_organisations_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_funder_id_organisations_id_fk" FOREIGN KEY ("version_funder_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "programmes_funder_idx" ON "programmes" USING btree ("funder_id");
  CREATE INDEX "_programmes_v_version_version_funder_idx" ON "_programmes_v" USING btree ("version_funder_id");
  ALTER TABLE "organisations" DROP COLUMN "part_of_id";
  ALTER TABLE "organisations" DROP COLUMN "location";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_part_of_id";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_location";
  ALTER TABLE "manual_steps" DROP COLUMN "manual_id";
  ALTER TABLE "_manual_steps_v" DROP COLUMN "version_manual_id";
  ALTER TABLE "support_line_emergency_numbers" DROP COLUMN "applies_when";
  ALTER TABLE "support_line" DROP COLUMN "opening_hours_confirmed";
  ALTER TABLE "_support_line_v_version_emergency_numbers" DROP COLUMN "applies_when";
  ALTER TABLE "_support_line_v" DROP COLUMN "version_opening_hours_confirmed";
  DROP TYPE "public"."enum_programmes_funding_share";
  DROP TYPE "public"."enum__programmes_v_version_funding_share";
  DROP TYPE "public"."enum_manual_steps_residence_permits_permit";
  DROP TYPE "public"."enum_manual_steps_residence_permits_applicant";
  DROP TYPE "public"."enum__manual_steps_v_version_residence_permits_permit";
  DROP TYPE "public"."enum__manual_steps_v_version_residence_permits_applicant";
  DROP TYPE "public"."enum_support_line_emergency_numbers_applies_when";
  DROP TYPE "public"."enum__support_line_v_version_emergency_numbers_applies_when";`)
}
