import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory a bench is started from. */
export const repoRoot: string = fileURLToPath(new URL('../../../../', import.meta.url));
