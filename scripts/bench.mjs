#!/usr/bin/env node
// Runs every bench file as its own process and gathers the figures into
// bench/results/latest.json and latest.md. `--quick` is passed through.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const resultsDir = join(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const out = join(resultsDir, 'figures.jsonl');
rmSync(out, { force: true });

// The front-end bench reads the apps' builds: build first on a fresh clone.
const appsDir = join(root, 'apps');
const unbuilt = existsSync(appsDir)
  ? readdirSync(appsDir).filter(
      (name) =>
        existsSync(join(appsDir, name, 'index.html')) && !existsSync(join(appsDir, name, 'dist')),
    )
  : [];
if (unbuilt.length > 0) {
  console.log(`Building first (no build yet for ${unbuilt.join(', ')}) …`);
  execFileSync('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const benchFiles = [];
for (const group of ['packages', 'apps']) {
  const groupDir = join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const name of readdirSync(groupDir).sort()) {
    const dir = join(groupDir, name, 'bench');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.bench.ts')) benchFiles.push(join(dir, file));
    }
  }
}

const failures = [];
for (const file of benchFiles) {
  const rel = relative(root, file);
  console.log(`\n▶ ${rel}`);
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', file, ...(quick ? ['--quick'] : [])],
    { cwd: dirname(dirname(file)), stdio: 'inherit', env: { ...process.env, BENCH_OUT: out } },
  );
  if (result.status !== 0) failures.push(rel);
}

const figures = existsSync(out)
  ? readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const versions = (() => {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const machine = {
  date: new Date().toISOString(),
  node: process.version,
  pnpm: versions,
  cpus: `${os.cpus().length} x ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.platform()} ${os.release()}`,
  mode: quick ? 'quick' : 'full',
};
writeFileSync(
  join(resultsDir, 'latest.json'),
  `${JSON.stringify({ machine, figures, failures }, null, 2)}\n`,
);

const ms = (t) => (t ? `${t.min.toFixed(1)} / ${t.median.toFixed(1)} / ${t.max.toFixed(1)}` : '–');
const lines = [
  '# Benchmark report',
  '',
  `${machine.date} · Node ${machine.node} · pnpm ${machine.pnpm} · ${machine.cpus} · ${machine.memoryGiB} GiB · ${machine.mode} run`,
  '',
  'Times are min / median / max in ms over repeated runs. Ratios compare with a baseline measured in the same run.',
  '',
  '| benchmark | subject (ms) | baseline (ms) | throughput | ratio | goal | met |',
  '|---|---|---|---|---|---|---|',
  ...figures.map(
    (f) =>
      `| ${f.name} | ${ms(f.subject)} | ${ms(f.baseline)} | ${f.throughput ? `${Math.round(f.throughput.value).toLocaleString('en')} ${f.throughput.unit}` : '–'} | ${f.ratio !== undefined ? `${f.ratio.toFixed(2)} (${f.ratioMeaning ?? ''})` : '–'} | ${f.goal?.text ?? '–'} | ${f.goal ? (f.goal.met ? 'yes' : '**no**') : '–'} |`,
  ),
  '',
  ...figures.filter((f) => f.notes).map((f) => `- **${f.name}**: ${f.notes}`),
  ...(failures.length ? ['', `Failed bench files: ${failures.join(', ')}`] : []),
];
writeFileSync(join(resultsDir, 'latest.md'), `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}`);
process.exit(failures.length ? 1 : 0);
