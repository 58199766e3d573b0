import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, startTestServer, type TestServer } from './testing/test-server';

/** A raw GET, so the test sees the bytes on the wire (fetch would decompress them). */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const script = `console.log(${JSON.stringify('trappen '.repeat(2000))});`;
let appsDir: string;
let server: TestServer;
beforeAll(async () => {
  appsDir = mkdtempSync(join(tmpdir(), 'trappen-apps-'));
  const dist = join(appsDir, 'console', 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Konsol</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), script);
  // What the apps' Vite builds write beside each asset (vite-plugin-compression2).
  writeFileSync(join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), gzipSync(script));
  server = await startTestServer({ appsDir });
});
afterAll(async () => {
  await server?.close();
  rmSync(appsDir, { recursive: true, force: true });
});

describe('static apps', () => {
  const asset = () => `${server.url}/console/assets/index-abc123.js`;

  it('sends the precompressed brotli copy to a browser that accepts it', async () => {
    const res = await rawGet(asset(), { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    expect(res.body.length).toBeLessThan(script.length / 10);
  });

  it('sends gzip when brotli is not accepted, and the plain file when nothing is', async () => {
    const gz = await rawGet(asset(), { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);
    const plain = await rawGet(asset());
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('lets browsers keep hashed assets for a year and revalidate index.html', async () => {
    const res = await rawGet(asset(), { 'accept-encoding': 'br' });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const index = await rawGet(`${server.url}/console/`);
    expect(index.headers['cache-control']).toBe('no-cache');
    const route = await rawGet(`${server.url}/console/cases/123`);
    expect(route.status).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.body.toString()).toContain('<title>Konsol</title>');
  });
});

describe('API responses', () => {
  it('compresses answers for a client that accepts gzip, and not for one that does not', async () => {
    const login = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'sagsbehandler@eksempelby.dk', password: PASSWORD }),
    });
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    // The shape the apps' batch link sends.
    const large = await rawGet(`${server.url}/trpc/staircase.get?batch=1&input=%7B%7D`, {
      'accept-encoding': 'gzip',
      cookie,
    });
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('gzip');
    const json = JSON.parse(gunzipSync(large.body).toString()) as { result: { data: unknown } }[];
    expect(json[0]?.result.data).toBeTruthy();
    expect(large.headers['cache-control']).toBe('no-store');
    const plain = await rawGet(`${server.url}/trpc/staircase.get?batch=1&input=%7B%7D`, { cookie });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(large.body.length).toBeLessThan(plain.body.length / 3);
  });
});
