import type { Lang } from '@trappen/ui';

/**
 * A first name in the possessive: Danish adds "s" (or only an apostrophe after s, x
 * and z: "Jonas'"), English adds "’s".
 */
export function possessive(name: string, lang: Lang): string {
  if (lang === 'en') return `${name}’s`;
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}
