/**
 * Who may call each procedure, as data: one rule per procedure path. The one
 * `authorize` middleware in `trpc.ts` enforces it; the public procedures, the
 * console's role lists, the OpenAPI `access` field, the README's procedure table and
 * the security suite's role matrix are all derived from it. `policy-check.ts` makes
 * `tsc` fail when a procedure has no rule or a rule has no procedure.
 *
 * This file is plain data with no imports, so browsers may load it
 * (`@trappen/api/policy`).
 */

/** Every role a user can have. */
export const ROLES = [
  'caseworker',
  'teamLeader',
  'administrator',
  'parent',
  'councilMember',
] as const;

/** A role, as stored on the user. */
export type PolicyRole = (typeof ROLES)[number];

/** Staff who work with cases. */
export const STAFF = ['caseworker', 'teamLeader', 'administrator'] as const;
/** Staff who lead: team leaders and administrators. */
export const LEADERS = ['teamLeader', 'administrator'] as const;
/** Administrators. */
export const ADMINISTRATORS = ['administrator'] as const;
/** Parents (guardians). */
export const PARENTS = ['parent'] as const;
/** Staff on duty for notifications of concern and new cases (not administrators). */
export const INTAKE = ['caseworker', 'teamLeader'] as const;
/** Staff and council members: the roles that receive aggregates. */
export const AGGREGATE_READERS = [...STAFF, 'councilMember'] as const;

/**
 * Which data a caller reaches through a procedure. The queries filter by it (tenant
 * always first); the rule only documents it, so a wrong scope here cannot widen access.
 */
export type Scope =
  /** Nothing stored yet: the login itself. */
  | 'anyone'
  /** The caller's own session. */
  | 'self'
  /** The caller's municipality's configuration (staircase, rules): no person data. */
  | 'configuration'
  /** Cases: a caseworker's own and the team's, a team leader's team, an administrator's municipality. */
  | 'cases'
  /** A team: a caseworker's and team leader's own, any team for an administrator. */
  | 'team'
  /** The caller's municipality as a whole (business cases, audit trail). */
  | 'municipality'
  /** Children the parent is guardian of, and only their published plan. */
  | 'ownChildren'
  /** Municipal aggregates, disclosure-controlled: no person data. */
  | 'aggregate'
  /** The own municipality's board for the rule's roles; any board made public for anyone. */
  | 'board';

/** What each role reaches under a scope, for tables (English, short). */
export const SCOPE_BY_ROLE: Record<Scope, Partial<Record<PolicyRole | 'anonymous', string>>> = {
  anyone: {},
  self: {},
  configuration: { parent: 'steps only' },
  cases: { caseworker: 'own + team', teamLeader: 'team', administrator: 'municipality' },
  team: { caseworker: 'own team', teamLeader: 'own team', administrator: 'any team' },
  municipality: {},
  ownChildren: { parent: 'own children' },
  aggregate: {},
  board: { anonymous: 'public boards' },
};

/** One procedure's rule. */
export interface Rule {
  /** The roles that may call it; every other role gets `FORBIDDEN` (deny by default). */
  readonly roles: readonly PolicyRole[];
  /**
   * Also open to callers outside `roles`, anonymous ones included; the procedure then
   * answers only what is public (the login; a board made public). Default: closed,
   * anonymous callers get `UNAUTHORIZED`.
   */
  readonly open?: true;
  /** Which data the caller reaches. */
  readonly scope: Scope;
  /** One sentence for other teams (OpenAPI, README). */
  readonly summary: string;
}

/**
 * Every procedure's rule, keyed by its path. Adding a procedure: one entry here and
 * one in its router (see the README).
 */
export const POLICY = {
  'auth.login': {
    roles: ROLES,
    open: true,
    scope: 'anyone',
    summary:
      'Password login; on success the response sets the session cookie. Throttled per account and IP.',
  },
  'auth.logout': {
    roles: ROLES,
    scope: 'self',
    summary: 'Ends the session on the server and clears the cookie.',
  },
  'auth.me': { roles: ROLES, scope: 'self', summary: 'The logged-in user.' },
  'staircase.get': {
    roles: ROLES,
    scope: 'configuration',
    summary:
      "The municipality's staircase: steps, and the intervention catalogue with rates (not for parents).",
  },
  'cases.list': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Cases: search, filter, sort and paginate. Audited as a search.',
  },
  'cases.get': {
    roles: STAFF,
    scope: 'cases',
    summary:
      'The case page: timeline, interventions, follow-ups, plan and publications. Audited as a read.',
  },
  'cases.reassign': {
    roles: LEADERS,
    scope: 'cases',
    summary: 'Moves a case to another caseworker (version-checked).',
  },
  'interventions.add': {
    roles: STAFF,
    scope: 'cases',
    summary:
      "Adds an intervention from the catalogue to a case (checked against the case's version).",
  },
  'interventions.update': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Changes an intervention (version-checked).',
  },
  'interventions.end': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Ends an intervention on a date (version-checked).',
  },
  'followUps.record': {
    roles: STAFF,
    scope: 'cases',
    summary:
      "Records a follow-up (continue, step down, step up, end; child heard; next date) and moves the child's step.",
  },
  'plans.save': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Creates or updates the action plan draft (version-checked).',
  },
  'plans.publish': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Publishes the plan version the caller saw to the parents.',
  },
  'plans.myChildren': {
    roles: PARENTS,
    scope: 'ownChildren',
    summary: "The parent's children, with whether each has a published plan.",
  },
  'plans.parentView': {
    roles: PARENTS,
    scope: 'ownChildren',
    summary: "The parent's page for one child: step, published plan, next meeting, caseworker.",
  },
  'plans.addComment': {
    roles: PARENTS,
    scope: 'ownChildren',
    summary: "Adds the parent's comment before the next meeting.",
  },
  'plans.confirmRead': {
    roles: PARENTS,
    scope: 'ownChildren',
    summary: 'Confirms the parent has read the latest published plan.',
  },
  'caseload.overview': {
    roles: STAFF,
    scope: 'team',
    summary: 'Caseload per caseworker, team and in total against the norm, with violations.',
  },
  'businessCases.list': {
    roles: LEADERS,
    scope: 'municipality',
    summary: "The municipality's saved business cases.",
  },
  'businessCases.get': {
    roles: LEADERS,
    scope: 'municipality',
    summary: 'One business case with its evaluated table.',
  },
  'businessCases.versions': {
    roles: LEADERS,
    scope: 'municipality',
    summary: 'The saved versions of a business case, newest first, with who saved each.',
  },
  'businessCases.compare': {
    roles: LEADERS,
    scope: 'municipality',
    summary: 'Two saved versions evaluated side by side, with the difference per year and line.',
  },
  'businessCases.scenario': {
    roles: LEADERS,
    scope: 'municipality',
    summary:
      "The flow-model scenario of a saved business case from the municipality's own histories (P10–P90, payback probability, tornado).",
  },
  'businessCases.evaluate': {
    roles: LEADERS,
    scope: 'municipality',
    summary:
      'Evaluates a business case without saving it: per year the totals per budget area, net and cumulative net, then payback year and NPV. A POST because the definition can be large; it changes nothing.',
  },
  'businessCases.save': {
    roles: LEADERS,
    scope: 'municipality',
    summary: 'Creates or updates a business case; every saved version is kept.',
  },
  'cases.open': {
    roles: INTAKE,
    scope: 'municipality',
    summary:
      'Opens a case for a new or known child (CPR checked and never echoed), with custody holders, caseworker and team; a child with the same CPR, or the same name and birth date, is offered first.',
  },
  'children.search': {
    roles: INTAKE,
    scope: 'municipality',
    summary:
      'Finds children by CPR number, or name and birth date, before a new one is registered (a POST, so a CPR never travels in a URL).',
  },
  'notifications.receive': {
    roles: INTAKE,
    scope: 'municipality',
    summary:
      'Registers a notification of concern; its 24-hour assessment clock and any receipt deadline (6 working days) start at its received time.',
  },
  'notifications.queue': {
    roles: INTAKE,
    scope: 'municipality',
    summary: 'The intake queue: notifications awaiting assessment, ordered by time left.',
  },
  'notifications.forCase': {
    roles: INTAKE,
    scope: 'municipality',
    summary: 'The notifications linked to a case or about its child, repeated ones included.',
  },
  'notifications.assess': {
    roles: INTAKE,
    scope: 'municipality',
    summary:
      'Records the 24-hour assessment (danger, outcome); a second assessor of the same version gets CONFLICT.',
  },
  'notifications.markReceiptSent': {
    roles: INTAKE,
    scope: 'municipality',
    summary: 'Marks the receipt to a professional reporter as sent.',
  },
  'notifications.timeliness': {
    roles: AGGREGATE_READERS,
    scope: 'aggregate',
    summary:
      'Per year: notifications assessed within 24 hours and child assessments finished by their deadline, counts under 5 hidden.',
  },
  'assessments.start': {
    roles: INTAKE,
    scope: 'municipality',
    summary:
      'Starts a child assessment (Barnets lov § 20), due after the months in the rules (4 by default).',
  },
  'assessments.conclude': {
    roles: INTAKE,
    scope: 'municipality',
    summary: "Concludes a child assessment with its conclusion and the child's own view.",
  },
  'assessments.forCase': {
    roles: INTAKE,
    scope: 'municipality',
    summary: 'The child assessments of a case, newest first.',
  },
  'cases.close': {
    roles: STAFF,
    scope: 'cases',
    summary:
      'Closes a case on a day with a reason; open interventions must be ended first or ended by the close (version-checked).',
  },
  'cases.reopen': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Reopens a closed case while it is still within its retention period.',
  },
  'cases.setLegalHold': {
    roles: LEADERS,
    scope: 'cases',
    summary: 'Sets or lifts the legal hold that stops retention deletion of a case.',
  },
  'cases.transferSummary': {
    roles: STAFF,
    scope: 'cases',
    summary:
      "The case's history, plan and interventions for the municipality a family moves to (printable and JSON); audited as an export.",
  },
  'retention.policy': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'The retention policy in force (period after closing, mode, access age).',
  },
  'retention.savePolicy': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'Saves the retention policy over the version read (stale: CONFLICT).',
  },
  'retention.preview': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary: 'A dry run: the closed cases the next run would remove, by hash, with their dates.',
  },
  'retention.run': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary:
      'Removes, in batches with progress, the cases the preview listed whose period has run out (never on hold, never open).',
  },
  'access.requesters': {
    roles: STAFF,
    scope: 'cases',
    summary:
      "The child's custody holders, and whether the young person may ask for their own data.",
  },
  'access.export': {
    roles: STAFF,
    scope: 'cases',
    summary:
      "Everything trappen holds about a child for a custody holder's or the young person's access request (reporters withheld); audited as an export.",
  },
  'consents.record': {
    roles: STAFF,
    scope: 'cases',
    summary:
      'Records a consent to share information with a named party, for a purpose and a period.',
  },
  'consents.revoke': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Revokes a consent (stale version: CONFLICT).',
  },
  'consents.forChild': {
    roles: STAFF,
    scope: 'cases',
    summary: "The child's consents: active, pending, expired and revoked.",
  },
  'consents.acknowledge': {
    roles: STAFF,
    scope: 'cases',
    summary: "Marks a parent's revocation in the portal as seen by the caseworker.",
  },
  'consents.mine': {
    roles: PARENTS,
    scope: 'ownChildren',
    summary: "The consents about the parent's own children.",
  },
  'consents.revokeMine': {
    roles: PARENTS,
    scope: 'ownChildren',
    summary: 'A custody holder revokes a consent about their child; the caseworker is told.',
  },
  'meetings.forCase': {
    roles: STAFF,
    scope: 'cases',
    summary:
      "A case's meetings with the family, newest first, with the parents' views written before each.",
  },
  'meetings.plan': {
    roles: STAFF,
    scope: 'cases',
    summary:
      'Plans a meeting (Copenhagen date, start and end time, place or video link, participants) in an open case; the guardians are told with a calendar file.',
  },
  'meetings.move': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Moves a planned meeting (stale version: CONFLICT); the guardians are told.',
  },
  'meetings.cancel': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Cancels a planned meeting; the guardians are told.',
  },
  'meetings.next': {
    roles: PARENTS,
    scope: 'ownChildren',
    summary: "The parent's child's next planned meeting with time and place, and its .ics file.",
  },
  'messages.list': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary:
      "The municipality's latest messages and their delivery states (no texts, no addresses).",
  },
  'messages.retry': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary: 'Puts a dead message back in the delivery queue.',
  },
  'messages.preferences': {
    roles: ROLES,
    scope: 'self',
    summary: "The caller's own message channels, language and opt-out of reminders and digests.",
  },
  'messages.savePreferences': {
    roles: ROLES,
    scope: 'self',
    summary: "Saves the caller's own message preferences (stale version: CONFLICT).",
  },
  'staff.list': {
    roles: LEADERS,
    scope: 'team',
    summary: 'Staff accounts: an administrator sees everyone, a team leader their own team.',
  },
  'staff.create': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary:
      'Creates a staff account (name, work e-mail, role, team, FTE, leave); no password and no self-registration.',
  },
  'staff.update': {
    roles: LEADERS,
    scope: 'team',
    summary:
      'Edits a staff account (stale version: CONFLICT); a team leader changes only FTE and leave in their own team.',
  },
  'staff.deactivate': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary:
      'Deactivates a leaver: their sessions end at once, and their open cases are listed for reassignment.',
  },
  'staff.loginSettings': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'Whether local passwords are allowed in the municipality.',
  },
  'staff.setPasswordLogin': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'Turns local passwords on or off for the municipality.',
  },
  'teams.list': {
    roles: LEADERS,
    scope: 'team',
    summary: "The municipality's teams (a team leader: their own).",
  },
  'teams.create': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary: 'Creates a team.',
  },
  'teams.rename': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary: 'Renames a team (stale version: CONFLICT).',
  },
  'teams.retire': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary: 'Retires a team without active members or open cases.',
  },
  'guardians.list': {
    roles: STAFF,
    scope: 'cases',
    summary: "A child's custody holders and other parents, and who has portal access.",
  },
  'guardians.add': {
    roles: STAFF,
    scope: 'cases',
    summary:
      'Adds a parent: custody holders get portal access by default, a parent without custody only when granted.',
  },
  'guardians.update': {
    roles: STAFF,
    scope: 'cases',
    summary: "Changes a parent's custody or portal access (takes effect on their next request).",
  },
  'guardians.remove': {
    roles: STAFF,
    scope: 'cases',
    summary: 'Removes a parent from a child; their portal access ends on the next request.',
  },
  'kpi.board': {
    roles: AGGREGATE_READERS,
    open: true,
    scope: 'board',
    summary:
      "The council's KPI board: aggregates only, disclosure-controlled (counts under the threshold are suppressed). Staff and council members see their own municipality's; anyone sees a municipality whose board is public (give municipalityCode).",
  },
  'imports.template': {
    roles: LEADERS,
    scope: 'municipality',
    summary: 'The documented columns of an import kind and a template file.',
  },
  'imports.dryRun': {
    roles: LEADERS,
    scope: 'cases',
    summary: 'Checks every row of an import file; writes nothing but the audit row.',
  },
  'imports.run': {
    roles: LEADERS,
    scope: 'cases',
    summary: 'Imports a file in one transaction (all or nothing), idempotent per key.',
  },
  'audit.forChild': {
    roles: ADMINISTRATORS,
    scope: 'municipality',
    summary: 'Who accessed a child, newest first (reading it is itself audited).',
  },
  'adminConfig.get': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'The staircase and rule set with their histories.',
  },
  'adminConfig.saveRules': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'Saves norms and follow-up rules as a new version and recomputes open cases.',
  },
  'adminConfig.saveStaircase': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'Saves the staircase as a new version and recomputes open cases.',
  },
  'adminConfig.saveCatalogue': {
    roles: ADMINISTRATORS,
    scope: 'configuration',
    summary: 'One change to the intervention catalogue (add, rename, retire, reinstate).',
  },
} as const satisfies Record<string, Rule>;

/** A procedure path with a rule. */
export type PolicyPath = keyof typeof POLICY;

/** The rule of a path, or `undefined` for a path without one (the middleware then refuses). */
export function ruleOf(path: string): Rule | undefined {
  return Object.hasOwn(POLICY, path) ? POLICY[path as PolicyPath] : undefined;
}

/** Procedures anonymous callers may use; every other one answers `UNAUTHORIZED`. */
export const PUBLIC_PROCEDURES: readonly PolicyPath[] = /* @__PURE__ */ (() =>
  (Object.keys(POLICY) as PolicyPath[]).filter((path) => (POLICY[path] as Rule).open === true))();
