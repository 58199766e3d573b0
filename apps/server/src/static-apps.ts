import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** The browser apps and where their builds live. */
export const APPS = [
  {
    name: 'console',
    path: '/console/',
    da: 'Konsollen for sagsbehandlere og ledere',
    en: 'Console for caseworkers and leaders',
  },
  { name: 'portal', path: '/portal/', da: 'Forældreportalen', en: 'Parent portal' },
  { name: 'board', path: '/board/', da: 'Nøgletal for byrådet', en: 'KPI board for the council' },
] as const;

const YEAR_S = 365 * 24 * 60 * 60;

/**
 * Vite names every file under `assets/` by a hash of its content, so a browser may keep
 * it for a year; `index.html` names the current hashes and is revalidated every time.
 */
function cacheHeaders(res: ServerResponse, path: string): void {
  const hashed = path.includes(`${sep}assets${sep}`);
  res.setHeader('Cache-Control', hashed ? `public, max-age=${YEAR_S}, immutable` : 'no-cache');
}

/**
 * Serves each built app (`apps/<name>/dist`) at `/<name>/`, falling back to its
 * `index.html` for client-side routes. Files the build precompressed (`.br`, `.gz`
 * beside the original) are sent as such to browsers that accept them, brotli first.
 * Returns the apps that exist.
 */
export function mountStaticApps(app: Express, appsDir: string) {
  const mounted: (typeof APPS)[number][] = [];
  for (const entry of APPS) {
    const dist = join(appsDir, entry.name, 'dist');
    const index = join(dist, 'index.html');
    if (!existsSync(index)) continue;
    app.use(
      entry.path,
      expressStaticGzip(dist, {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: 'index.html',
        serveStatic: { fallthrough: true, setHeaders: cacheHeaders },
      }),
    );
    app.get(`/${entry.name}`, (_req, res) => res.redirect(301, entry.path));
    app.get(`${entry.path}{*rest}`, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
    mounted.push(entry);
  }
  return mounted;
}
