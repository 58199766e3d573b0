-- The council board is cached per municipality and data version. Every transaction
-- that writes data the board reads bumps its municipality's version once, at commit.
-- Statement triggers read the municipalities from the transition tables (no per-row
-- function call, so bulk imports stay fast) and queue one row per transaction and
-- municipality in kpi_pending_bumps; its deferred constraint trigger bumps the version
-- when the transaction commits, after the writer's other work, so taking the version
-- row's lock last cannot deadlock with rows the writer already holds.
CREATE SEQUENCE IF NOT EXISTS kpi_data_version_seq;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kpi_queue_bump(m uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  flag text := 'trappen_kpi.m' || replace(m::text, '-', '');
BEGIN
  IF m IS NULL OR current_setting(flag, true) = '1' THEN
    RETURN;
  END IF;
  PERFORM set_config(flag, '1', true);
  INSERT INTO kpi_pending_bumps (municipality_id) VALUES (m);
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kpi_rows_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
    PERFORM kpi_queue_bump(municipality_id) FROM (SELECT DISTINCT municipality_id FROM new_rows) AS n;
  END IF;
  IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
    PERFORM kpi_queue_bump(municipality_id) FROM (SELECT DISTINCT municipality_id FROM old_rows) AS o;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kpi_municipalities_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kpi_queue_bump(id) FROM new_rows;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kpi_bump_at_commit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM kpi_pending_bumps WHERE municipality_id = NEW.municipality_id;
  INSERT INTO kpi_data_versions (municipality_id, version, changed_at)
  SELECT NEW.municipality_id, nextval('kpi_data_version_seq'), now()
  WHERE EXISTS (SELECT 1 FROM municipalities WHERE id = NEW.municipality_id)
  ON CONFLICT (municipality_id)
  DO UPDATE SET version = excluded.version, changed_at = excluded.changed_at;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER kpi_bump_at_commit
  AFTER INSERT ON kpi_pending_bumps
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION kpi_bump_at_commit();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON municipalities
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_municipalities_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON municipalities
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_municipalities_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON cases
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON case_assignments
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON case_assignments
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON case_assignments
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON interventions
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON interventions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON interventions
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON follow_ups
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON follow_ups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON follow_ups
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON notifications
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON notifications
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON notifications
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON budget_entries
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON budget_entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON budget_entries
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON business_cases
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON business_cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON business_cases
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON children
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON children
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON children
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON caseworkers
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON caseworkers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON caseworkers
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON teams
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON teams
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON teams
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON staircases
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON staircases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON staircases
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_inserted AFTER INSERT ON rule_sets
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_updated AFTER UPDATE ON rule_sets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
--> statement-breakpoint
CREATE TRIGGER kpi_data_deleted AFTER DELETE ON rule_sets
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kpi_rows_changed();
