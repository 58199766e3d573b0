import { useSyncExternalStore } from 'react';

const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');
const CHANGE = 'console:navigate';

/** The app-relative location: `path` without the `/console` base, and the query. */
export interface AppLocation {
  path: string;
  search: URLSearchParams;
}

const subscribe = (notify: () => void) => {
  window.addEventListener('popstate', notify);
  window.addEventListener(CHANGE, notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener(CHANGE, notify);
  };
};
const snapshot = () => window.location.pathname + window.location.search;

/** Turns an app path (`/cases/1`) into a URL under the base (`/console/cases/1`). */
export const href = (to: string): string => `${BASE}${to.startsWith('/') ? to : `/${to}`}`;

/** Goes to an app path; `replace` keeps the history entry (e.g. for filter changes). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = href(to);
  if (url === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current location; re-renders on every navigation. */
export function useLocation(): AppLocation {
  const current = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(current, window.location.origin);
  const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length) : url.pathname;
  return { path: path === '' ? '/' : path, search: url.searchParams };
}
