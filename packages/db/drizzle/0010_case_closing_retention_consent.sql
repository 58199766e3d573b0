CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"given_by" text NOT NULL,
	"guardian_id" uuid,
	"party_kind" text NOT NULL,
	"party_name" text NOT NULL,
	"purpose" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	"revoked_via" text,
	"revocation_seen_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deletion_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"case_hash" text NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date NOT NULL,
	"removed_on" date NOT NULL,
	"mode" text NOT NULL,
	"retention_years" integer NOT NULL,
	"policy_version" integer NOT NULL,
	"policy_configured_by" uuid,
	"counts" jsonb NOT NULL,
	"run_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_policies" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"retention_years" integer DEFAULT 5 NOT NULL,
	"mode" text DEFAULT 'delete' NOT NULL,
	"young_person_access_age" integer DEFAULT 15 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"configured_by" uuid,
	"configured_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "close_reason" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "legal_hold" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "legal_hold_reason" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "anonymised_on" date;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_guardian_id_guardians_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."guardians"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deletion_records" ADD CONSTRAINT "deletion_records_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_policies" ADD CONSTRAINT "retention_policies_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_policies" ADD CONSTRAINT "retention_policies_configured_by_users_id_fk" FOREIGN KEY ("configured_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_child_idx" ON "consents" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deletion_records_case_idx" ON "deletion_records" USING btree ("case_hash");--> statement-breakpoint
CREATE INDEX "deletion_records_municipality_idx" ON "deletion_records" USING btree ("municipality_id","removed_on");--> statement-breakpoint
-- Retention deletion unlinks the audit log from a removed child: only through
-- forget_audit_child(), which may set child_id to null and replace the entity id and
-- criteria that name the child or case. Who did what and when stays as evidence.
CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('trappen.audit_purge', true) = 'on' AND OLD.at < now() - interval '180 days' THEN
      RETURN OLD;
    END IF;
  END IF;
  IF TG_OP = 'UPDATE' AND current_setting('trappen.audit_forget', true) = 'on'
    AND NEW.child_id IS NULL
    AND (NEW.id, NEW.at, NEW.municipality_id, NEW.user_id, NEW.role, NEW.action, NEW.entity, NEW.outcome, NEW.request_id)
      IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.municipality_id, OLD.user_id, OLD.role, OLD.action, OLD.entity, OLD.outcome, OLD.request_id)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION forget_audit_child(m uuid, child uuid, ids text[], terms text[], replacement text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  changed bigint;
BEGIN
  PERFORM set_config('trappen.audit_forget', 'on', true);
  UPDATE audit_log SET
    child_id = NULL,
    entity_id = CASE WHEN entity_id = ANY(ids) THEN replacement ELSE entity_id END,
    criteria = CASE
      WHEN criteria IS NOT NULL AND EXISTS (
        SELECT 1 FROM unnest(ids || terms) AS t(term)
        WHERE t.term <> '' AND position(lower(t.term) IN lower(criteria::text)) > 0
      ) THEN jsonb_build_object('redacted', 'retention')
      ELSE criteria END
  WHERE child_id = child OR (municipality_id IS NOT DISTINCT FROM m AND (entity_id = ANY(ids)
    OR (criteria IS NOT NULL AND EXISTS (
      SELECT 1 FROM unnest(ids || terms) AS t(term)
      WHERE t.term <> '' AND position(lower(t.term) IN lower(criteria::text)) > 0))));
  GET DIAGNOSTICS changed = ROW_COUNT;
  PERFORM set_config('trappen.audit_forget', 'off', true);
  RETURN changed;
END;
$$;
