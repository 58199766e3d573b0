#!/usr/bin/env node
// Runs every bench file as its own process and gathers the figures into
// bench/results/latest.json and latest.md, with the wall time of each phase.
// `pnpm bench [--quick] [name …]`: `--quick` is passed through; names keep only the
// bench files whose path contains one of them (e.g. `pnpm bench --quick import`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const out = join(resultsDir, 'figures.jsonl');
rmSync(out, { force: true });
const loadAtStart = os.loadavg();
const startedAt = performance.now();

/** Wall time of each phase, in the order run. */
const phases = [];
function timed(name, fn) {
  const start = performance.now();
  try {
    return fn();
  } finally {
    const seconds = (performance.now() - start) / 1000;
    phases.push({ name, seconds });
    console.log(`  ⏱ ${name}: ${seconds.toFixed(1)} s`);
  }
}

const benchFiles = [];
for (const group of ['packages', 'apps']) {
  const groupDir = join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const name of readdirSync(groupDir).sort()) {
    const dir = join(groupDir, name, 'bench');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const path = join(dir, file);
      if (file.endsWith('.bench.ts') && (only.length === 0 || only.some((o) => path.includes(o))))
        benchFiles.push(path);
    }
  }
}
const serverBenches = benchFiles.filter((file) => file.includes(join('apps', 'server', 'bench')));

// The front-end bench reads the apps' builds: build first on a fresh clone (only what
// is missing; the server benches run from TypeScript source and need no build).
const appsDir = join(root, 'apps');
const unbuilt = existsSync(appsDir)
  ? readdirSync(appsDir).filter(
      (name) =>
        existsSync(join(appsDir, name, 'index.html')) && !existsSync(join(appsDir, name, 'dist')),
    )
  : [];
if (unbuilt.length > 0 && benchFiles.some((file) => file.includes('frontend'))) {
  console.log(`Building first (no build yet for ${unbuilt.join(', ')}) …`);
  timed(`build ${unbuilt.join(', ')}`, () =>
    execFileSync(
      'pnpm',
      [
        'turbo',
        'run',
        'build',
        '--output-logs=errors-only',
        ...unbuilt.map((name) => `--filter=./apps/${name}`),
      ],
      { cwd: root, stdio: 'inherit' },
    ),
  );
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// One throwaway PostgreSQL cluster for the whole run (when installed and root), so each
// size is restored or seeded once and every server bench clones it.
let cluster = null;
const pgScript = join(root, 'scripts', 'pg-cluster.sh');
const hasPostgres =
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((v) =>
    existsSync(`/usr/lib/postgresql/${v}/bin/initdb`),
  ) &&
  process.getuid?.() === 0;
if (serverBenches.length > 0 && hasPostgres && !process.env.BENCH_POSTGRES_URL) {
  const port = await freePort();
  cluster = timed('PostgreSQL cluster start', () => {
    const said = execFileSync(
      'bash',
      ['-c', `source "${pgScript}" && pg_cluster_start && echo "PGROOT=$PG_ROOT PGDATA=$PGDATA"`],
      { env: { ...process.env, PG_PORT: String(port) }, encoding: 'utf8' },
    );
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      version: /PostgreSQL (\S+)/.exec(said)?.[1] ?? 'unknown',
      root: /PGROOT=(\S+)/.exec(said)?.[1],
      data: /PGDATA=(\S+)/.exec(said)?.[1],
    };
  });
  console.log(`PostgreSQL ${cluster.version} for this run on ${cluster.url}`);
}
const stopCluster = () => {
  if (!cluster?.data) return;
  execFileSync('bash', ['-c', `source "${pgScript}" && PGDATA="${cluster.data}" pg_cluster_stop`]);
  if (cluster.root) rmSync(cluster.root, { recursive: true, force: true });
  cluster = null;
};
process.on('exit', stopCluster);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopCluster();
    process.exit(130);
  });
const benchEnv = {
  ...process.env,
  BENCH_OUT: out,
  ...(cluster ? { BENCH_POSTGRES_URL: cluster.url, BENCH_POSTGRES_VERSION: cluster.version } : {}),
};

const failures = [];
const sizes = quick ? ['small'] : ['small', 'copenhagen', 'national'];
if (serverBenches.length > 0) {
  console.log(`\n▶ datasets: ${sizes.join(', ')} (cached in bench/.cache after the first run)`);
  const versionFile = join(resultsDir, 'dataset-version');
  rmSync(versionFile, { force: true });
  const result = timed(`datasets (${sizes.join(', ')})`, () =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'bench', 'prepare-datasets.ts'), ...sizes],
      { cwd: root, stdio: 'inherit', env: { ...benchEnv, BENCH_VERSION_FILE: versionFile } },
    ),
  );
  if (result.status !== 0) failures.push('bench/prepare-datasets.ts');
  if (existsSync(versionFile)) benchEnv.BENCH_DATASET_VERSION = readFileSync(versionFile, 'utf8');
}

for (const file of benchFiles) {
  const rel = relative(root, file);
  console.log(`\n▶ ${rel}`);
  const result = timed(rel, () =>
    spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', file, ...(quick ? ['--quick'] : [])],
      { cwd: dirname(dirname(file)), stdio: 'inherit', env: benchEnv },
    ),
  );
  if (result.status !== 0) failures.push(rel);
}
stopCluster();

const figures = existsSync(out)
  ? readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
// `pnpm bench` says its version in the user agent; spawning `pnpm --version` costs seconds.
const versions = (() => {
  const agent = /pnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
  if (agent) return agent;
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const totalSeconds = (performance.now() - startedAt) / 1000;
const load = (l) => l.map((n) => n.toFixed(1)).join(' / ');
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  pnpm: versions,
  cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  mode: quick ? 'quick' : 'full',
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: os.loadavg(),
};

// Engineers record what they profiled and fixed in bench/profiling.md; the report
// carries it under its own heading.
const profilingFile = join(root, 'bench', 'profiling.md');
const profiling = existsSync(profilingFile)
  ? readFileSync(profilingFile, 'utf8')
      .replace(/^# .*\n+/, '')
      .replace(/^#(#+ )/gm, '##$1')
      .trim()
  : '';

writeFileSync(
  join(resultsDir, 'latest.json'),
  `${JSON.stringify({ machine, phases, totalSeconds, figures, failures, profiling }, null, 2)}\n`,
);

// Growth figures carry only a sentence (time factor against data factor), no timing.
const isGrowthLine = (f) => /growth/i.test(f.name) && !f.subject?.median && f.notes;
const ms = (t) => (t ? `${t.min.toFixed(1)} / ${t.median.toFixed(1)} / ${t.max.toFixed(1)}` : '–');
const lines = [
  '# Benchmark report',
  '',
  `${machine.date} · Node ${machine.node} · pnpm ${machine.pnpm} · ${machine.cpus} · ${machine.memoryGiB} GiB · ${machine.mode} run · ${totalSeconds.toFixed(0)} s in all · load average (1/5/15 min) ${load(loadAtStart)} at start, ${load(machine.loadAverageAtEnd)} at end`,
  '',
  'Times are min / median / max in ms over repeated runs. Ratios compare with a baseline measured in the same run.',
  '',
  '| benchmark | subject (ms) | baseline (ms) | throughput | ratio | goal | met |',
  '|---|---|---|---|---|---|---|',
  ...figures
    .filter((f) => !isGrowthLine(f))
    .map(
      (f) =>
        `| ${f.name} | ${ms(f.subject)} | ${ms(f.baseline)} | ${f.throughput ? `${Math.round(f.throughput.value).toLocaleString('en')} ${f.throughput.unit}` : '–'} | ${f.ratio !== undefined ? `${f.ratio.toFixed(2)} (${f.ratioMeaning ?? ''})` : '–'} | ${f.goal?.text ?? '–'} | ${f.goal ? (f.goal.met ? 'yes' : '**no**') : '–'} |`,
    ),
  '',
  ...figures.filter((f) => f.notes && !isGrowthLine(f)).map((f) => `- **${f.name}**: ${f.notes}`),
  '',
  '## Growth with data size',
  '',
  ...(figures.some(isGrowthLine)
    ? figures.filter(isGrowthLine).map((f) => `- **${f.name}**: ${f.notes}`)
    : [
        quick
          ? '- Quick runs measure the small size only; `pnpm bench` measures small, Copenhagen and national and says here how each benchmark grows.'
          : '- No growth figures were reported.',
      ]),
  '',
  '## Phases (wall time)',
  '',
  '| phase | s |',
  '|---|---|',
  ...phases.map((p) => `| ${p.name} | ${p.seconds.toFixed(1)} |`),
  `| **total** | **${totalSeconds.toFixed(1)}** |`,
  '',
  'Wall times include waiting for the CPU: compare them with the load average above.',
  ...(failures.length ? ['', `Failed: ${failures.join(', ')}`] : []),
  ...(profiling ? ['', '## Profiling: before/after', '', profiling] : []),
];
writeFileSync(join(resultsDir, 'latest.md'), `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}`);
process.exit(failures.length ? 1 : 0);
