// `pnpm test:pg` runs the database suites against a real PostgreSQL server; without
// TEST_DATABASE_URL they would silently fall back to PGlite, so refuse instead.
if (!process.env.TEST_DATABASE_URL) {
  console.error(
    'TEST_DATABASE_URL is not set. Start a throwaway cluster (see README, "Testing on PostgreSQL") and run:\n' +
      '  TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5433/postgres pnpm test:pg',
  );
  process.exit(2);
}
