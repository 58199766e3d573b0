/** Drives HTTP load with autocannon in a child process and summarises it. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What one load run measured (latencies in ms). */
export interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  /** Responses per HTTP status; anything but 200 makes the run suspect. */
  statuses: Record<string, number>;
  bytesPerResponse: number;
}

/** One load run: loopback URL, connections, duration, and the headers to send. */
export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}

const runner = fileURLToPath(new URL('./autocannon-runner.mjs', import.meta.url));

/** Runs autocannon against `url` and resolves with its summary. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const config = {
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers ?? {},
  };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [runner, JSON.stringify(config)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`autocannon failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as LoadResult);
      },
    );
  });
}
