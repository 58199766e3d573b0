import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A file served by {@link serveStatic}: its body and content type. */
export interface StaticFile {
  /** The response body. */
  body: string | Uint8Array;
  /** The `Content-Type`, e.g. `text/html; charset=utf-8`. */
  type: string;
}

/** A running static server. */
export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/**
 * Serves fixed files from memory on 127.0.0.1 and a free port, for component pages
 * in browser tests. Unknown paths get 404; `/favicon.ico` gets an empty icon so the
 * console stays clean.
 */
export async function serveStatic(
  files: Readonly<Record<string, StaticFile>>,
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    if (file) {
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
      res.end(file.body);
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
