/** Every page of the portal, as parsed from the URL. */
export type Route =
  | { name: 'home' }
  | { name: 'plan'; childId: string }
  | { name: 'yourView'; childId: string }
  | { name: 'consents' }
  | { name: 'accessibility' }
  | { name: 'notFound' };

/** Where the app is served; matches Vite's `base`. */
export const BASE = '/portal/';

const planPattern = /^barn\/([^/]+)\/?$/;
const yourViewPattern = /^barn\/([^/]+)\/din-mening\/?$/;

/** Parses a pathname (with the `/portal/` prefix) into a {@link Route}. */
export function matchRoute(pathname: string): Route {
  if (!pathname.startsWith(BASE) && `${pathname}/` !== BASE) return { name: 'notFound' };
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  if (rest === '') return { name: 'home' };
  if (rest === 'tilgaengelighed' || rest === 'tilgaengelighed/') return { name: 'accessibility' };
  if (rest === 'samtykker' || rest === 'samtykker/') return { name: 'consents' };
  const view = yourViewPattern.exec(rest);
  if (view?.[1]) return { name: 'yourView', childId: view[1] };
  const plan = planPattern.exec(rest);
  if (plan?.[1]) return { name: 'plan', childId: plan[1] };
  return { name: 'notFound' };
}

/** The URL of a page. */
export const paths = {
  home: (): string => BASE,
  plan: (childId: string): string => `${BASE}barn/${encodeURIComponent(childId)}`,
  yourView: (childId: string): string => `${BASE}barn/${encodeURIComponent(childId)}/din-mening`,
  accessibility: (): string => `${BASE}tilgaengelighed`,
  consents: (): string => `${BASE}samtykker`,
};
