/**
 * The server's public origin (`PUBLIC_URL`, e.g. `https://trappen.eksempelby.dk`) for
 * links in messages; without it links are paths, which a mail reader cannot open.
 */
const ORIGIN = (process.env.PUBLIC_URL ?? '').replace(/\/$/, '');

/** An absolute link into one of the apps, e.g. `link('/portal/')`. */
export const link = (path: string): string => `${ORIGIN}${path}`;
