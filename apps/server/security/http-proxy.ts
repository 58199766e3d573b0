import { createServer, request, type Server } from 'node:http';

/** A reverse proxy in front of the server under test, as a municipality runs one. */
export interface HttpProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts one trusted hop on a free loopback port: forwards every request to `target`
 * and appends the address it saw to `X-Forwarded-For` (like nginx's
 * `$proxy_add_x_forwarded_for`), keeping whatever the client sent in front of it.
 */
export async function startHttpProxy(target: string): Promise<HttpProxy> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const sent = req.headers['x-forwarded-for'];
    const seen = req.socket.remoteAddress ?? 'unknown';
    const forwarded = sent ? `${Array.isArray(sent) ? sent.join(', ') : sent}, ${seen}` : seen;
    const outgoing = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, 'x-forwarded-for': forwarded, 'x-forwarded-proto': 'https' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    outgoing.on('error', () => res.destroy());
    req.pipe(outgoing);
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
