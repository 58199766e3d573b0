-- Audit rows can no longer be forged or purged early by the running server's role.
-- 1. Any role but the table's owner may only append rows stamped by the database: `at` is
--    the transaction's time and `user_id` the user the application set for the transaction
--    (`set_config('trappen.user_id', …, true)`, unset = anonymous). Anything else is refused.
CREATE OR REPLACE FUNCTION audit_log_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  acting text := nullif(current_setting('trappen.user_id', true), '');
BEGIN
  IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
    RETURN NEW;
  END IF;
  IF NEW.at IS DISTINCT FROM now() THEN
    RAISE EXCEPTION 'audit_log.at is set by the database (got %)', NEW.at
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.user_id IS DISTINCT FROM acting::uuid THEN
    RAISE EXCEPTION 'audit_log.user_id must be the session''s user (trappen.user_id)'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_stamp();
--> statement-breakpoint
-- 2. The retention period lives in the database (one row, at least 180 days, default five
--    years); the purge uses it and takes no argument, and only the owner may run it.
CREATE TABLE audit_retention (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  days integer NOT NULL DEFAULT 1825 CHECK (days >= 180)
);
--> statement-breakpoint
INSERT INTO audit_retention (only_row, days) VALUES (true, 1825);
--> statement-breakpoint
DROP FUNCTION purge_audit_log(interval);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('trappen.audit_purge', true) = 'on'
      AND OLD.at < now() - make_interval(days => (SELECT days FROM audit_retention)) THEN
      RETURN OLD;
    END IF;
  END IF;
  -- Retention deletion's unlinking of a removed child (forget_audit_child), as before.
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
CREATE FUNCTION purge_audit_log() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  removed bigint;
BEGIN
  PERFORM set_config('trappen.audit_purge', 'on', true);
  DELETE FROM audit_log
    WHERE at < now() - make_interval(days => (SELECT days FROM audit_retention));
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('trappen.audit_purge', 'off', true);
  RETURN removed;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION purge_audit_log() FROM PUBLIC;
