/**
 * The board's raw aggregates, as the API's SQL returns them (one row per period and
 * breakdown), before the disclosure boundary. Counts of children: never published as
 * they are.
 */
export interface BoardRows {
  /** The years and quarters reported, oldest first. */
  periods: readonly { label: string; kind: 'year' | 'quarter'; from: string; to: string }[];
  /** Children placed on the period's last day, per team and placement type. */
  placed: readonly {
    label: string;
    team: string | null;
    placementType: string;
    group: string;
    children: number;
  }[];
  /** Placement days and distinct children per type, group and in total. */
  mix: readonly {
    label: string;
    level: 'type' | 'group' | 'total';
    placementType: string | null;
    group: string | null;
    days: number;
    children: number;
  }[];
  /** Children per step on the period's last day (rank 0: no active intervention). */
  steps: readonly { label: string; rank: number; children: number }[];
  /** Children's movement between the period's first and last day. */
  movement: readonly {
    label: string;
    down: number;
    up: number;
    unchanged: number;
    entered: number;
    exited: number;
  }[];
  /** Caseload of the municipality (`team` null) and each team on the period's last day. */
  caseload: readonly {
    label: string;
    team: string | null;
    caseworkers: number;
    availableFte: number;
    children: number;
    weightedLoad: number;
    overMax: number;
  }[];
  /** Follow-ups due in the period, and those on time. */
  followUps: readonly { label: string; due: number; onTime: number }[];
  /** Notifications received in the period per source, split at age 8. */
  notifications: readonly {
    label: string;
    source: string;
    underEight: number;
    eightAndOver: number;
  }[];
  /** Spend and budget per account (`null`: all accounts) and complete year. */
  spend: readonly { year: number; account: string | null; spend: number; budget: number }[];
}

/** What the boundary needs besides the rows. */
export interface BoardContext {
  /** The staircase's step ranks, lowest first. */
  ranks: readonly number[];
  /** Team names by team id (ids never leave the boundary). */
  teamNames: ReadonlyMap<string, string>;
  /** Caseload norms for the municipality and per team. */
  norms: {
    target: number;
    max: number;
    teams: Readonly<Record<string, { target?: number; max?: number }>>;
  };
  /** Counts of 1 to `threshold − 1` children are suppressed (default 5). */
  threshold?: number;
}
