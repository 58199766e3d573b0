import type { KitBrowser } from '@trappen/e2e-kit';
import type { TestServer } from '@trappen/server/src/testing/test-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, rankOfCode } from './api';
import { auditPage, closeRun, openSignedIn, USERS } from './support';

describe('console: the case page', () => {
  let server: TestServer;
  let browser: KitBrowser;
  beforeAll(async () => {
    ({ server, browser } = await openSignedIn(USERS.caseworker));
  });
  afterAll(() => closeRun({ server, browser }));

  it('moves a child one step down through a follow-up', async () => {
    const api = await apiAs(server.url, USERS.caseworker);
    const staircase = await api.staircase.get.query();
    const list = await api.cases.list.query({ scope: 'mine', pageSize: 100 });
    // A child whose step comes from exactly one active intervention, with a lower step to go to.
    let target: { caseId: string; code: string; rank: number } | null = null;
    for (const item of list.items) {
      if (!item.currentStep || item.currentStep.rank < 2) continue;
      const detail = await api.cases.get.query({ caseId: item.caseId });
      const top = detail.interventions.filter(
        (i) => i.endDate === null && rankOfCode(staircase, i.code) === item.currentStep?.rank,
      );
      if (top.length === 1 && top[0]) {
        target = { caseId: item.caseId, code: top[0].code, rank: item.currentStep.rank };
        break;
      }
    }
    expect(target).not.toBeNull();
    if (!target) return;
    const lower = staircase.interventions.find(
      (e) => rankOfCode(staircase, e.code) === (target?.rank ?? 0) - 1,
    );
    const fromName = staircase.interventions.find((e) => e.code === target?.code)?.name.da ?? '';
    expect(lower).toBeDefined();

    const { page } = browser;
    await page.goto(`${server.url}/console/cases/${target.caseId}`);
    const currentStep = page.getByTestId('current-step');
    await expect.poll(() => currentStep.textContent()).toContain(`Trin ${target.rank}`);
    await auditPage(page, 'case');
    await page
      .getByRole('button', { name: `Opfølgning: ${fromName}` })
      .first()
      .click();
    const form = page.getByRole('form', { name: `Registrér opfølgning: ${fromName}` });
    await form.getByLabel('Et trin ned').check();
    await form
      .getByLabel('Ny indsats (starter på opfølgningsdatoen)')
      .selectOption(lower?.code ?? '');
    await form.getByLabel('Barnet er hørt').check();
    await auditPage(page, 'case-follow-up-form');
    await form.getByRole('button', { name: 'Gem opfølgning' }).click();
    await page.getByText('Opfølgningen er gemt.').first().waitFor();
    await expect.poll(() => currentStep.textContent()).toContain(`Trin ${target.rank - 1}`);

    const after = await api.cases.get.query({ caseId: target.caseId });
    expect(after.currentStep?.rank).toBe(target.rank - 1);
    const followUp = after.followUps.find((f) => f.outcome === 'stepDown' && f.childHeard);
    expect(followUp).toBeDefined();
  });

  it('publishes the action plan and the parent sees exactly the published text', async () => {
    const parent = await apiAs(server.url, USERS.parent);
    const [child] = await parent.plans.myChildren.query();
    expect(child).toBeDefined();
    const caseworker = await apiAs(server.url, USERS.caseworker);
    const list = await caseworker.cases.list.query({ scope: 'mine', pageSize: 100 });
    const item = list.items.find((c) => c.childId === child?.childId);
    expect(item).toBeDefined();

    const { page } = browser;
    await page.goto(`${server.url}/console/cases/${item?.caseId}`);
    const plan = page.locator('#plan');
    const purpose = `Formål ${Date.now()}: ${child?.firstName} skal trives i skolen og hjemme.`;
    await plan.getByLabel('Formål').fill(purpose);
    await plan.getByLabel('Mål 1').fill('Går i skole hver dag');
    await plan.getByRole('button', { name: 'Vis som forældrene ser det' }).click();
    const preview = plan.locator('.c-preview');
    await expect.poll(() => preview.textContent()).toContain(purpose);
    await plan.getByRole('button', { name: 'Gem udkast' }).click();
    await plan
      .getByText(/Udkastet er gemt/)
      .first()
      .waitFor();
    await auditPage(page, 'case-plan-preview');
    await plan.getByRole('button', { name: 'Udgiv til forældrene' }).click();
    const dialog = page.getByRole('dialog', { name: 'Udgiv handleplanen til forældrene?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Udgiv til forældrene' }).click();
    await plan.getByText('Planen er udgivet til forældrene.').first().waitFor();

    const view = await parent.plans.parentView.query({ childId: child?.childId ?? '' });
    expect(view.plan?.purpose).toBe(purpose);
    expect(view.plan?.goals[0]).toBe('Går i skole hver dag');
    // The preview showed what the parent now gets: the same first name, step and next meeting.
    const previewText = (await preview.textContent()) ?? '';
    expect(previewText).toContain(view.child.firstName);
    for (const goal of view.plan?.goals ?? []) expect(previewText).toContain(goal);
  });
});
