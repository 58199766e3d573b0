#!/usr/bin/env node
/**
 * Checks that the built @trappen/staircase works for a consumer outside the workspace.
 *
 * Builds nothing itself: run `pnpm build` first. Then it
 *   1. packs the package with `pnpm pack` (as it would be published) into a temp dir,
 *   2. creates a temp project outside the repository and `npm install`s the tarball
 *      there (zod comes from the npm registry),
 *   3. runs an ESM script (`import`) and a CommonJS script (`require`) that use
 *      `defaultStaircase` and `timeline`,
 *   4. typechecks an ESM (.mts) and a CommonJS (.cts) TypeScript consumer with the
 *      workspace's TypeScript and `moduleResolution: nodenext`.
 * Exits non-zero on any failure. Set KEEP_CONSUMER_DIR=1 to keep the temp dir.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageDir, '../..');

function step(title) {
  console.log(`\n▶ ${title}`);
}

function run(command, args, cwd) {
  console.log(`  $ ${command} ${args.join(' ')}   (in ${cwd})`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
}

function fail(message) {
  console.error(`\n✖ consumer-check: ${message}`);
  process.exit(1);
}

// 0. The build must exist; this script never builds.
const distFiles = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'];
const missing = distFiles.filter((file) => !existsSync(join(packageDir, 'dist', file)));
if (missing.length > 0) {
  fail(`dist/ is missing ${missing.join(', ')}; run \`pnpm build\` in ${packageDir} first`);
}

// The workspace's TypeScript, by absolute path.
const requireFromPackage = createRequire(join(packageDir, 'package.json'));
const tscBin = join(dirname(requireFromPackage.resolve('typescript/package.json')), 'bin', 'tsc');

const workDir = realpathSync(mkdtempSync(join(tmpdir(), 'trappen-staircase-consumer-')));
if (workDir === repoRoot || workDir.startsWith(repoRoot + sep)) {
  fail(`temp dir ${workDir} is inside the repository ${repoRoot}`);
}
const packDir = join(workDir, 'pack');
const projectDir = join(workDir, 'project');
mkdirSync(packDir);
mkdirSync(projectDir);

let ok = false;
try {
  step('Packing @trappen/staircase with pnpm pack');
  run('pnpm', ['pack', '--pack-destination', packDir], packageDir);
  const tarballs = readdirSync(packDir).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`expected one tarball, found ${tarballs.join(', ')}`);
  const tarball = join(packDir, tarballs[0]);

  step(`Installing the tarball into a fresh project at ${projectDir}`);
  writeFileSync(
    join(projectDir, 'package.json'),
    `${JSON.stringify({ name: 'staircase-consumer', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball],
    projectDir,
  );

  const expectations = `
const history = [
  { code: 'family-treatment', start: '2024-01-01', end: '2024-12-31' },
  { code: 'residential-institution', start: '2024-03-01', end: '2024-05-31' },
];
const periods = timeline(defaultStaircase, history);
const expected = [
  { from: '2024-01-01', to: '2024-02-29', step: 'home-based', rank: 3 },
  { from: '2024-03-01', to: '2024-05-31', step: 'institution', rank: 6 },
  { from: '2024-06-01', to: '2024-12-31', step: 'home-based', rank: 3 },
];
assert.deepStrictEqual(periods, expected);
assert.strictEqual(defaultStaircase.steps.length, 6);
assert.ok(Object.isFrozen(defaultStaircase));
assert.throws(() => timeline(defaultStaircase, [{ code: 'nope', start: '2024-01-01' }]), StaircaseError);
`;

  step('Running an ESM consumer (import)');
  writeFileSync(
    join(projectDir, 'esm.mjs'),
    `import assert from 'node:assert/strict';
import { defaultStaircase, StaircaseError, timeline } from '@trappen/staircase';
${expectations}
console.log('  ESM import works:', periods.map((p) => p.step).join(' -> '));
`,
  );
  run(process.execPath, ['esm.mjs'], projectDir);

  step('Running a CommonJS consumer (require)');
  writeFileSync(
    join(projectDir, 'cjs.cjs'),
    `const assert = require('node:assert/strict');
const { defaultStaircase, StaircaseError, timeline } = require('@trappen/staircase');
${expectations}
console.log('  CJS require works:', periods.map((p) => p.step).join(' -> '));
`,
  );
  run(process.execPath, ['cjs.cjs'], projectDir);

  step(`Typechecking TypeScript consumers (moduleResolution: nodenext) with ${tscBin}`);
  const typedConsumer = `
const history: InterventionRecord[] = [
  { code: 'foster-family', start: '2024-01-01', end: '2024-06-30' },
  { code: 'contact-person', start: '2024-05-01' },
];
const periods: TimelinePeriod[] = timeline(defaultStaircase, history);
const first: string | null | undefined = periods[0]?.to;
const step: Step | null = stepOf(defaultStaircase, history, '2024-07-01');
const rank: number | undefined = step?.rank;
const moved: Movement = movement(defaultStaircase, history, '2024-02-01', '2024-08-01');
const custom: Staircase = defineStaircase({
  ...defaultStaircase,
  id: 'custom',
  interventions: [...defaultStaircase.interventions],
});
// The types are real, not \`any\`:
// @ts-expect-error a start date must be a string
timeline(defaultStaircase, [{ code: 'foster-family', start: 20240101 }]);
// @ts-expect-error a period's step is a string, not a number
const wrong: number = periods[0]!.step;
export { custom, first, moved, rank, wrong };
`;
  const typeImports = `defaultStaircase,
  defineStaircase,
  type InterventionRecord,
  type Movement,
  movement,
  type Staircase,
  type Step,
  stepOf,
  type TimelinePeriod,
  timeline,`;
  writeFileSync(
    join(projectDir, 'consumer.mts'),
    `import {\n  ${typeImports}\n} from '@trappen/staircase';\n${typedConsumer}`,
  );
  writeFileSync(
    join(projectDir, 'consumer.cts'),
    `import {\n  ${typeImports}\n} from '@trappen/staircase';\n${typedConsumer}`,
  );
  writeFileSync(
    join(projectDir, 'tsconfig.json'),
    `${JSON.stringify(
      {
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
        files: ['consumer.mts', 'consumer.cts'],
      },
      null,
      2,
    )}\n`,
  );
  run(process.execPath, [tscBin, '--noEmit', '-p', 'tsconfig.json'], projectDir);
  console.log('  TypeScript consumers typecheck (ESM and CJS).');
  ok = true;
} catch (error) {
  console.error(`\n✖ consumer-check failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  if (process.env.KEEP_CONSUMER_DIR) {
    console.log(`\nKept ${workDir}`);
  } else {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (ok) console.log(`\n✔ consumer-check passed (${relative(repoRoot, packageDir)})`);
