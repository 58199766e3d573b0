import { useSyncExternalStore } from 'react';

/** Why the parent is looking at the login page, if there is something to say. */
export type SessionNotice = 'expired' | 'loggedOut' | null;

interface SessionState {
  /** A session was active in this page (so a later 401 means it expired). */
  active: boolean;
  notice: SessionNotice;
}

let state: SessionState = { active: false, notice: null };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Records that the parent is logged in; clears any old notice. */
export function markActive(): void {
  if (!state.active || state.notice) set({ active: true, notice: null });
}

/** Records that the session ended, and why. */
export function markEnded(notice: SessionNotice): void {
  set({ active: false, notice });
}

/** Whether a session was active in this page. */
export const isActive = (): boolean => state.active;

/** The notice to show on the login page. */
export function useSessionNotice(): SessionNotice {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state.notice,
    () => null,
  );
}
