/**
 * Import first (then load the bench body with a dynamic `import()`): makes every
 * `@trappen/*` import resolve to TypeScript source, so no stale `dist` is measured.
 */
import { register } from 'node:module';

register('./alias-hook.mjs', import.meta.url);
