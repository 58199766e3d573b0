import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../api/types';
import { ADMINS, INTAKE, LEADERS, STAFF } from '../auth/roles';

/** Every page gets the path parameters it was matched with. */
export interface PageProps {
  params: Record<string, string>;
}

/** One route: a path pattern, the page (its own chunk) and who may open it. */
export interface RouteDef {
  pattern: string;
  page: LazyExoticComponent<ComponentType<PageProps>>;
  roles: readonly Role[];
}

// One lazy() per route so that every page is its own chunk in the build.
const CasesPage = lazy(() => import('../pages/cases/CasesPage'));
const CasePage = lazy(() => import('../pages/case/CasePage'));
const TeamPage = lazy(() => import('../pages/team/TeamPage'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));
const CaseworkerCasesPage = lazy(() => import('../pages/team/CaseworkerCasesPage'));
const BusinessCasesPage = lazy(() => import('../pages/business/BusinessCasesPage'));
const BusinessCasePage = lazy(() => import('../pages/business/BusinessCasePage'));
const BusinessCasePrintPage = lazy(() => import('../pages/business/BusinessCasePrintPage'));
const ImportPage = lazy(() => import('../pages/import/ImportPage'));
const IntakePage = lazy(() => import('../pages/intake/IntakePage'));
const TransferSummaryPage = lazy(() => import('../pages/closing/TransferSummaryPage'));
const AccessExportPage = lazy(() => import('../pages/closing/AccessExportPage'));
const RetentionPage = lazy(() => import('../pages/retention/RetentionPage'));
const StaffPage = lazy(() => import('../pages/staff/StaffPage'));

/** The console's routes, most specific first. */
export const ROUTES: readonly RouteDef[] = [
  { pattern: '/cases', page: CasesPage, roles: STAFF },
  { pattern: '/cases/:caseId', page: CasePage, roles: STAFF },
  { pattern: '/cases/:caseId/transfer', page: TransferSummaryPage, roles: STAFF },
  { pattern: '/cases/:caseId/access/:requester', page: AccessExportPage, roles: STAFF },
  { pattern: '/retention', page: RetentionPage, roles: ADMINS },
  { pattern: '/team', page: TeamPage, roles: LEADERS },
  { pattern: '/team/caseworkers/:caseworkerId', page: CaseworkerCasesPage, roles: LEADERS },
  { pattern: '/admin', page: AdminPage, roles: ADMINS },
  { pattern: '/business-cases', page: BusinessCasesPage, roles: LEADERS },
  { pattern: '/business-cases/:id', page: BusinessCasePage, roles: LEADERS },
  { pattern: '/business-cases/:id/print', page: BusinessCasePrintPage, roles: LEADERS },
  { pattern: '/import', page: ImportPage, roles: LEADERS },
  { pattern: '/intake', page: IntakePage, roles: INTAKE },
  { pattern: '/staff', page: StaffPage, roles: LEADERS },
];
