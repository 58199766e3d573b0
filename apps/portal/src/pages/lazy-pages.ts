import { lazy } from 'react';
import type { Route } from '../router/routes';

// Each page is its own chunk, so a route ships only the code it draws.
const load = {
  login: () => import('./LoginPage'),
  home: () => import('./ChooseChildPage'),
  plan: () => import('./PlanPage'),
  yourView: () => import('./YourViewPage'),
  accessibility: () => import('./AccessibilityPage'),
  consents: () => import('./ConsentsPage'),
  notFound: () => import('./NotFoundPage'),
};

/** The login page, loaded on demand. */
export const LazyLoginPage = lazy(() => load.login().then((m) => ({ default: m.LoginPage })));
/** The "choose child" page, loaded on demand. */
export const LazyChooseChildPage = lazy(() =>
  load.home().then((m) => ({ default: m.ChooseChildPage })),
);
/** The plan page, loaded on demand. */
export const LazyPlanPage = lazy(() => load.plan().then((m) => ({ default: m.PlanPage })));
/** The "your view" page, loaded on demand. */
export const LazyYourViewPage = lazy(() =>
  load.yourView().then((m) => ({ default: m.YourViewPage })),
);
/** The accessibility statement, loaded on demand. */
export const LazyAccessibilityPage = lazy(() =>
  load.accessibility().then((m) => ({ default: m.AccessibilityPage })),
);
/** The consents page, loaded on demand. */
export const LazyConsentsPage = lazy(() =>
  load.consents().then((m) => ({ default: m.ConsentsPage })),
);
/** The "page not found" page, loaded on demand. */
export const LazyNotFoundPage = lazy(() =>
  load.notFound().then((m) => ({ default: m.NotFoundPage })),
);

/**
 * Starts downloading a route's page while the session is checked, so the two
 * requests run side by side instead of one after the other.
 */
export function preloadPage(route: Route): void {
  void load[route.name]().catch(() => {});
}

/** Starts downloading the login page (for visitors without a session). */
export function preloadLogin(): void {
  void load.login().catch(() => {});
}
