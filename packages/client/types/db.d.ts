// A type-only stand-in for the private @trappen/db, used when bundling the published
// declarations: clients never see the server's database, so `Database` is opaque here
// and only the user role (which outputs carry) is kept. `src/db-stand-in.test.ts`
// checks the role against the real schema.
export type Database = unknown;
/** Opaque too: SQL fragments only appear in the server's context type, never in outputs. */
export type SQL = unknown;
export declare const users: {
  $inferSelect: {
    role: 'caseworker' | 'teamLeader' | 'administrator' | 'parent' | 'councilMember';
  };
};
