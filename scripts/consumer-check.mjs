#!/usr/bin/env node
/**
 * Tests the published artefacts, not the workspace. Builds nothing itself (run
 * `pnpm build` first). It packs every publishable package with `pnpm pack`, installs
 * all tarballs together with npm into a fresh project outside the repository, then,
 * for each package with a `consumer/` folder, runs its `*.mjs` (ESM) and `*.cjs`
 * (CommonJS) scripts with Node and typechecks its `*.mts` / `*.cts` files with the
 * workspace's TypeScript under `moduleResolution: nodenext`. `*.sh` files run with
 * bash in the project (for `bin` checks). It also checks that every file named in a
 * package's `files` (README.md, CHANGELOG.md) is in its tarball, and that no package
 * ships a second CommonJS copy (the packages are ESM only; `require` loads the same
 * module through Node's require(esm), so `instanceof` holds either way). The
 * TypeScript check runs with `skipLibCheck: false`. Exits non-zero on any failure.
 * KEEP_CONSUMER_DIR=1 keeps the temporary project.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// pnpm's npm_config_* variables confuse npm inside the consumer project.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')),
);
const run = (command, args, cwd) => {
  console.log(`  $ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...cleanEnv, CI: 'true' } });
};

const packages = readdirSync(join(repoRoot, 'packages'))
  .map((dir) => join(repoRoot, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => manifest.private !== true);

const unbuilt = packages.filter(({ dir }) => !existsSync(join(dir, 'dist')));
if (unbuilt.length > 0) {
  console.error(
    `✖ not built: ${unbuilt.map((p) => p.manifest.name).join(', ')}; run pnpm build first`,
  );
  process.exit(1);
}

const workDir = realpathSync(mkdtempSync(join(tmpdir(), 'trappen-consumers-')));
if (workDir.startsWith(repoRoot + sep))
  throw new Error('the consumer project must be outside the repository');
const packDir = join(workDir, 'pack');
const projectDir = join(workDir, 'project');
mkdirSync(packDir);
mkdirSync(projectDir);

let failed = false;
try {
  console.log(`▶ Packing ${packages.map((p) => p.manifest.name).join(', ')}`);
  const tarballs = {};
  for (const { dir, manifest } of packages) {
    const before = new Set(readdirSync(packDir));
    run('pnpm', ['pack', '--pack-destination', packDir], dir);
    const created = readdirSync(packDir).find((file) => !before.has(file));
    tarballs[manifest.name] = `file:${join(packDir, created)}`;
    // Every file the manifest lists by name must really be in the tarball.
    const packed = execFileSync('tar', ['-tzf', join(packDir, created)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.replace(/^package\//, ''));
    const missing = manifest.files.filter((file) => file.includes('.') && !packed.includes(file));
    if (missing.length > 0)
      throw new Error(`${manifest.name}: listed in files but not packed: ${missing.join(', ')}`);
    // ESM only: one copy of each module, so a class is the same for import and require.
    const cjs = packed.filter((file) => /\.c[jt]s$/.test(file));
    if (cjs.length > 0)
      throw new Error(`${manifest.name}: a second (CommonJS) copy is packed: ${cjs.join(', ')}`);
  }

  console.log(`▶ Installing the tarballs into ${projectDir}`);
  writeFileSync(
    join(projectDir, 'package.json'),
    JSON.stringify(
      { name: 'consumer', private: true, dependencies: tarballs, overrides: tarballs },
      null,
      2,
    ),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    projectDir,
  );

  const typed = [];
  for (const { dir, manifest } of packages) {
    const consumerDir = join(dir, 'consumer');
    if (!existsSync(consumerDir)) continue;
    console.log(`▶ ${manifest.name}`);
    const target = join(projectDir, manifest.name.replace('@trappen/', ''));
    cpSync(consumerDir, target, { recursive: true });
    for (const file of readdirSync(target).sort()) {
      if (file.endsWith('.mjs') || file.endsWith('.cjs')) run(process.execPath, [file], target);
      if (file.endsWith('.sh')) run('bash', [file], target);
      if (file.endsWith('.mts') || file.endsWith('.cts')) typed.push(join(target, file));
    }
  }

  if (typed.length > 0) {
    const tsc = join(
      dirname(createRequire(join(repoRoot, 'package.json')).resolve('typescript/package.json')),
      'bin',
      'tsc',
    );
    console.log(`▶ Typechecking ${typed.length} TypeScript consumer files (nodenext)`);
    writeFileSync(
      join(projectDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: typed,
      }),
    );
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], projectDir);
  }
  console.log('✔ published packages work from their tarballs (ESM, CJS and types)');
} catch (error) {
  failed = true;
  console.error(`✖ consumer check failed: ${error instanceof Error ? error.message : error}`);
} finally {
  if (process.env.KEEP_CONSUMER_DIR) console.log(`kept ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
