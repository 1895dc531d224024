import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_regions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regions_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_counties_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__counties_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__counties_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_municipalities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__municipalities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__municipalities_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_coordinators_phones_type" AS ENUM('office', 'mobile', 'switchboard', 'sms');
  CREATE TYPE "public"."enum_coordinators_languages" AS ENUM('sv', 'en', 'ar', 'es', 'fr', 'de', 'pl', 'ro', 'ru', 'th', 'uk');
  CREATE TYPE "public"."enum_coordinators_post_status" AS ENUM('active', 'vacant', 'temporarily-unavailable', 'details-pending');
  CREATE TYPE "public"."enum_coordinators_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__coordinators_v_version_phones_type" AS ENUM('office', 'mobile', 'switchboard', 'sms');
  CREATE TYPE "public"."enum__coordinators_v_version_languages" AS ENUM('sv', 'en', 'ar', 'es', 'fr', 'de', 'pl', 'ro', 'ru', 'th', 'uk');
  CREATE TYPE "public"."enum__coordinators_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__coordinators_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('government-agency', 'county-board', 'social-services', 'health-care', 'civil-society', 'international-organisation', 'coordinating-agency');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_type" AS ENUM('government-agency', 'county-board', 'social-services', 'health-care', 'civil-society', 'international-organisation', 'coordinating-agency');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_networks_type" AS ENUM('methods-support-team', 'multi-agency', 'regional-centre', 'spearhead-group');
  CREATE TYPE "public"."enum_networks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__networks_v_version_type" AS ENUM('methods-support-team', 'multi-agency', 'regional-centre', 'spearhead-group');
  CREATE TYPE "public"."enum__networks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__networks_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_programmes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__programmes_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_manual_steps_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__manual_steps_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__manual_steps_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_concepts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__concepts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__concepts_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_publications_audiences" AS ENUM('professionals', 'at-risk', 'public');
  CREATE TYPE "public"."enum_publications_languages" AS ENUM('sv', 'en', 'ar', 'ro', 'ru', 'th', 'uk', 'es', 'fr');
  CREATE TYPE "public"."enum_publications_type" AS ENUM('report', 'manual', 'brochure', 'information-material', 'poster');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_version_audiences" AS ENUM('professionals', 'at-risk', 'public');
  CREATE TYPE "public"."enum__publications_v_version_languages" AS ENUM('sv', 'en', 'ar', 'ro', 'ru', 'th', 'uk', 'es', 'fr');
  CREATE TYPE "public"."enum__publications_v_version_type" AS ENUM('report', 'manual', 'brochure', 'information-material', 'poster');
  CREATE TYPE "public"."enum__publications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_published_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_newsletter_subscribers_topics" AS ENUM('news', 'publications', 'events');
  CREATE TYPE "public"."enum_newsletter_subscribers_status" AS ENUM('pending', 'confirmed', 'unsubscribed');
  CREATE TYPE "public"."enum_newsletter_subscribers_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_material_orders_status" AS ENUM('received', 'processing', 'shipped', 'cancelled');
  CREATE TYPE "public"."enum_material_orders_locale" AS ENUM('sv', 'en');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'order-handler', 'subscriber-manager');
  CREATE TYPE "public"."enum_support_line_opening_hours_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_support_line_emergency_numbers_kind" AS ENUM('emergency', 'police', 'social-services-on-call');
  CREATE TYPE "public"."enum_support_line_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_line_v_version_opening_hours_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum__support_line_v_version_emergency_numbers_kind" AS ENUM('emergency', 'police', 'social-services-on-call');
  CREATE TYPE "public"."enum__support_line_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__support_line_v_published_locale" AS ENUM('sv', 'en');
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_regions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "regions_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_regions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__regions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__regions_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_regions_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "counties" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"region_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_counties_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "counties_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_counties_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_region_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__counties_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__counties_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_counties_v_locales" (
  	"version_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "municipalities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"code" varchar,
  	"county_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_municipalities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_municipalities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_code" varchar,
  	"version_county_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__municipalities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__municipalities_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "coordinators_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"type" "enum_coordinators_phones_type" DEFAULT 'office'
  );
  
  CREATE TABLE "coordinators_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "coordinators_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_coordinators_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "coordinators_tasks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "coordinators_tasks_locales" (
  	"task" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "coordinators" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"person_name" varchar,
  	"region_id" integer,
  	"host_municipality_id" integer,
  	"email" varchar,
  	"status" "enum_coordinators_post_status" DEFAULT 'details-pending',
  	"last_verified_at" timestamp(3) with time zone,
  	"verified_by_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_coordinators_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "coordinators_locales" (
  	"title" varchar,
  	"employer" varchar,
  	"alert" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_coordinators_v_version_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"type" "enum__coordinators_v_version_phones_type" DEFAULT 'office',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coordinators_v_version_phones_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_coordinators_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__coordinators_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_coordinators_v_version_tasks" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_coordinators_v_version_tasks_locales" (
  	"task" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_coordinators_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_person_name" varchar,
  	"version_region_id" integer,
  	"version_host_municipality_id" integer,
  	"version_email" varchar,
  	"version_status" "enum_coordinators_post_status" DEFAULT 'details-pending',
  	"version_last_verified_at" timestamp(3) with time zone,
  	"version_verified_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__coordinators_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__coordinators_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_coordinators_v_locales" (
  	"version_title" varchar,
  	"version_employer" varchar,
  	"version_alert" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"type" "enum_organisations_type",
  	"website" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organisations_locales" (
  	"name" varchar,
  	"short_name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_type" "enum__organisations_v_version_type",
  	"version_website" varchar,
  	"version_email" varchar,
  	"version_phone" varchar,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organisations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_organisations_v_locales" (
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "networks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"type" "enum_networks_type",
  	"coordinated_by_id" integer,
  	"region_id" integer,
  	"parent_id" integer,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_networks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "networks_locales" (
  	"name" varchar,
  	"short_name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "networks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"coordinators_id" integer
  );
  
  CREATE TABLE "_networks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_type" "enum__networks_v_version_type",
  	"version_coordinated_by_id" integer,
  	"version_region_id" integer,
  	"version_parent_id" integer,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__networks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__networks_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_networks_v_locales" (
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_networks_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer,
  	"coordinators_id" integer
  );
  
  CREATE TABLE "programmes_support_offered" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programmes_support_offered_locales" (
  	"item" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "programmes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"operator_id" integer,
  	"funder_id" integer,
  	"website" varchar,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_programmes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "programmes_locales" (
  	"name" varchar,
  	"short_name" varchar,
  	"summary" varchar,
  	"eligibility" varchar,
  	"how_to_apply" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programmes_v_version_support_offered" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_programmes_v_version_support_offered_locales" (
  	"item" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_programmes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_operator_id" integer,
  	"version_funder_id" integer,
  	"version_website" varchar,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__programmes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__programmes_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_programmes_v_locales" (
  	"version_name" varchar,
  	"version_short_name" varchar,
  	"version_summary" varchar,
  	"version_eligibility" varchar,
  	"version_how_to_apply" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "manual_steps" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_manual_steps_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "manual_steps_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "manual_steps_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_manual_steps_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" numeric,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__manual_steps_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__manual_steps_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_manual_steps_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_manual_steps_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "concepts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_concepts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "concepts_locales" (
  	"term" varchar,
  	"definition" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "concepts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"concepts_id" integer
  );
  
  CREATE TABLE "_concepts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__concepts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__concepts_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_concepts_v_locales" (
  	"version_term" varchar,
  	"version_definition" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_concepts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"concepts_id" integer
  );
  
  CREATE TABLE "pages_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "pages_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_version_links_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_content" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "publications_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"type" "enum_publications_type",
  	"published_on" timestamp(3) with time zone,
  	"file_id" integer,
  	"url" varchar,
  	"orderable" boolean DEFAULT false,
  	"article_number" varchar,
  	"max_quantity_per_order" numeric DEFAULT 50,
  	"in_stock" boolean DEFAULT true,
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_publications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "publications_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_publications_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__publications_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_publications_v_version_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__publications_v_version_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_publications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_type" "enum__publications_v_version_type",
  	"version_published_on" timestamp(3) with time zone,
  	"version_file_id" integer,
  	"version_url" varchar,
  	"version_orderable" boolean DEFAULT false,
  	"version_article_number" varchar,
  	"version_max_quantity_per_order" numeric DEFAULT 50,
  	"version_in_stock" boolean DEFAULT true,
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__publications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__publications_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_publications_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "newsletter_subscribers_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_newsletter_subscribers_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "newsletter_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_newsletter_subscribers_status" DEFAULT 'pending' NOT NULL,
  	"locale" "enum_newsletter_subscribers_locale" DEFAULT 'sv' NOT NULL,
  	"consent_given_at" timestamp(3) with time zone,
  	"consent_source" varchar,
  	"consent_text_version" varchar,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "material_orders_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"publication_id" integer NOT NULL,
  	"quantity" numeric NOT NULL
  );
  
  CREATE TABLE "material_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order_number" varchar NOT NULL,
  	"status" "enum_material_orders_status" DEFAULT 'received' NOT NULL,
  	"locale" "enum_material_orders_locale" DEFAULT 'sv' NOT NULL,
  	"orderer_name" varchar,
  	"orderer_organisation" varchar,
  	"orderer_email" varchar,
  	"orderer_phone" varchar,
  	"delivery_address_street" varchar,
  	"delivery_address_postcode" varchar,
  	"delivery_address_city" varchar,
  	"shipped_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"personal_data_erased_at" timestamp(3) with time zone,
  	"handler_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer,
  	"counties_id" integer,
  	"municipalities_id" integer,
  	"coordinators_id" integer,
  	"organisations_id" integer,
  	"networks_id" integer,
  	"programmes_id" integer,
  	"manual_steps_id" integer,
  	"concepts_id" integer,
  	"pages_id" integer,
  	"publications_id" integer,
  	"media_id" integer,
  	"newsletter_subscribers_id" integer,
  	"material_orders_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "support_line_opening_hours_days" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_support_line_opening_hours_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "support_line_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "support_line_emergency_numbers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_support_line_emergency_numbers_kind",
  	"number" varchar
  );
  
  CREATE TABLE "support_line_emergency_numbers_locales" (
  	"label" varchar,
  	"when_to_call" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "support_line" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"phone" varchar,
  	"closed_on_public_holidays" boolean DEFAULT true,
  	"email" varchar,
  	"website" varchar,
  	"updated_by_id" integer,
  	"_status" "enum_support_line_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "support_line_locales" (
  	"name" varchar,
  	"description" varchar,
  	"when_closed" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_support_line_v_version_opening_hours_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__support_line_v_version_opening_hours_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_support_line_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_support_line_v_version_emergency_numbers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__support_line_v_version_emergency_numbers_kind",
  	"number" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_support_line_v_version_emergency_numbers_locales" (
  	"label" varchar,
  	"when_to_call" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_support_line_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_phone" varchar,
  	"version_closed_on_public_holidays" boolean DEFAULT true,
  	"version_email" varchar,
  	"version_website" varchar,
  	"version_updated_by_id" integer,
  	"version__status" "enum__support_line_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__support_line_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_support_line_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_when_closed" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "regions" ADD CONSTRAINT "regions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regions_locales" ADD CONSTRAINT "regions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regions_v" ADD CONSTRAINT "_regions_v_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regions_v" ADD CONSTRAINT "_regions_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regions_v_locales" ADD CONSTRAINT "_regions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "counties" ADD CONSTRAINT "counties_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "counties" ADD CONSTRAINT "counties_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "counties_locales" ADD CONSTRAINT "counties_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_counties_v" ADD CONSTRAINT "_counties_v_parent_id_counties_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."counties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_counties_v" ADD CONSTRAINT "_counties_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_counties_v" ADD CONSTRAINT "_counties_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_counties_v_locales" ADD CONSTRAINT "_counties_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_counties_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_municipalities_v" ADD CONSTRAINT "_municipalities_v_parent_id_municipalities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_municipalities_v" ADD CONSTRAINT "_municipalities_v_version_county_id_counties_id_fk" FOREIGN KEY ("version_county_id") REFERENCES "public"."counties"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_municipalities_v" ADD CONSTRAINT "_municipalities_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinators_phones" ADD CONSTRAINT "coordinators_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coordinators_phones_locales" ADD CONSTRAINT "coordinators_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."coordinators_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coordinators_languages" ADD CONSTRAINT "coordinators_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coordinators_tasks" ADD CONSTRAINT "coordinators_tasks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coordinators_tasks_locales" ADD CONSTRAINT "coordinators_tasks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."coordinators_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coordinators" ADD CONSTRAINT "coordinators_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinators" ADD CONSTRAINT "coordinators_host_municipality_id_municipalities_id_fk" FOREIGN KEY ("host_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinators" ADD CONSTRAINT "coordinators_verified_by_id_users_id_fk" FOREIGN KEY ("verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinators" ADD CONSTRAINT "coordinators_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "coordinators_locales" ADD CONSTRAINT "coordinators_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coordinators_v_version_phones" ADD CONSTRAINT "_coordinators_v_version_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_coordinators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coordinators_v_version_phones_locales" ADD CONSTRAINT "_coordinators_v_version_phones_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_coordinators_v_version_phones"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coordinators_v_version_languages" ADD CONSTRAINT "_coordinators_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_coordinators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coordinators_v_version_tasks" ADD CONSTRAINT "_coordinators_v_version_tasks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_coordinators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coordinators_v_version_tasks_locales" ADD CONSTRAINT "_coordinators_v_version_tasks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_coordinators_v_version_tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_coordinators_v" ADD CONSTRAINT "_coordinators_v_parent_id_coordinators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."coordinators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_coordinators_v" ADD CONSTRAINT "_coordinators_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_coordinators_v" ADD CONSTRAINT "_coordinators_v_version_host_municipality_id_municipalities_id_fk" FOREIGN KEY ("version_host_municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_coordinators_v" ADD CONSTRAINT "_coordinators_v_version_verified_by_id_users_id_fk" FOREIGN KEY ("version_verified_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_coordinators_v" ADD CONSTRAINT "_coordinators_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_coordinators_v_locales" ADD CONSTRAINT "_coordinators_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_coordinators_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v_locales" ADD CONSTRAINT "_organisations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks" ADD CONSTRAINT "networks_coordinated_by_id_organisations_id_fk" FOREIGN KEY ("coordinated_by_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks" ADD CONSTRAINT "networks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks" ADD CONSTRAINT "networks_parent_id_networks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks" ADD CONSTRAINT "networks_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "networks_locales" ADD CONSTRAINT "networks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "networks_rels" ADD CONSTRAINT "networks_rels_coordinators_fk" FOREIGN KEY ("coordinators_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_parent_id_networks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_coordinated_by_id_organisations_id_fk" FOREIGN KEY ("version_coordinated_by_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_parent_id_networks_id_fk" FOREIGN KEY ("version_parent_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v" ADD CONSTRAINT "_networks_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_networks_v_locales" ADD CONSTRAINT "_networks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_networks_v_rels" ADD CONSTRAINT "_networks_v_rels_coordinators_fk" FOREIGN KEY ("coordinators_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_support_offered" ADD CONSTRAINT "programmes_support_offered_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes_support_offered_locales" ADD CONSTRAINT "programmes_support_offered_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes_support_offered"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_operator_id_organisations_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_funder_id_organisations_id_fk" FOREIGN KEY ("funder_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes" ADD CONSTRAINT "programmes_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programmes_locales" ADD CONSTRAINT "programmes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_support_offered" ADD CONSTRAINT "_programmes_v_version_support_offered_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v_version_support_offered_locales" ADD CONSTRAINT "_programmes_v_version_support_offered_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v_version_support_offered"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_parent_id_programmes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_operator_id_organisations_id_fk" FOREIGN KEY ("version_operator_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_funder_id_organisations_id_fk" FOREIGN KEY ("version_funder_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v" ADD CONSTRAINT "_programmes_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_programmes_v_locales" ADD CONSTRAINT "_programmes_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_programmes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manual_steps" ADD CONSTRAINT "manual_steps_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manual_steps_locales" ADD CONSTRAINT "manual_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."manual_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manual_steps_rels" ADD CONSTRAINT "manual_steps_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."manual_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "manual_steps_rels" ADD CONSTRAINT "manual_steps_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manual_steps_v" ADD CONSTRAINT "_manual_steps_v_parent_id_manual_steps_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."manual_steps"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manual_steps_v" ADD CONSTRAINT "_manual_steps_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manual_steps_v_locales" ADD CONSTRAINT "_manual_steps_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_manual_steps_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manual_steps_v_rels" ADD CONSTRAINT "_manual_steps_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_manual_steps_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_manual_steps_v_rels" ADD CONSTRAINT "_manual_steps_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "concepts" ADD CONSTRAINT "concepts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "concepts_locales" ADD CONSTRAINT "concepts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "concepts_rels" ADD CONSTRAINT "concepts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "concepts_rels" ADD CONSTRAINT "concepts_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v" ADD CONSTRAINT "_concepts_v_parent_id_concepts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."concepts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_concepts_v" ADD CONSTRAINT "_concepts_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_concepts_v_locales" ADD CONSTRAINT "_concepts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_concepts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v_rels" ADD CONSTRAINT "_concepts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_concepts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_concepts_v_rels" ADD CONSTRAINT "_concepts_v_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_links" ADD CONSTRAINT "pages_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_links_locales" ADD CONSTRAINT "pages_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_links" ADD CONSTRAINT "_pages_v_version_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_links_locales" ADD CONSTRAINT "_pages_v_version_links_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_version_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_audiences" ADD CONSTRAINT "publications_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_languages" ADD CONSTRAINT "publications_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_locales" ADD CONSTRAINT "publications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_audiences" ADD CONSTRAINT "_publications_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_languages" ADD CONSTRAINT "_publications_v_version_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_parent_id_publications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_locales" ADD CONSTRAINT "_publications_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_subscribers_topics" ADD CONSTRAINT "newsletter_subscribers_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "material_orders_items" ADD CONSTRAINT "material_orders_items_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "material_orders_items" ADD CONSTRAINT "material_orders_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."material_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_counties_fk" FOREIGN KEY ("counties_id") REFERENCES "public"."counties"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_municipalities_fk" FOREIGN KEY ("municipalities_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coordinators_fk" FOREIGN KEY ("coordinators_id") REFERENCES "public"."coordinators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_networks_fk" FOREIGN KEY ("networks_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programmes_fk" FOREIGN KEY ("programmes_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_manual_steps_fk" FOREIGN KEY ("manual_steps_id") REFERENCES "public"."manual_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_concepts_fk" FOREIGN KEY ("concepts_id") REFERENCES "public"."concepts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_subscribers_fk" FOREIGN KEY ("newsletter_subscribers_id") REFERENCES "public"."newsletter_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_material_orders_fk" FOREIGN KEY ("material_orders_id") REFERENCES "public"."material_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_line_opening_hours_days" ADD CONSTRAINT "support_line_opening_hours_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."support_line_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_line_opening_hours" ADD CONSTRAINT "support_line_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_line"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_line_emergency_numbers" ADD CONSTRAINT "support_line_emergency_numbers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_line"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_line_emergency_numbers_locales" ADD CONSTRAINT "support_line_emergency_numbers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_line_emergency_numbers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "support_line" ADD CONSTRAINT "support_line_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "support_line_locales" ADD CONSTRAINT "support_line_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."support_line"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_line_v_version_opening_hours_days" ADD CONSTRAINT "_support_line_v_version_opening_hours_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_support_line_v_version_opening_hours"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_line_v_version_opening_hours" ADD CONSTRAINT "_support_line_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_line_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_line_v_version_emergency_numbers" ADD CONSTRAINT "_support_line_v_version_emergency_numbers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_line_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_line_v_version_emergency_numbers_locales" ADD CONSTRAINT "_support_line_v_version_emergency_numbers_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_line_v_version_emergency_numbers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_support_line_v" ADD CONSTRAINT "_support_line_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_support_line_v_locales" ADD CONSTRAINT "_support_line_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_support_line_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "regions_slug_idx" ON "regions" USING btree ("slug");
  CREATE INDEX "regions_updated_by_idx" ON "regions" USING btree ("updated_by_id");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE INDEX "regions__status_idx" ON "regions" USING btree ("_status");
  CREATE UNIQUE INDEX "regions_locales_locale_parent_id_unique" ON "regions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_regions_v_parent_idx" ON "_regions_v" USING btree ("parent_id");
  CREATE INDEX "_regions_v_version_version_slug_idx" ON "_regions_v" USING btree ("version_slug");
  CREATE INDEX "_regions_v_version_version_updated_by_idx" ON "_regions_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_regions_v_version_version_updated_at_idx" ON "_regions_v" USING btree ("version_updated_at");
  CREATE INDEX "_regions_v_version_version_created_at_idx" ON "_regions_v" USING btree ("version_created_at");
  CREATE INDEX "_regions_v_version_version__status_idx" ON "_regions_v" USING btree ("version__status");
  CREATE INDEX "_regions_v_created_at_idx" ON "_regions_v" USING btree ("created_at");
  CREATE INDEX "_regions_v_updated_at_idx" ON "_regions_v" USING btree ("updated_at");
  CREATE INDEX "_regions_v_snapshot_idx" ON "_regions_v" USING btree ("snapshot");
  CREATE INDEX "_regions_v_published_locale_idx" ON "_regions_v" USING btree ("published_locale");
  CREATE INDEX "_regions_v_latest_idx" ON "_regions_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_regions_v_locales_locale_parent_id_unique" ON "_regions_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "counties_code_idx" ON "counties" USING btree ("code");
  CREATE INDEX "counties_region_idx" ON "counties" USING btree ("region_id");
  CREATE INDEX "counties_updated_by_idx" ON "counties" USING btree ("updated_by_id");
  CREATE INDEX "counties_updated_at_idx" ON "counties" USING btree ("updated_at");
  CREATE INDEX "counties_created_at_idx" ON "counties" USING btree ("created_at");
  CREATE INDEX "counties__status_idx" ON "counties" USING btree ("_status");
  CREATE UNIQUE INDEX "counties_locales_locale_parent_id_unique" ON "counties_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_counties_v_parent_idx" ON "_counties_v" USING btree ("parent_id");
  CREATE INDEX "_counties_v_version_version_code_idx" ON "_counties_v" USING btree ("version_code");
  CREATE INDEX "_counties_v_version_version_region_idx" ON "_counties_v" USING btree ("version_region_id");
  CREATE INDEX "_counties_v_version_version_updated_by_idx" ON "_counties_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_counties_v_version_version_updated_at_idx" ON "_counties_v" USING btree ("version_updated_at");
  CREATE INDEX "_counties_v_version_version_created_at_idx" ON "_counties_v" USING btree ("version_created_at");
  CREATE INDEX "_counties_v_version_version__status_idx" ON "_counties_v" USING btree ("version__status");
  CREATE INDEX "_counties_v_created_at_idx" ON "_counties_v" USING btree ("created_at");
  CREATE INDEX "_counties_v_updated_at_idx" ON "_counties_v" USING btree ("updated_at");
  CREATE INDEX "_counties_v_snapshot_idx" ON "_counties_v" USING btree ("snapshot");
  CREATE INDEX "_counties_v_published_locale_idx" ON "_counties_v" USING btree ("published_locale");
  CREATE INDEX "_counties_v_latest_idx" ON "_counties_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_counties_v_locales_locale_parent_id_unique" ON "_counties_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "municipalities_name_idx" ON "municipalities" USING btree ("name");
  CREATE UNIQUE INDEX "municipalities_code_idx" ON "municipalities" USING btree ("code");
  CREATE INDEX "municipalities_county_idx" ON "municipalities" USING btree ("county_id");
  CREATE INDEX "municipalities_updated_by_idx" ON "municipalities" USING btree ("updated_by_id");
  CREATE INDEX "municipalities_updated_at_idx" ON "municipalities" USING btree ("updated_at");
  CREATE INDEX "municipalities_created_at_idx" ON "municipalities" USING btree ("created_at");
  CREATE INDEX "municipalities__status_idx" ON "municipalities" USING btree ("_status");
  CREATE INDEX "_municipalities_v_parent_idx" ON "_municipalities_v" USING btree ("parent_id");
  CREATE INDEX "_municipalities_v_version_version_name_idx" ON "_municipalities_v" USING btree ("version_name");
  CREATE INDEX "_municipalities_v_version_version_code_idx" ON "_municipalities_v" USING btree ("version_code");
  CREATE INDEX "_municipalities_v_version_version_county_idx" ON "_municipalities_v" USING btree ("version_county_id");
  CREATE INDEX "_municipalities_v_version_version_updated_by_idx" ON "_municipalities_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_municipalities_v_version_version_updated_at_idx" ON "_municipalities_v" USING btree ("version_updated_at");
  CREATE INDEX "_municipalities_v_version_version_created_at_idx" ON "_municipalities_v" USING btree ("version_created_at");
  CREATE INDEX "_municipalities_v_version_version__status_idx" ON "_municipalities_v" USING btree ("version__status");
  CREATE INDEX "_municipalities_v_created_at_idx" ON "_municipalities_v" USING btree ("created_at");
  CREATE INDEX "_municipalities_v_updated_at_idx" ON "_municipalities_v" USING btree ("updated_at");
  CREATE INDEX "_municipalities_v_snapshot_idx" ON "_municipalities_v" USING btree ("snapshot");
  CREATE INDEX "_municipalities_v_published_locale_idx" ON "_municipalities_v" USING btree ("published_locale");
  CREATE INDEX "_municipalities_v_latest_idx" ON "_municipalities_v" USING btree ("latest");
  CREATE INDEX "coordinators_phones_order_idx" ON "coordinators_phones" USING btree ("_order");
  CREATE INDEX "coordinators_phones_parent_id_idx" ON "coordinators_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "coordinators_phones_locales_locale_parent_id_unique" ON "coordinators_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "coordinators_languages_order_idx" ON "coordinators_languages" USING btree ("order");
  CREATE INDEX "coordinators_languages_parent_idx" ON "coordinators_languages" USING btree ("parent_id");
  CREATE INDEX "coordinators_tasks_order_idx" ON "coordinators_tasks" USING btree ("_order");
  CREATE INDEX "coordinators_tasks_parent_id_idx" ON "coordinators_tasks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "coordinators_tasks_locales_locale_parent_id_unique" ON "coordinators_tasks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "coordinators_region_idx" ON "coordinators" USING btree ("region_id");
  CREATE INDEX "coordinators_host_municipality_idx" ON "coordinators" USING btree ("host_municipality_id");
  CREATE INDEX "coordinators_status_idx" ON "coordinators" USING btree ("status");
  CREATE INDEX "coordinators_verified_by_idx" ON "coordinators" USING btree ("verified_by_id");
  CREATE INDEX "coordinators_updated_by_idx" ON "coordinators" USING btree ("updated_by_id");
  CREATE INDEX "coordinators_updated_at_idx" ON "coordinators" USING btree ("updated_at");
  CREATE INDEX "coordinators_created_at_idx" ON "coordinators" USING btree ("created_at");
  CREATE INDEX "coordinators__status_idx" ON "coordinators" USING btree ("_status");
  CREATE UNIQUE INDEX "coordinators_locales_locale_parent_id_unique" ON "coordinators_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_coordinators_v_version_phones_order_idx" ON "_coordinators_v_version_phones" USING btree ("_order");
  CREATE INDEX "_coordinators_v_version_phones_parent_id_idx" ON "_coordinators_v_version_phones" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_coordinators_v_version_phones_locales_locale_parent_id_uniq" ON "_coordinators_v_version_phones_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_coordinators_v_version_languages_order_idx" ON "_coordinators_v_version_languages" USING btree ("order");
  CREATE INDEX "_coordinators_v_version_languages_parent_idx" ON "_coordinators_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_coordinators_v_version_tasks_order_idx" ON "_coordinators_v_version_tasks" USING btree ("_order");
  CREATE INDEX "_coordinators_v_version_tasks_parent_id_idx" ON "_coordinators_v_version_tasks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_coordinators_v_version_tasks_locales_locale_parent_id_uniqu" ON "_coordinators_v_version_tasks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_coordinators_v_parent_idx" ON "_coordinators_v" USING btree ("parent_id");
  CREATE INDEX "_coordinators_v_version_version_region_idx" ON "_coordinators_v" USING btree ("version_region_id");
  CREATE INDEX "_coordinators_v_version_version_host_municipality_idx" ON "_coordinators_v" USING btree ("version_host_municipality_id");
  CREATE INDEX "_coordinators_v_version_version_status_idx" ON "_coordinators_v" USING btree ("version_status");
  CREATE INDEX "_coordinators_v_version_version_verified_by_idx" ON "_coordinators_v" USING btree ("version_verified_by_id");
  CREATE INDEX "_coordinators_v_version_version_updated_by_idx" ON "_coordinators_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_coordinators_v_version_version_updated_at_idx" ON "_coordinators_v" USING btree ("version_updated_at");
  CREATE INDEX "_coordinators_v_version_version_created_at_idx" ON "_coordinators_v" USING btree ("version_created_at");
  CREATE INDEX "_coordinators_v_version_version__status_idx" ON "_coordinators_v" USING btree ("version__status");
  CREATE INDEX "_coordinators_v_created_at_idx" ON "_coordinators_v" USING btree ("created_at");
  CREATE INDEX "_coordinators_v_updated_at_idx" ON "_coordinators_v" USING btree ("updated_at");
  CREATE INDEX "_coordinators_v_snapshot_idx" ON "_coordinators_v" USING btree ("snapshot");
  CREATE INDEX "_coordinators_v_published_locale_idx" ON "_coordinators_v" USING btree ("published_locale");
  CREATE INDEX "_coordinators_v_latest_idx" ON "_coordinators_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_coordinators_v_locales_locale_parent_id_unique" ON "_coordinators_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_type_idx" ON "organisations" USING btree ("type");
  CREATE INDEX "organisations_updated_by_idx" ON "organisations" USING btree ("updated_by_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_version_slug_idx" ON "_organisations_v" USING btree ("version_slug");
  CREATE INDEX "_organisations_v_version_version_type_idx" ON "_organisations_v" USING btree ("version_type");
  CREATE INDEX "_organisations_v_version_version_updated_by_idx" ON "_organisations_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_snapshot_idx" ON "_organisations_v" USING btree ("snapshot");
  CREATE INDEX "_organisations_v_published_locale_idx" ON "_organisations_v" USING btree ("published_locale");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_organisations_v_locales_locale_parent_id_unique" ON "_organisations_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "networks_slug_idx" ON "networks" USING btree ("slug");
  CREATE INDEX "networks_coordinated_by_idx" ON "networks" USING btree ("coordinated_by_id");
  CREATE INDEX "networks_region_idx" ON "networks" USING btree ("region_id");
  CREATE INDEX "networks_parent_idx" ON "networks" USING btree ("parent_id");
  CREATE INDEX "networks_updated_by_idx" ON "networks" USING btree ("updated_by_id");
  CREATE INDEX "networks_updated_at_idx" ON "networks" USING btree ("updated_at");
  CREATE INDEX "networks_created_at_idx" ON "networks" USING btree ("created_at");
  CREATE INDEX "networks__status_idx" ON "networks" USING btree ("_status");
  CREATE UNIQUE INDEX "networks_locales_locale_parent_id_unique" ON "networks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "networks_rels_order_idx" ON "networks_rels" USING btree ("order");
  CREATE INDEX "networks_rels_parent_idx" ON "networks_rels" USING btree ("parent_id");
  CREATE INDEX "networks_rels_path_idx" ON "networks_rels" USING btree ("path");
  CREATE INDEX "networks_rels_organisations_id_idx" ON "networks_rels" USING btree ("organisations_id");
  CREATE INDEX "networks_rels_coordinators_id_idx" ON "networks_rels" USING btree ("coordinators_id");
  CREATE INDEX "_networks_v_parent_idx" ON "_networks_v" USING btree ("parent_id");
  CREATE INDEX "_networks_v_version_version_slug_idx" ON "_networks_v" USING btree ("version_slug");
  CREATE INDEX "_networks_v_version_version_coordinated_by_idx" ON "_networks_v" USING btree ("version_coordinated_by_id");
  CREATE INDEX "_networks_v_version_version_region_idx" ON "_networks_v" USING btree ("version_region_id");
  CREATE INDEX "_networks_v_version_version_parent_idx" ON "_networks_v" USING btree ("version_parent_id");
  CREATE INDEX "_networks_v_version_version_updated_by_idx" ON "_networks_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_networks_v_version_version_updated_at_idx" ON "_networks_v" USING btree ("version_updated_at");
  CREATE INDEX "_networks_v_version_version_created_at_idx" ON "_networks_v" USING btree ("version_created_at");
  CREATE INDEX "_networks_v_version_version__status_idx" ON "_networks_v" USING btree ("version__status");
  CREATE INDEX "_networks_v_created_at_idx" ON "_networks_v" USING btree ("created_at");
  CREATE INDEX "_networks_v_updated_at_idx" ON "_networks_v" USING btree ("updated_at");
  CREATE INDEX "_networks_v_snapshot_idx" ON "_networks_v" USING btree ("snapshot");
  CREATE INDEX "_networks_v_published_locale_idx" ON "_networks_v" USING btree ("published_locale");
  CREATE INDEX "_networks_v_latest_idx" ON "_networks_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_networks_v_locales_locale_parent_id_unique" ON "_networks_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_networks_v_rels_order_idx" ON "_networks_v_rels" USING btree ("order");
  CREATE INDEX "_networks_v_rels_parent_idx" ON "_networks_v_rels" USING btree ("parent_id");
  CREATE INDEX "_networks_v_rels_path_idx" ON "_networks_v_rels" USING btree ("path");
  CREATE INDEX "_networks_v_rels_organisations_id_idx" ON "_networks_v_rels" USING btree ("organisations_id");
  CREATE INDEX "_networks_v_rels_coordinators_id_idx" ON "_networks_v_rels" USING btree ("coordinators_id");
  CREATE INDEX "programmes_support_offered_order_idx" ON "programmes_support_offered" USING btree ("_order");
  CREATE INDEX "programmes_support_offered_parent_id_idx" ON "programmes_support_offered" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "programmes_support_offered_locales_locale_parent_id_unique" ON "programmes_support_offered_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "programmes_slug_idx" ON "programmes" USING btree ("slug");
  CREATE INDEX "programmes_operator_idx" ON "programmes" USING btree ("operator_id");
  CREATE INDEX "programmes_funder_idx" ON "programmes" USING btree ("funder_id");
  CREATE INDEX "programmes_updated_by_idx" ON "programmes" USING btree ("updated_by_id");
  CREATE INDEX "programmes_updated_at_idx" ON "programmes" USING btree ("updated_at");
  CREATE INDEX "programmes_created_at_idx" ON "programmes" USING btree ("created_at");
  CREATE INDEX "programmes__status_idx" ON "programmes" USING btree ("_status");
  CREATE UNIQUE INDEX "programmes_locales_locale_parent_id_unique" ON "programmes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programmes_v_version_support_offered_order_idx" ON "_programmes_v_version_support_offered" USING btree ("_order");
  CREATE INDEX "_programmes_v_version_support_offered_parent_id_idx" ON "_programmes_v_version_support_offered" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_programmes_v_version_support_offered_locales_locale_parent_" ON "_programmes_v_version_support_offered_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_programmes_v_parent_idx" ON "_programmes_v" USING btree ("parent_id");
  CREATE INDEX "_programmes_v_version_version_slug_idx" ON "_programmes_v" USING btree ("version_slug");
  CREATE INDEX "_programmes_v_version_version_operator_idx" ON "_programmes_v" USING btree ("version_operator_id");
  CREATE INDEX "_programmes_v_version_version_funder_idx" ON "_programmes_v" USING btree ("version_funder_id");
  CREATE INDEX "_programmes_v_version_version_updated_by_idx" ON "_programmes_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_programmes_v_version_version_updated_at_idx" ON "_programmes_v" USING btree ("version_updated_at");
  CREATE INDEX "_programmes_v_version_version_created_at_idx" ON "_programmes_v" USING btree ("version_created_at");
  CREATE INDEX "_programmes_v_version_version__status_idx" ON "_programmes_v" USING btree ("version__status");
  CREATE INDEX "_programmes_v_created_at_idx" ON "_programmes_v" USING btree ("created_at");
  CREATE INDEX "_programmes_v_updated_at_idx" ON "_programmes_v" USING btree ("updated_at");
  CREATE INDEX "_programmes_v_snapshot_idx" ON "_programmes_v" USING btree ("snapshot");
  CREATE INDEX "_programmes_v_published_locale_idx" ON "_programmes_v" USING btree ("published_locale");
  CREATE INDEX "_programmes_v_latest_idx" ON "_programmes_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_programmes_v_locales_locale_parent_id_unique" ON "_programmes_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "manual_steps_number_idx" ON "manual_steps" USING btree ("number");
  CREATE INDEX "manual_steps_updated_by_idx" ON "manual_steps" USING btree ("updated_by_id");
  CREATE INDEX "manual_steps_updated_at_idx" ON "manual_steps" USING btree ("updated_at");
  CREATE INDEX "manual_steps_created_at_idx" ON "manual_steps" USING btree ("created_at");
  CREATE INDEX "manual_steps__status_idx" ON "manual_steps" USING btree ("_status");
  CREATE UNIQUE INDEX "manual_steps_locales_locale_parent_id_unique" ON "manual_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "manual_steps_rels_order_idx" ON "manual_steps_rels" USING btree ("order");
  CREATE INDEX "manual_steps_rels_parent_idx" ON "manual_steps_rels" USING btree ("parent_id");
  CREATE INDEX "manual_steps_rels_path_idx" ON "manual_steps_rels" USING btree ("path");
  CREATE INDEX "manual_steps_rels_organisations_id_idx" ON "manual_steps_rels" USING btree ("organisations_id");
  CREATE INDEX "_manual_steps_v_parent_idx" ON "_manual_steps_v" USING btree ("parent_id");
  CREATE INDEX "_manual_steps_v_version_version_number_idx" ON "_manual_steps_v" USING btree ("version_number");
  CREATE INDEX "_manual_steps_v_version_version_updated_by_idx" ON "_manual_steps_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_manual_steps_v_version_version_updated_at_idx" ON "_manual_steps_v" USING btree ("version_updated_at");
  CREATE INDEX "_manual_steps_v_version_version_created_at_idx" ON "_manual_steps_v" USING btree ("version_created_at");
  CREATE INDEX "_manual_steps_v_version_version__status_idx" ON "_manual_steps_v" USING btree ("version__status");
  CREATE INDEX "_manual_steps_v_created_at_idx" ON "_manual_steps_v" USING btree ("created_at");
  CREATE INDEX "_manual_steps_v_updated_at_idx" ON "_manual_steps_v" USING btree ("updated_at");
  CREATE INDEX "_manual_steps_v_snapshot_idx" ON "_manual_steps_v" USING btree ("snapshot");
  CREATE INDEX "_manual_steps_v_published_locale_idx" ON "_manual_steps_v" USING btree ("published_locale");
  CREATE INDEX "_manual_steps_v_latest_idx" ON "_manual_steps_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_manual_steps_v_locales_locale_parent_id_unique" ON "_manual_steps_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_manual_steps_v_rels_order_idx" ON "_manual_steps_v_rels" USING btree ("order");
  CREATE INDEX "_manual_steps_v_rels_parent_idx" ON "_manual_steps_v_rels" USING btree ("parent_id");
  CREATE INDEX "_manual_steps_v_rels_path_idx" ON "_manual_steps_v_rels" USING btree ("path");
  CREATE INDEX "_manual_steps_v_rels_organisations_id_idx" ON "_manual_steps_v_rels" USING btree ("organisations_id");
  CREATE UNIQUE INDEX "concepts_slug_idx" ON "concepts" USING btree ("slug");
  CREATE INDEX "concepts_updated_by_idx" ON "concepts" USING btree ("updated_by_id");
  CREATE INDEX "concepts_updated_at_idx" ON "concepts" USING btree ("updated_at");
  CREATE INDEX "concepts_created_at_idx" ON "concepts" USING btree ("created_at");
  CREATE INDEX "concepts__status_idx" ON "concepts" USING btree ("_status");
  CREATE UNIQUE INDEX "concepts_locales_locale_parent_id_unique" ON "concepts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "concepts_rels_order_idx" ON "concepts_rels" USING btree ("order");
  CREATE INDEX "concepts_rels_parent_idx" ON "concepts_rels" USING btree ("parent_id");
  CREATE INDEX "concepts_rels_path_idx" ON "concepts_rels" USING btree ("path");
  CREATE INDEX "concepts_rels_concepts_id_idx" ON "concepts_rels" USING btree ("concepts_id");
  CREATE INDEX "_concepts_v_parent_idx" ON "_concepts_v" USING btree ("parent_id");
  CREATE INDEX "_concepts_v_version_version_slug_idx" ON "_concepts_v" USING btree ("version_slug");
  CREATE INDEX "_concepts_v_version_version_updated_by_idx" ON "_concepts_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_concepts_v_version_version_updated_at_idx" ON "_concepts_v" USING btree ("version_updated_at");
  CREATE INDEX "_concepts_v_version_version_created_at_idx" ON "_concepts_v" USING btree ("version_created_at");
  CREATE INDEX "_concepts_v_version_version__status_idx" ON "_concepts_v" USING btree ("version__status");
  CREATE INDEX "_concepts_v_created_at_idx" ON "_concepts_v" USING btree ("created_at");
  CREATE INDEX "_concepts_v_updated_at_idx" ON "_concepts_v" USING btree ("updated_at");
  CREATE INDEX "_concepts_v_snapshot_idx" ON "_concepts_v" USING btree ("snapshot");
  CREATE INDEX "_concepts_v_published_locale_idx" ON "_concepts_v" USING btree ("published_locale");
  CREATE INDEX "_concepts_v_latest_idx" ON "_concepts_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_concepts_v_locales_locale_parent_id_unique" ON "_concepts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_concepts_v_rels_order_idx" ON "_concepts_v_rels" USING btree ("order");
  CREATE INDEX "_concepts_v_rels_parent_idx" ON "_concepts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_concepts_v_rels_path_idx" ON "_concepts_v_rels" USING btree ("path");
  CREATE INDEX "_concepts_v_rels_concepts_id_idx" ON "_concepts_v_rels" USING btree ("concepts_id");
  CREATE INDEX "pages_links_order_idx" ON "pages_links" USING btree ("_order");
  CREATE INDEX "pages_links_parent_id_idx" ON "pages_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "pages_links_locales_locale_parent_id_unique" ON "pages_links_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_updated_by_idx" ON "pages" USING btree ("updated_by_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_version_links_order_idx" ON "_pages_v_version_links" USING btree ("_order");
  CREATE INDEX "_pages_v_version_links_parent_id_idx" ON "_pages_v_version_links" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_pages_v_version_links_locales_locale_parent_id_unique" ON "_pages_v_version_links_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_updated_by_idx" ON "_pages_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "publications_audiences_order_idx" ON "publications_audiences" USING btree ("order");
  CREATE INDEX "publications_audiences_parent_idx" ON "publications_audiences" USING btree ("parent_id");
  CREATE INDEX "publications_languages_order_idx" ON "publications_languages" USING btree ("order");
  CREATE INDEX "publications_languages_parent_idx" ON "publications_languages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "publications_slug_idx" ON "publications" USING btree ("slug");
  CREATE INDEX "publications_type_idx" ON "publications" USING btree ("type");
  CREATE INDEX "publications_file_idx" ON "publications" USING btree ("file_id");
  CREATE INDEX "publications_orderable_idx" ON "publications" USING btree ("orderable");
  CREATE UNIQUE INDEX "publications_article_number_idx" ON "publications" USING btree ("article_number");
  CREATE INDEX "publications_updated_by_idx" ON "publications" USING btree ("updated_by_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications__status_idx" ON "publications" USING btree ("_status");
  CREATE UNIQUE INDEX "publications_locales_locale_parent_id_unique" ON "publications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_publications_v_version_audiences_order_idx" ON "_publications_v_version_audiences" USING btree ("order");
  CREATE INDEX "_publications_v_version_audiences_parent_idx" ON "_publications_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_languages_order_idx" ON "_publications_v_version_languages" USING btree ("order");
  CREATE INDEX "_publications_v_version_languages_parent_idx" ON "_publications_v_version_languages" USING btree ("parent_id");
  CREATE INDEX "_publications_v_parent_idx" ON "_publications_v" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_version_slug_idx" ON "_publications_v" USING btree ("version_slug");
  CREATE INDEX "_publications_v_version_version_type_idx" ON "_publications_v" USING btree ("version_type");
  CREATE INDEX "_publications_v_version_version_file_idx" ON "_publications_v" USING btree ("version_file_id");
  CREATE INDEX "_publications_v_version_version_orderable_idx" ON "_publications_v" USING btree ("version_orderable");
  CREATE INDEX "_publications_v_version_version_article_number_idx" ON "_publications_v" USING btree ("version_article_number");
  CREATE INDEX "_publications_v_version_version_updated_by_idx" ON "_publications_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_publications_v_version_version_updated_at_idx" ON "_publications_v" USING btree ("version_updated_at");
  CREATE INDEX "_publications_v_version_version_created_at_idx" ON "_publications_v" USING btree ("version_created_at");
  CREATE INDEX "_publications_v_version_version__status_idx" ON "_publications_v" USING btree ("version__status");
  CREATE INDEX "_publications_v_created_at_idx" ON "_publications_v" USING btree ("created_at");
  CREATE INDEX "_publications_v_updated_at_idx" ON "_publications_v" USING btree ("updated_at");
  CREATE INDEX "_publications_v_snapshot_idx" ON "_publications_v" USING btree ("snapshot");
  CREATE INDEX "_publications_v_published_locale_idx" ON "_publications_v" USING btree ("published_locale");
  CREATE INDEX "_publications_v_latest_idx" ON "_publications_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_publications_v_locales_locale_parent_id_unique" ON "_publications_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "newsletter_subscribers_topics_order_idx" ON "newsletter_subscribers_topics" USING btree ("order");
  CREATE INDEX "newsletter_subscribers_topics_parent_idx" ON "newsletter_subscribers_topics" USING btree ("parent_id");
  CREATE UNIQUE INDEX "newsletter_subscribers_email_idx" ON "newsletter_subscribers" USING btree ("email");
  CREATE INDEX "newsletter_subscribers_status_idx" ON "newsletter_subscribers" USING btree ("status");
  CREATE INDEX "newsletter_subscribers_updated_at_idx" ON "newsletter_subscribers" USING btree ("updated_at");
  CREATE INDEX "newsletter_subscribers_created_at_idx" ON "newsletter_subscribers" USING btree ("created_at");
  CREATE INDEX "material_orders_items_order_idx" ON "material_orders_items" USING btree ("_order");
  CREATE INDEX "material_orders_items_parent_id_idx" ON "material_orders_items" USING btree ("_parent_id");
  CREATE INDEX "material_orders_items_publication_idx" ON "material_orders_items" USING btree ("publication_id");
  CREATE UNIQUE INDEX "material_orders_order_number_idx" ON "material_orders" USING btree ("order_number");
  CREATE INDEX "material_orders_status_idx" ON "material_orders" USING btree ("status");
  CREATE INDEX "material_orders_updated_at_idx" ON "material_orders" USING btree ("updated_at");
  CREATE INDEX "material_orders_created_at_idx" ON "material_orders" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_counties_id_idx" ON "payload_locked_documents_rels" USING btree ("counties_id");
  CREATE INDEX "payload_locked_documents_rels_municipalities_id_idx" ON "payload_locked_documents_rels" USING btree ("municipalities_id");
  CREATE INDEX "payload_locked_documents_rels_coordinators_id_idx" ON "payload_locked_documents_rels" USING btree ("coordinators_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_networks_id_idx" ON "payload_locked_documents_rels" USING btree ("networks_id");
  CREATE INDEX "payload_locked_documents_rels_programmes_id_idx" ON "payload_locked_documents_rels" USING btree ("programmes_id");
  CREATE INDEX "payload_locked_documents_rels_manual_steps_id_idx" ON "payload_locked_documents_rels" USING btree ("manual_steps_id");
  CREATE INDEX "payload_locked_documents_rels_concepts_id_idx" ON "payload_locked_documents_rels" USING btree ("concepts_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_material_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("material_orders_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "support_line_opening_hours_days_order_idx" ON "support_line_opening_hours_days" USING btree ("order");
  CREATE INDEX "support_line_opening_hours_days_parent_idx" ON "support_line_opening_hours_days" USING btree ("parent_id");
  CREATE INDEX "support_line_opening_hours_order_idx" ON "support_line_opening_hours" USING btree ("_order");
  CREATE INDEX "support_line_opening_hours_parent_id_idx" ON "support_line_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "support_line_emergency_numbers_order_idx" ON "support_line_emergency_numbers" USING btree ("_order");
  CREATE INDEX "support_line_emergency_numbers_parent_id_idx" ON "support_line_emergency_numbers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "support_line_emergency_numbers_locales_locale_parent_id_uniq" ON "support_line_emergency_numbers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "support_line_updated_by_idx" ON "support_line" USING btree ("updated_by_id");
  CREATE INDEX "support_line__status_idx" ON "support_line" USING btree ("_status");
  CREATE UNIQUE INDEX "support_line_locales_locale_parent_id_unique" ON "support_line_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_support_line_v_version_opening_hours_days_order_idx" ON "_support_line_v_version_opening_hours_days" USING btree ("order");
  CREATE INDEX "_support_line_v_version_opening_hours_days_parent_idx" ON "_support_line_v_version_opening_hours_days" USING btree ("parent_id");
  CREATE INDEX "_support_line_v_version_opening_hours_order_idx" ON "_support_line_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_support_line_v_version_opening_hours_parent_id_idx" ON "_support_line_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_support_line_v_version_emergency_numbers_order_idx" ON "_support_line_v_version_emergency_numbers" USING btree ("_order");
  CREATE INDEX "_support_line_v_version_emergency_numbers_parent_id_idx" ON "_support_line_v_version_emergency_numbers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_support_line_v_version_emergency_numbers_locales_locale_par" ON "_support_line_v_version_emergency_numbers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_support_line_v_version_version_updated_by_idx" ON "_support_line_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_support_line_v_version_version__status_idx" ON "_support_line_v" USING btree ("version__status");
  CREATE INDEX "_support_line_v_created_at_idx" ON "_support_line_v" USING btree ("created_at");
  CREATE INDEX "_support_line_v_updated_at_idx" ON "_support_line_v" USING btree ("updated_at");
  CREATE INDEX "_support_line_v_snapshot_idx" ON "_support_line_v" USING btree ("snapshot");
  CREATE INDEX "_support_line_v_published_locale_idx" ON "_support_line_v" USING btree ("published_locale");
  CREATE INDEX "_support_line_v_latest_idx" ON "_support_line_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_support_line_v_locales_locale_parent_id_unique" ON "_support_line_v_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "regions" CASCADE;
  DROP TABLE "regions_locales" CASCADE;
  DROP TABLE "_regions_v" CASCADE;
  DROP TABLE "_regions_v_locales" CASCADE;
  DROP TABLE "counties" CASCADE;
  DROP TABLE "counties_locales" CASCADE;
  DROP TABLE "_counties_v" CASCADE;
  DROP TABLE "_counties_v_locales" CASCADE;
  DROP TABLE "municipalities" CASCADE;
  DROP TABLE "_municipalities_v" CASCADE;
  DROP TABLE "coordinators_phones" CASCADE;
  DROP TABLE "coordinators_phones_locales" CASCADE;
  DROP TABLE "coordinators_languages" CASCADE;
  DROP TABLE "coordinators_tasks" CASCADE;
  DROP TABLE "coordinators_tasks_locales" CASCADE;
  DROP TABLE "coordinators" CASCADE;
  DROP TABLE "coordinators_locales" CASCADE;
  DROP TABLE "_coordinators_v_version_phones" CASCADE;
  DROP TABLE "_coordinators_v_version_phones_locales" CASCADE;
  DROP TABLE "_coordinators_v_version_languages" CASCADE;
  DROP TABLE "_coordinators_v_version_tasks" CASCADE;
  DROP TABLE "_coordinators_v_version_tasks_locales" CASCADE;
  DROP TABLE "_coordinators_v" CASCADE;
  DROP TABLE "_coordinators_v_locales" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "_organisations_v_locales" CASCADE;
  DROP TABLE "networks" CASCADE;
  DROP TABLE "networks_locales" CASCADE;
  DROP TABLE "networks_rels" CASCADE;
  DROP TABLE "_networks_v" CASCADE;
  DROP TABLE "_networks_v_locales" CASCADE;
  DROP TABLE "_networks_v_rels" CASCADE;
  DROP TABLE "programmes_support_offered" CASCADE;
  DROP TABLE "programmes_support_offered_locales" CASCADE;
  DROP TABLE "programmes" CASCADE;
  DROP TABLE "programmes_locales" CASCADE;
  DROP TABLE "_programmes_v_version_support_offered" CASCADE;
  DROP TABLE "_programmes_v_version_support_offered_locales" CASCADE;
  DROP TABLE "_programmes_v" CASCADE;
  DROP TABLE "_programmes_v_locales" CASCADE;
  DROP TABLE "manual_steps" CASCADE;
  DROP TABLE "manual_steps_locales" CASCADE;
  DROP TABLE "manual_steps_rels" CASCADE;
  DROP TABLE "_manual_steps_v" CASCADE;
  DROP TABLE "_manual_steps_v_locales" CASCADE;
  DROP TABLE "_manual_steps_v_rels" CASCADE;
  DROP TABLE "concepts" CASCADE;
  DROP TABLE "concepts_locales" CASCADE;
  DROP TABLE "concepts_rels" CASCADE;
  DROP TABLE "_concepts_v" CASCADE;
  DROP TABLE "_concepts_v_locales" CASCADE;
  DROP TABLE "_concepts_v_rels" CASCADE;
  DROP TABLE "pages_links" CASCADE;
  DROP TABLE "pages_links_locales" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_version_links" CASCADE;
  DROP TABLE "_pages_v_version_links_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "publications_audiences" CASCADE;
  DROP TABLE "publications_languages" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_locales" CASCADE;
  DROP TABLE "_publications_v_version_audiences" CASCADE;
  DROP TABLE "_publications_v_version_languages" CASCADE;
  DROP TABLE "_publications_v" CASCADE;
  DROP TABLE "_publications_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "newsletter_subscribers_topics" CASCADE;
  DROP TABLE "newsletter_subscribers" CASCADE;
  DROP TABLE "material_orders_items" CASCADE;
  DROP TABLE "material_orders" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "support_line_opening_hours_days" CASCADE;
  DROP TABLE "support_line_opening_hours" CASCADE;
  DROP TABLE "support_line_emergency_numbers" CASCADE;
  DROP TABLE "support_line_emergency_numbers_locales" CASCADE;
  DROP TABLE "support_line" CASCADE;
  DROP TABLE "support_line_locales" CASCADE;
  DROP TABLE "_support_line_v_version_opening_hours_days" CASCADE;
  DROP TABLE "_support_line_v_version_opening_hours" CASCADE;
  DROP TABLE "_support_line_v_version_emergency_numbers" CASCADE;
  DROP TABLE "_support_line_v_version_emergency_numbers_locales" CASCADE;
  DROP TABLE "_support_line_v" CASCADE;
  DROP TABLE "_support_line_v_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_regions_status";
  DROP TYPE "public"."enum__regions_v_version_status";
  DROP TYPE "public"."enum__regions_v_published_locale";
  DROP TYPE "public"."enum_counties_status";
  DROP TYPE "public"."enum__counties_v_version_status";
  DROP TYPE "public"."enum__counties_v_published_locale";
  DROP TYPE "public"."enum_municipalities_status";
  DROP TYPE "public"."enum__municipalities_v_version_status";
  DROP TYPE "public"."enum__municipalities_v_published_locale";
  DROP TYPE "public"."enum_coordinators_phones_type";
  DROP TYPE "public"."enum_coordinators_languages";
  DROP TYPE "public"."enum_coordinators_post_status";
  DROP TYPE "public"."enum_coordinators_status";
  DROP TYPE "public"."enum__coordinators_v_version_phones_type";
  DROP TYPE "public"."enum__coordinators_v_version_languages";
  DROP TYPE "public"."enum__coordinators_v_version_status";
  DROP TYPE "public"."enum__coordinators_v_published_locale";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_type";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum__organisations_v_published_locale";
  DROP TYPE "public"."enum_networks_type";
  DROP TYPE "public"."enum_networks_status";
  DROP TYPE "public"."enum__networks_v_version_type";
  DROP TYPE "public"."enum__networks_v_version_status";
  DROP TYPE "public"."enum__networks_v_published_locale";
  DROP TYPE "public"."enum_programmes_status";
  DROP TYPE "public"."enum__programmes_v_version_status";
  DROP TYPE "public"."enum__programmes_v_published_locale";
  DROP TYPE "public"."enum_manual_steps_status";
  DROP TYPE "public"."enum__manual_steps_v_version_status";
  DROP TYPE "public"."enum__manual_steps_v_published_locale";
  DROP TYPE "public"."enum_concepts_status";
  DROP TYPE "public"."enum__concepts_v_version_status";
  DROP TYPE "public"."enum__concepts_v_published_locale";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_publications_audiences";
  DROP TYPE "public"."enum_publications_languages";
  DROP TYPE "public"."enum_publications_type";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum__publications_v_version_audiences";
  DROP TYPE "public"."enum__publications_v_version_languages";
  DROP TYPE "public"."enum__publications_v_version_type";
  DROP TYPE "public"."enum__publications_v_version_status";
  DROP TYPE "public"."enum__publications_v_published_locale";
  DROP TYPE "public"."enum_newsletter_subscribers_topics";
  DROP TYPE "public"."enum_newsletter_subscribers_status";
  DROP TYPE "public"."enum_newsletter_subscribers_locale";
  DROP TYPE "public"."enum_material_orders_status";
  DROP TYPE "public"."enum_material_orders_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_support_line_opening_hours_days";
  DROP TYPE "public"."enum_support_line_emergency_numbers_kind";
  DROP TYPE "public"."enum_support_line_status";
  DROP TYPE "public"."enum__support_line_v_version_opening_hours_days";
  DROP TYPE "public"."enum__support_line_v_version_emergency_numbers_kind";
  DROP TYPE "public"."enum__support_line_v_version_status";
  DROP TYPE "public"."enum__support_line_v_published_locale";`)
}
