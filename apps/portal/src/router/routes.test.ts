import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes';

describe('matchRoute', () => {
  const id = '3f2b8c1e-0000-4000-8000-000000000001';

  it('parses every page and round-trips the paths', () => {
    expect(matchRoute('/portal/')).toEqual({ name: 'home' });
    expect(matchRoute('/portal')).toEqual({ name: 'home' });
    expect(matchRoute(paths.plan(id))).toEqual({ name: 'plan', childId: id });
    expect(matchRoute(`${paths.plan(id)}/`)).toEqual({ name: 'plan', childId: id });
    expect(matchRoute(paths.yourView(id))).toEqual({ name: 'yourView', childId: id });
    expect(matchRoute(paths.accessibility())).toEqual({ name: 'accessibility' });
  });

  it('treats anything else as not found', () => {
    expect(matchRoute('/portal/barn')).toEqual({ name: 'notFound' });
    expect(matchRoute(`/portal/barn/${id}/andet`)).toEqual({ name: 'notFound' });
    expect(matchRoute('/console/')).toEqual({ name: 'notFound' });
  });
});
