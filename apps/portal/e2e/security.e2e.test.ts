import { randomUUID } from 'node:crypto';
import { and, auditLog, eq, planComments } from '@trappen/db';
import { type KitBrowser, launchBrowser } from '@trappen/e2e-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parentData } from './support/api';
import { PARENT_ONE_CHILD, PARENT_TWO_CHILDREN, PHONE } from './support/demo';
import { expectAccessible, heading, logIn, mainText, openLogin } from './support/portal-page';
import { startPortalServer, type TestServer } from './support/portal-server';

/** Calls a tRPC mutation from inside the page, as a curious parent could from the console. */
function postFromPage(page: Page, path: string, input: unknown) {
  return page.evaluate(
    async ({ path, input }) => {
      const response = await fetch(`/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as {
        error?: { message: string; data?: { code?: string; messages?: unknown } };
      };
      return {
        status: response.status,
        code: body.error?.data?.code ?? null,
        messages: body.error?.data?.messages ?? null,
      };
    },
    { path, input },
  );
}

describe('a parent trying another child', () => {
  let server: TestServer;
  let browser: KitBrowser;
  let page: Page;
  let myId: string;
  let otherChildId: string;

  beforeAll(async () => {
    server = await startPortalServer();
    const mine = await parentData(server.url, PARENT_ONE_CHILD);
    const others = await parentData(server.url, PARENT_TWO_CHILDREN);
    myId = mine.me.id;
    const other = others.children.find((c) => !mine.children.some((m) => m.childId === c.childId));
    if (!other) throw new Error('the two demo parents share every child');
    otherChildId = other.childId;
    browser = await launchBrowser({ viewport: PHONE });
    page = browser.page;
    await openLogin(page, server.url);
    await logIn(page, PARENT_ONE_CHILD);
    await heading(page, /Planen for/);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const deniedReads = (childId: string, entity: string) =>
    server.handle.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.userId, myId),
          eq(auditLog.childId, childId),
          eq(auditLog.entity, entity),
          eq(auditLog.outcome, 'notFound'),
        ),
      );

  it('gets the same page for another child as for a child that does not exist, and is audited', async () => {
    await page.goto(`${server.url}/portal/barn/${otherChildId}`);
    await heading(page, 'Vi kunne ikke finde barnet');
    const forOther = await mainText(page);
    await expectAccessible(page, 'other-child');

    const missing = randomUUID();
    await page.goto(`${server.url}/portal/barn/${missing}`);
    await heading(page, 'Vi kunne ikke finde barnet');
    expect(await mainText(page)).toBe(forOther);

    await page.goto(`${server.url}/portal/barn/${otherChildId}/din-mening`);
    await heading(page, 'Vi kunne ikke finde barnet');
    expect(await mainText(page)).toBe(forOther);

    const rows = await deniedReads(otherChildId, 'parentView');
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]?.action).toBe('read');
    expect(rows[0]?.role).toBe('parent');
  });

  it('gets the same answer when changing the id in a request, and nothing is written', async () => {
    const forOther = await postFromPage(page, 'plans.addComment', {
      childId: otherChildId,
      body: 'Forsøg på et andet barn',
    });
    const forMissing = await postFromPage(page, 'plans.addComment', {
      childId: randomUUID(),
      body: 'Forsøg på et andet barn',
    });
    expect(forOther).toEqual({ status: 404, code: 'NOT_FOUND', messages: forMissing.messages });
    expect(forMissing.status).toBe(404);

    const confirm = await postFromPage(page, 'plans.confirmRead', { childId: otherChildId });
    expect(confirm.status).toBe(404);

    expect(await deniedReads(otherChildId, 'planComment')).toHaveLength(1);
    expect(await deniedReads(otherChildId, 'planReadConfirmation')).toHaveLength(1);
    const written = await server.handle.db
      .select()
      .from(planComments)
      .where(and(eq(planComments.childId, otherChildId), eq(planComments.authorId, myId)));
    expect(written).toEqual([]);
  });
});
