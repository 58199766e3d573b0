CREATE TABLE "login_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP TABLE "login_failures" CASCADE;--> statement-breakpoint
-- Reserves one login attempt for an (account, address) key and an address key, before the
-- password is checked. Both rows are locked (created when missing) in a fixed order, so
-- parallel attempts from any number of server instances queue here one by one: only
-- reserved attempts are evaluated. A key is forgiven after `quiet` without attempts; past
-- its free attempts, each further one waits `first_delay`, doubling, at most `quiet`.
-- Returns 0 when reserved, else the seconds to wait.
CREATE FUNCTION reserve_login_attempt(
  pair_key text, address_key text, free_per_pair integer, free_per_address integer,
  quiet interval, first_delay interval
) RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE
  wait interval := interval '0';
  current_row login_throttle;
BEGIN
  INSERT INTO login_throttle (key) VALUES (pair_key), (address_key) ON CONFLICT (key) DO NOTHING;
  FOR current_row IN
    SELECT * FROM login_throttle WHERE key IN (pair_key, address_key) ORDER BY key FOR UPDATE
  LOOP
    IF current_row.next_attempt_at > now() THEN
      wait := greatest(wait, current_row.next_attempt_at - now());
    END IF;
  END LOOP;
  IF wait > interval '0' THEN
    RETURN greatest(extract(epoch FROM wait)::double precision, 1);
  END IF;
  UPDATE login_throttle t SET
    attempts = CASE WHEN t.last_attempt_at <= now() - quiet THEN 1 ELSE t.attempts + 1 END,
    last_attempt_at = now()
  WHERE t.key IN (pair_key, address_key);
  UPDATE login_throttle t SET next_attempt_at = CASE
      WHEN t.attempts >= CASE WHEN t.key = pair_key THEN free_per_pair ELSE free_per_address END
      THEN now() + least(
        first_delay * power(2, t.attempts
          - CASE WHEN t.key = pair_key THEN free_per_pair ELSE free_per_address END),
        quiet)
      ELSE now() END
  WHERE t.key IN (pair_key, address_key);
  RETURN 0;
END
$$;
