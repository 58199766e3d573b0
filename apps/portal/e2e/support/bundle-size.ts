import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** Gzipped size of one built JS chunk. */
export interface ChunkSize {
  file: string;
  gzipBytes: number;
}

/** The JavaScript a route downloads: the entry, the route's page and everything they import statically. */
export interface RouteSize {
  /** The page's source file, e.g. `src/pages/PlanPage.tsx`. */
  page: string;
  chunks: ChunkSize[];
  gzipBytes: number;
}

const readManifest = (dist: string): Manifest =>
  JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;

const gzipSize = (dist: string, file: string): number =>
  gzipSync(readFileSync(join(dist, file))).length;

function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Chunk ${key} is not in the Vite manifest`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return seen;
}

/** Gzipped sizes of every JS chunk in the build, largest first. */
export function chunkSizes(dist: string): ChunkSize[] {
  return Object.values(readManifest(dist))
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => ({ file: chunk.file, gzipBytes: gzipSize(dist, chunk.file) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** Gzipped JS of each lazily loaded page's route (entry + page + their static imports). */
export function routeSizes(dist: string): RouteSize[] {
  const manifest = readManifest(dist);
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('The Vite manifest has no entry chunk');
  const pages = manifest[entry]?.dynamicImports ?? [];
  return pages.map((page) => {
    const chunks = [...staticClosure(manifest, [entry, page])].map((key) => {
      const file = (manifest[key] as ManifestChunk).file;
      return { file, gzipBytes: gzipSize(dist, file) };
    });
    return { page, chunks, gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
  });
}

/** Bytes as kilobytes with one decimal (1 KB = 1,000 bytes, as Vite reports). */
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
