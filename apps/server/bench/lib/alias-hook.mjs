// Resolves `@trappen/<package>` to the package's TypeScript source (as the test
// aliases do), so benches measure the working tree without a build first.
const root = new URL('../../../../', import.meta.url);
const name = /^@trappen\/([a-z0-9-]+)$/;
const fromSource = new Set(['staircase', 'caseload', 'savings', 'kpi', 'db', 'api', 'e2e-kit']);

export async function resolve(specifier, context, nextResolve) {
  const match = name.exec(specifier);
  if (match?.[1] && fromSource.has(match[1])) {
    return nextResolve(new URL(`packages/${match[1]}/src/index.ts`, root).href, context);
  }
  return nextResolve(specifier, context);
}
