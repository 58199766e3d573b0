CREATE TABLE "child_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"notification_id" uuid,
	"started_on" date NOT NULL,
	"due_on" date NOT NULL,
	"started_by" uuid,
	"concluded_on" date,
	"concluded_by" uuid,
	"conclusion" text,
	"child_view" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "children" ADD COLUMN "address_district" text;--> statement-breakpoint
ALTER TABLE "guardians" ADD COLUMN "contact" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "status" text DEFAULT 'historical' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "registered_by" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "reporter_name" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "reporter_contact" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "reporter_professional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "concern" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "violence_or_abuse" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "child_name" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "child_birth_date" date;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "assessment_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "assessed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "assessed_by" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "child_in_danger" boolean;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "outcome_reason" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "receipt_due" date;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "receipt_sent_on" date;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "child_assessments" ADD CONSTRAINT "child_assessments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_assessments" ADD CONSTRAINT "child_assessments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_assessments" ADD CONSTRAINT "child_assessments_child_id_children_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_assessments" ADD CONSTRAINT "child_assessments_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_assessments" ADD CONSTRAINT "child_assessments_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_assessments" ADD CONSTRAINT "child_assessments_concluded_by_users_id_fk" FOREIGN KEY ("concluded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "child_assessments_case_idx" ON "child_assessments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "child_assessments_municipality_idx" ON "child_assessments" USING btree ("municipality_id","started_on");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_queue_idx" ON "notifications" USING btree ("municipality_id","assessment_due_at") WHERE "notifications"."status" = 'received';--> statement-breakpoint
CREATE INDEX "notifications_child_idx" ON "notifications" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "notifications_case_idx" ON "notifications" USING btree ("case_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_status_check" CHECK ("status" in ('historical', 'received', 'assessed'));--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_intake_check" CHECK ("status" = 'historical' OR ("received_at" IS NOT NULL AND "assessment_due_at" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "child_assessments" ADD CONSTRAINT "child_assessments_due_check" CHECK ("due_on" > "started_on" AND ("concluded_on" IS NULL OR "concluded_on" >= "started_on"));--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON child_assessments
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON child_assessments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON child_assessments
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
