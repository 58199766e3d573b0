import {
  addDays,
  daysBetween,
  defaultStaircase,
  overdueReassessments,
  timeline,
  toDayNumber,
} from '@trappen/staircase';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexInput } from './case-index';
import { caseloads } from './caseloads';
import { caseworkerChanges } from './caseworker-changes';
import { currentPeriod } from './current-step';
import { deadlines } from './deadlines';
import { defaultFollowUpRules } from './follow-up-rules';
import type { CaseloadInput } from './input';

const BASE = '2024-01-01';
const CODES = defaultStaircase.interventions.map((entry) => entry.code);
const date = (max = 500) => fc.integer({ min: 0, max }).map((n) => addDays(BASE, n));
const span = fc
  .tuple(
    fc.integer({ min: 0, max: 500 }),
    fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  )
  .map(([start, length]) => ({
    start: addDays(BASE, start),
    end: length === undefined ? null : addDays(BASE, start + length),
  }));

/** A small random municipality: every row refers to existing ids. */
const municipality: fc.Arbitrary<CaseloadInput> = fc
  .record({
    children: fc.integer({ min: 1, max: 6 }),
    caseworkers: fc.array(
      fc.record({
        fte: fc.constantFrom(0.25, 0.5, 0.8, 1),
        team: fc.constantFrom('north', 'south'),
        leave: fc.array(span, { maxLength: 1 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .chain(({ children, caseworkers }) => {
    const child = fc.integer({ min: 0, max: children - 1 }).map((k) => `c${k}`);
    const worker = fc.integer({ min: 0, max: caseworkers.length - 1 }).map((k) => `w${k}`);
    return fc
      .record({
        cases: fc.array(fc.record({ childId: child, span }), { maxLength: 8 }),
        assignments: fc.array(fc.record({ childId: child, caseworkerId: worker, span }), {
          maxLength: 10,
        }),
        interventions: fc.array(
          fc.record({ childId: child, code: fc.constantFrom(...CODES), span }),
          {
            maxLength: 10,
          },
        ),
        followUps: fc.array(fc.record({ k: fc.nat(), date: date() }), { maxLength: 10 }),
        actionPlans: fc.array(fc.record({ childId: child, date: date() }), { maxLength: 4 }),
        childAssessments: fc.array(fc.record({ childId: child, span }), { maxLength: 4 }),
        reassessments: fc.array(fc.record({ childId: child, date: date() }), { maxLength: 6 }),
      })
      .map((rows): CaseloadInput => {
        const interventions = rows.interventions.map((row, k) => ({
          id: `i${k}`,
          childId: row.childId,
          code: row.code,
          start: row.span.start,
          end: row.span.end,
        }));
        return {
          children: Array.from({ length: children }, (_, k) => ({ id: `c${k}` })),
          caseworkers: caseworkers.map((w, k) => ({
            id: `w${k}`,
            team: w.team,
            fte: w.fte,
            leave: w.leave.map((l) => ({ from: l.start, to: l.end })),
          })),
          cases: rows.cases.map((row, k) => ({
            id: `k${k}`,
            childId: row.childId,
            opened: row.span.start,
            closed: row.span.end === null ? null : addDays(row.span.end, 1),
          })),
          assignments: rows.assignments.map((row) => ({
            childId: row.childId,
            caseworkerId: row.caseworkerId,
            from: row.span.start,
            to: row.span.end,
          })),
          interventions,
          followUps:
            interventions.length === 0
              ? []
              : rows.followUps.map((row) => ({
                  interventionId: `i${row.k % interventions.length}`,
                  date: row.date,
                })),
          actionPlans: rows.actionPlans,
          childAssessments: rows.childAssessments.map((row) => ({
            childId: row.childId,
            started: row.span.start,
            completed: row.span.end,
          })),
          reassessments: rows.reassessments,
        };
      });
  });

const isOpen = (input: CaseloadInput, childId: string, asOf: string) =>
  input.cases.some(
    (c) =>
      c.childId === childId &&
      c.opened <= asOf &&
      (c.closed === null || c.closed === undefined || asOf < c.closed),
  );

describe('invariants', () => {
  it('a child without an open case on asOf (closed or not yet opened) never has a deadline', () => {
    fc.assert(
      fc.property(municipality, date(), (input, asOf) => {
        for (const deadline of deadlines(input, defaultFollowUpRules, asOf)) {
          expect(isOpen(input, deadline.childId, asOf)).toBe(true);
        }
      }),
    );
  });

  it('closing every case of a child before asOf removes its deadlines and leaves the others', () => {
    fc.assert(
      fc.property(municipality, date(), fc.nat(), (input, asOf, pick) => {
        const childId = `c${pick % input.children.length}`;
        const closed: CaseloadInput = {
          ...input,
          cases: input.cases.map((c) =>
            c.childId === childId ? { ...c, opened: BASE, closed: asOf > BASE ? asOf : BASE } : c,
          ),
        };
        const before = deadlines(input, defaultFollowUpRules, asOf).filter(
          (d) => d.childId !== childId,
        );
        const after = deadlines(closed, defaultFollowUpRules, asOf);
        expect(after.filter((d) => d.childId === childId)).toEqual([]);
        expect(after).toEqual(before);
      }),
    );
  });

  it('adding a follow-up never makes any deadline more overdue', () => {
    fc.assert(
      fc.property(municipality, date(), date(), fc.nat(), (input, asOf, followUpDate, pick) => {
        fc.pre(input.interventions.length > 0);
        const interventionId = `i${pick % input.interventions.length}`;
        const more: CaseloadInput = {
          ...input,
          followUps: [...(input.followUps ?? []), { interventionId, date: followUpDate }],
        };
        const before = deadlines(input, defaultFollowUpRules, asOf);
        const after = deadlines(more, defaultFollowUpRules, asOf);
        const keys = (list: typeof before) =>
          list.map((d) => [d.childId, d.kind, d.interventionId ?? d.step ?? null]);
        expect(keys(after)).toEqual(keys(before));
        after.forEach((deadline, k) => {
          const old = before[k];
          expect(deadline.daysOverdue).toBeLessThanOrEqual(old?.daysOverdue ?? 0);
          expect(deadline.dueDate >= (old?.dueDate ?? '')).toBe(true);
        });
      }),
    );
  });

  it('status, due date and days overdue agree', () => {
    fc.assert(
      fc.property(municipality, date(), (input, asOf) => {
        for (const d of deadlines(input, defaultFollowUpRules, asOf)) {
          const late = daysBetween(d.dueDate, asOf);
          expect(d.daysOverdue).toBe(Math.max(0, late));
          expect(d.status).toBe(late > 0 ? 'overdue' : -late <= 14 ? 'dueSoon' : 'ok');
        }
      }),
    );
  });

  it("an overdue step reassessment matches @trappen/staircase's overdueReassessments", () => {
    fc.assert(
      fc.property(municipality, date(), (input, asOf) => {
        const found = deadlines(input, defaultFollowUpRules, asOf).filter(
          (d) => d.kind === 'stepReassessment' && d.status === 'overdue',
        );
        for (const child of input.children) {
          if (!isOpen(input, child.id, asOf)) continue;
          const current = overdueReassessments(
            defaultStaircase,
            input.interventions.filter((i) => i.childId === child.id),
            (input.reassessments ?? []).filter((r) => r.childId === child.id),
            asOf,
          ).find((o) => o.current);
          const mine = found.find((d) => d.childId === child.id);
          expect(
            mine && { dueDate: mine.dueDate, daysOverdue: mine.daysOverdue, step: mine.step },
          ).toEqual(
            current && {
              dueDate: current.dueDate,
              daysOverdue: current.daysOverdue,
              step: current.step,
            },
          );
        }
      }),
    );
  });

  it("the current step period matches @trappen/staircase's timeline", () => {
    fc.assert(
      fc.property(municipality, date(), (input, asOf) => {
        const day = toDayNumber(asOf);
        const index = indexInput(input, day);
        for (const child of index.children) {
          const periods = timeline(
            defaultStaircase,
            child.interventions.map((item) => item.record),
          );
          const expected = periods.find((p) => p.from <= asOf && (p.to === null || asOf <= p.to));
          const actual = currentPeriod(child.interventions, day);
          expect(actual && { from: index.days.iso(actual.from), step: actual.step.id }).toEqual(
            expected && { from: expected.from, step: expected.step },
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('caseloads add up: children, FTE and the distribution', () => {
    fc.assert(
      fc.property(municipality, date(), (input, asOf) => {
        const report = caseloads(input, asOf, { municipality: { weights: { placement: 1.5 } } });
        let pairs = 0;
        for (const child of input.children) {
          if (!isOpen(input, child.id, asOf)) continue;
          const workers = new Set(
            input.assignments
              .filter(
                (a) => a.childId === child.id && a.from <= asOf && (a.to == null || asOf <= a.to),
              )
              .map((a) => a.caseworkerId),
          );
          pairs += workers.size;
        }
        expect(report.municipality.children).toBe(pairs);
        for (const load of report.caseworkers) {
          expect(load.loadPerFte * load.fte).toBeCloseTo(load.weightedLoad, 9);
          expect(load.weightedLoad).toBeGreaterThanOrEqual(load.children);
          expect(load.weightedLoad).toBeLessThanOrEqual(load.children * 1.5);
        }
        const available = report.caseworkers.filter((c) => !c.onLeave).length;
        const d = report.municipality.distribution;
        expect(d['0-9'] + d['10-19'] + d['20-29'] + d['30+']).toBe(available);
        expect(report.teams.reduce((sum, t) => sum + t.children, 0)).toBe(pairs);
      }),
    );
  });

  it('caseworker changes: the share is between 0 and 1 and changes never exceed assignments', () => {
    fc.assert(
      fc.property(municipality, date(), fc.integer({ min: 0, max: 200 }), (input, from, length) => {
        const report = caseworkerChanges(input.assignments, from, addDays(from, length));
        for (const child of report.children) {
          const count = input.assignments.filter((a) => a.childId === child.childId).length;
          expect(child.changes).toBeLessThan(Math.max(1, count));
          expect(child.changes).toBeGreaterThanOrEqual(0);
        }
        if (report.shareWithOneCaseworker !== null) {
          expect(report.shareWithOneCaseworker).toBeGreaterThanOrEqual(0);
          expect(report.shareWithOneCaseworker).toBeLessThanOrEqual(1);
        }
        expect(report.totalChanges).toBe(report.children.reduce((s, c) => s + c.changes, 0));
      }),
    );
  });
});
