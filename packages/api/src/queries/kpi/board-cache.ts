import { type Database, queryRows, sql } from '@trappen/db';

/** A computed board with what it was computed from and when. */
export interface CachedBoard<T> {
  board: T;
  /** `kpi_data_versions.version` the board was computed at (0 before any write). */
  dataVersion: number;
  /** The last day the board reports on. */
  lastDay: string;
  /** When it was computed (ISO date-time). */
  computedAt: string;
}

/** What a caller gets: the newest board there is, and whether it is up to date. */
export interface BoardAnswer<T> extends CachedBoard<T> {
  /** False while newer data (or a new day) is being computed in the background. */
  upToDate: boolean;
}

interface Slot<T> {
  current?: CachedBoard<T>;
  pending?: { key: string; promise: Promise<CachedBoard<T>> };
}

// Per database, so test databases with the same municipality ids never share boards.
const slots = new WeakMap<Database, Map<string, Slot<unknown>>>();

const keyOf = (dataVersion: number, lastDay: string) => `${dataVersion}:${lastDay}`;

async function dataVersion(db: Database, municipalityId: string): Promise<number> {
  const [row] = await queryRows<{ version: string | number }>(
    db,
    sql`select version from kpi_data_versions where municipality_id = ${municipalityId}`,
  );
  return Number(row?.version ?? 0);
}

async function readSnapshot<T>(
  db: Database,
  municipalityId: string,
): Promise<CachedBoard<T> | undefined> {
  const [row] = await queryRows<{
    data_version: string | number;
    last_day: string;
    computed_at: string;
    board: T;
  }>(
    db,
    sql`select data_version, last_day::text as last_day,
      to_char(computed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as computed_at, board
    from kpi_board_snapshots where municipality_id = ${municipalityId}`,
  );
  if (!row) return undefined;
  return {
    board: row.board,
    dataVersion: Number(row.data_version),
    lastDay: row.last_day,
    computedAt: row.computed_at,
  };
}

async function writeSnapshot<T>(
  db: Database,
  municipalityId: string,
  cached: CachedBoard<T>,
): Promise<void> {
  await db.execute(
    sql`insert into kpi_board_snapshots (municipality_id, data_version, last_day, computed_at, board)
    values (${municipalityId}, ${cached.dataVersion}, ${cached.lastDay}::date,
      ${cached.computedAt}::timestamptz, ${JSON.stringify(cached.board)}::jsonb)
    on conflict (municipality_id) do update set data_version = excluded.data_version,
      last_day = excluded.last_day, computed_at = excluded.computed_at, board = excluded.board
    where (kpi_board_snapshots.last_day, kpi_board_snapshots.data_version)
      <= (excluded.last_day, excluded.data_version)`,
  );
}

/**
 * The council board of a municipality, computed at most once per data version and
 * day. The version is one primary-key read (`kpi_data_versions`, bumped by triggers
 * at commit of every write to the board's data). A board that is current is answered
 * from memory, or from `kpi_board_snapshots` after a restart or on another server.
 * When the data or the day has moved on, the last board is answered at once marked
 * `upToDate: false` while one shared computation runs in the background; only a
 * municipality with no board at all waits, and concurrent first callers share that
 * one computation.
 */
export async function cachedBoard<T>(
  db: Database,
  municipalityId: string,
  lastDay: string,
  compute: () => Promise<T>,
  clock: () => Date = () => new Date(),
  isCurrentFormat: (board: T) => boolean = () => true,
): Promise<BoardAnswer<T>> {
  let perDb = slots.get(db);
  if (!perDb) {
    perDb = new Map();
    slots.set(db, perDb);
  }
  let slot = perDb.get(municipalityId) as Slot<T> | undefined;
  if (!slot) {
    slot = {};
    perDb.set(municipalityId, slot as Slot<unknown>);
  }
  const version = await dataVersion(db, municipalityId);
  const key = keyOf(version, lastDay);
  if (!slot.current) {
    const stored = await readSnapshot<T>(db, municipalityId);
    // A snapshot stored by an older release (another shape) is recomputed, never answered.
    if (stored && isCurrentFormat(stored.board)) slot.current ??= stored;
  }
  const current = slot.current;
  if (current && keyOf(current.dataVersion, current.lastDay) === key)
    return { ...current, upToDate: true };

  if (slot.pending?.key !== key) {
    const started = slot;
    const promise = compute().then(async (board) => {
      const fresh: CachedBoard<T> = {
        board,
        dataVersion: version,
        lastDay,
        computedAt: clock().toISOString(),
      };
      // Stored before it is answered as current, so a second server or a restart that
      // reads the snapshot never finds an older board than this server has answered.
      await writeSnapshot(db, municipalityId, fresh);
      const latest = started.current;
      // A slower, older computation never replaces a newer board.
      if (
        !latest ||
        latest.lastDay < lastDay ||
        (latest.lastDay === lastDay && latest.dataVersion <= version)
      )
        started.current = fresh;
      return fresh;
    });
    const pending = { key, promise };
    started.pending = pending;
    // Settled computations leave the slot; a failed one is retried by the next caller.
    const clear = () => {
      if (started.pending === pending) started.pending = undefined;
    };
    promise.then(clear, clear);
  }
  const running = slot.pending as { promise: Promise<CachedBoard<T>> };
  if (current) {
    // Answered now from the last board; the background computation's failure surfaces
    // to whoever waits on it (nobody here), and the next caller starts a new one.
    running.promise.catch(() => undefined);
    return { ...current, upToDate: false };
  }
  return { ...(await running.promise), upToDate: true };
}
