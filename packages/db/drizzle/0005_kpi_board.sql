CREATE TABLE "kpi_board_snapshots" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"data_version" bigint NOT NULL,
	"last_day" date NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"board" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_data_versions" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_pending_bumps" (
	"municipality_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kpi_board_snapshots" ADD CONSTRAINT "kpi_board_snapshots_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_data_versions" ADD CONSTRAINT "kpi_data_versions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;