import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A municipality: the tenant every other row belongs to. */
export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey(),
  /** Official four-digit municipality code (e.g. `0657` for Herning). */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  inhabitants: integer('inhabitants').notNull(),
  /** First day of the staircase reform, when it started. */
  reformStart: date('reform_start'),
  /**
   * Whether local passwords are accepted here. An administrator turns it off once
   * staff and parents log in through the municipality's OpenID Connect providers.
   */
  passwordLogin: boolean('password_login').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A team of caseworkers under one team leader. */
export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull(),
    /** When the team was retired; a retired team takes no new members. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('teams_municipality_idx').on(t.municipalityId)],
);

/** A caseworker with authority (sagsbehandler / socialrådgiver). */
export const caseworkers = pgTable(
  'caseworkers',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    name: text('name').notNull(),
    /** How families reach the caseworker. */
    email: text('email').notNull(),
    phone: text('phone').notNull(),
    /** Full-time equivalent, 0..1. */
    fte: real('fte').notNull().default(1),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    leaveFrom: date('leave_from'),
    leaveTo: date('leave_to'),
  },
  (t) => [index('caseworkers_team_idx').on(t.teamId)],
);

/** Roles, deny-by-default: every procedure names the roles it allows. */
export const roleEnum = pgEnum('role', [
  'caseworker',
  'teamLeader',
  'administrator',
  'parent',
  'councilMember',
]);

/** A person who can log in. Staff link to a team or caseworker; parents through guardians. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: roleEnum('role').notNull(),
    /** scrypt hash (`scrypt$N$r$p$salt$hash`); null for users who only log in through OIDC. */
    passwordHash: text('password_hash'),
    teamId: uuid('team_id').references(() => teams.id),
    caseworkerId: uuid('caseworker_id').references(() => caseworkers.id),
    disabled: boolean('disabled').notNull().default(false),
    /** The staff identity provider's stable subject (`sub`), bound at the first OIDC login. */
    oidcSubject: text('oidc_subject'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(t.email),
    uniqueIndex('users_oidc_subject_idx').on(t.oidcSubject),
  ],
);
