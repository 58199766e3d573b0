-- Retention: rows older than the configured period may be purged, but only through
-- purge_audit_log(), never below the 180-day floor, and never by UPDATE or TRUNCATE.
CREATE OR REPLACE FUNCTION audit_log_reject_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('trappen.audit_purge', true) = 'on' AND OLD.at < now() - interval '180 days' THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION purge_audit_log(retention interval) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  removed bigint;
BEGIN
  IF retention IS NULL OR retention < interval '180 days' THEN
    RAISE EXCEPTION 'audit retention must be at least 180 days (got %)', retention
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('trappen.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE at < now() - retention;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('trappen.audit_purge', 'off', true);
  RETURN removed;
END;
$$;
