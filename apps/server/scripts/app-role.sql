-- Least privilege for the running server. Run once per database as the schema owner
-- (the role that ran the migrations), then connect the server as trappen_app:
--   psql "$DATABASE_URL" -f apps/server/scripts/app-role.sql
--   ALTER ROLE trappen_app PASSWORD '…';   -- outside version control
-- The audit log is append-only for this role: no UPDATE, DELETE or TRUNCATE privilege,
-- and the trigger refuses them for everyone; old rows leave only via purge_audit_log(),
-- which only the owner may run, with the period in audit_retention, which this role may
-- read but not change. Its inserts are stamped by the database (migration 0010).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trappen_app') THEN
    CREATE ROLE trappen_app LOGIN;
  END IF;
END
$$;
GRANT USAGE ON SCHEMA public TO trappen_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO trappen_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO trappen_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM trappen_app;
-- Retention deletion unlinks audit rows from a removed child only through this function.
GRANT EXECUTE ON FUNCTION forget_audit_child(uuid, uuid, text[], text[], text) TO trappen_app;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_retention FROM trappen_app;
REVOKE EXECUTE ON FUNCTION purge_audit_log() FROM PUBLIC, trappen_app;
-- The server checks the schema version at start (it never migrates PostgreSQL itself).
GRANT USAGE ON SCHEMA drizzle TO trappen_app;
GRANT SELECT ON drizzle.__drizzle_migrations TO trappen_app;
-- The message queue (pg-boss, installed by `pnpm migrate`): its jobs and bookkeeping.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_namespace WHERE nspname = 'pgboss') THEN
    GRANT USAGE ON SCHEMA pgboss TO trappen_app;
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO trappen_app;
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA pgboss TO trappen_app;
  END IF;
END
$$;
