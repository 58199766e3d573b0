/** The errors in `error`'s cause chain (openid-client wraps oauth4webapi's). */
function causes(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = [];
  let at: unknown = error;
  while (typeof at === 'object' && at !== null && chain.length < 5) {
    chain.push(at as Record<string, unknown>);
    at = (at as { cause?: unknown }).cause;
  }
  return chain;
}

/**
 * Which ID token check failed, for the audit row: `audience`, `expired`, `nonce`,
 * `issuer`, `signature` or `other`. oauth4webapi (under openid-client) names the claim
 * it compared; nothing from the token itself is kept.
 */
export function tokenFailure(error: unknown): string {
  const chain = causes(error);
  const claim = chain.map((e) => e.claim).find((c) => typeof c === 'string');
  const codes = chain.map((e) => e.code).filter((c) => typeof c === 'string');
  if (claim === 'aud') return 'audience';
  if (claim === 'nonce') return 'nonce';
  if (claim === 'iss') return 'issuer';
  if (codes.includes('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) return 'expired';
  if (codes.some((c) => /SIGNATURE/.test(String(c)))) return 'signature';
  return 'other';
}
