import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';

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

/**
 * Serves each built app (`apps/<name>/dist`) at `/<name>/`, falling back to its
 * `index.html` for client-side routes. Returns the apps that exist.
 */
export function mountStaticApps(app: Express, appsDir: string) {
  const mounted: (typeof APPS)[number][] = [];
  for (const entry of APPS) {
    const dist = join(appsDir, entry.name, 'dist');
    const index = join(dist, 'index.html');
    if (!existsSync(index)) continue;
    app.use(entry.path, express.static(dist, { index: 'index.html', fallthrough: true }));
    app.get(`/${entry.name}`, (_req, res) => res.redirect(301, entry.path));
    app.get(`${entry.path}{*rest}`, (_req, res) => res.sendFile(index));
    mounted.push(entry);
  }
  return mounted;
}
