import type { Page } from 'playwright-core';

/** What the browser keeps for the portal's origin after the page is gone. */
export interface StoredState {
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  indexedDbNames: string[];
  cacheNames: string[];
  /** Every URL in Cache Storage, across caches. */
  cachedUrls: string[];
  serviceWorkers: number;
}

/** Reads localStorage, sessionStorage, IndexedDB, Cache Storage and service workers. */
export function readStoredState(page: Page): Promise<StoredState> {
  return page.evaluate(async () => {
    const dump = (storage: Storage) => {
      const out: Record<string, string> = {};
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key !== null) out[key] = storage.getItem(key) ?? '';
      }
      return out;
    };
    const databases = await indexedDB.databases();
    const cacheNames = await caches.keys();
    const cachedUrls: string[] = [];
    for (const name of cacheNames) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cachedUrls.push(request.url);
    }
    const registrations = navigator.serviceWorker
      ? await navigator.serviceWorker.getRegistrations()
      : [];
    return {
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      indexedDbNames: databases.map((db) => db.name ?? ''),
      cacheNames,
      cachedUrls,
      serviceWorkers: registrations.length,
    };
  });
}
