import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRollup, classify, sumBudgets, type PlanRecord } from '../../src/core';
import type { PlanItem } from '../../src/core/link';

function items(records: PlanRecord[]): PlanItem[] {
  return records.map((record, index) => ({ row: index + 1, record, verdict: classify(record) }));
}

const project = (title: string, extra: PlanRecord): PlanRecord => ({
  title, organization: 'IT', leader: 'Dana Whitfield', manager: 'Raj Patel', budget: '', start: '2026-01-01', end: '2026-12-31', ...extra,
});

describe('buildRollup', () => {
  const plan = items([
    { id: 'G1', title: 'Pass SOC 2 Type II audit', owner: 'CISO', budget: '', start: '', end: '' },
    project('Deploy SIEM across production', { id: 'I1', parent: 'G1', budget: '$540,000', start: '2026-03-01', end: '2026-09-30' }),
    project('Implement access reviews', { id: 'I2', parent: 'G1', budget: '€85k', start: '2026-01-12', end: '2026-06-30' }),
    project('Consolidate EU hosting', { id: 'I3', parent: 'Pass SOC2 Type II audit', budget: '1.250.000,00 €', end: '2026-12-31' }),
    project('Train staff on security awareness', { id: 'I4', parent: 'G1', budget: '2400', end: '2026-05-31' }),
    { id: 'G2', title: 'Grow EMEA revenue 25% by FY27', owner: 'CRO', budget: '', start: '', end: '' },
    { id: 'G3', title: 'Be recognized as the leader in field-service software', owner: 'CMO', budget: '', start: '', end: '' },
    project('Launch partner referral program for EMEA revenue growth', { id: 'I5', parent: '', budget: '€85k' }),
    project('Replace payroll system', { id: 'I6', parent: '', budget: '$100k' }),
    { id: 'N1', title: 'Follow up with procurement', budget: '', start: '', end: '' },
    project('Upgrade firewalls', { id: 'I7', parent: 'G9', budget: '$10k' }),
  ]);
  const rollup = buildRollup(plan);
  const goal = (row: number) => rollup.goals.find((g) => g.row === row)!;

  it('lists each goal with its explicit initiatives, summing budgets per currency', () => {
    const soc2 = goal(1);
    expect(soc2.theme).toBe('Risk mitigation');
    expect(soc2.initiatives.map((i) => [i.row, i.link])).toEqual([[2, 'explicit'], [3, 'explicit'], [4, 'explicit'], [5, 'explicit']]);
    expect(soc2.initiativeCount).toBe(4);
    expect(soc2.budget).toEqual([
      { currency: 'USD', amount: 540000 },
      { currency: 'EUR', amount: 1335000 },
      { currency: null, amount: 2400 },
    ]);
    expect(soc2.start).toBe('2026-01-01');
    expect(soc2.end).toBe('2026-12-31');
    expect(soc2.organizations).toEqual(['IT']);
    expect(soc2.leaders).toEqual(['Dana Whitfield', 'Raj Patel']);
  });

  it('suggests a goal for an orphan initiative without counting it', () => {
    const growth = goal(6);
    expect(growth.initiativeCount).toBe(0);
    expect(growth.suggestedCount).toBe(1);
    expect(growth.budget).toEqual([]);
    expect(growth.initiatives[0]).toMatchObject({ row: 8, link: 'suggested' });
    expect(growth.initiatives[0].similarity).toBeGreaterThan(0);
    const orphan = rollup.orphanInitiatives.find((o) => o.row === 8)!;
    expect(orphan.suggestion).toMatchObject({ row: 6 });
  });

  it('flags goals with no initiatives, orphans without a good suggestion, unclear rows and broken links', () => {
    expect(goal(7).flags[0]).toMatch(/no initiatives/);
    const payroll = rollup.orphanInitiatives.find((o) => o.row === 9)!;
    expect(payroll.suggestion).toBeUndefined();
    expect(payroll.reason).toMatch(/ask the customer why/);
    expect(rollup.unclear.map((u) => u.row)).toEqual([10]);
    expect(rollup.problems).toEqual(['Row 11 (Upgrade firewalls) names a parent “G9” that is not in the plan']);
    expect(rollup.flags.join('\n')).toMatch(/2 goals have no initiatives/);
  });
});

describe('roll-up properties', () => {
  it('budget totals equal the sum of their parts, per currency', () => {
    const budget = fc.record({ amount: fc.integer({ min: 1, max: 10_000_000 }), currency: fc.constantFrom('USD', 'EUR', null) });
    fc.assert(
      fc.property(fc.array(fc.option(budget, { nil: null }), { maxLength: 40 }), (budgets) => {
        const totals = sumBudgets(budgets);
        for (const currency of ['USD', 'EUR', null]) {
          const expected = budgets.filter((b) => b && b.currency === currency).reduce((sum, b) => sum + b!.amount, 0);
          expect(totals.find((t) => t.currency === currency)?.amount ?? 0).toBe(expected);
        }
      }),
    );
  });

  it('never throws on random plans, and counts every initiative once', () => {
    const row = fc.record({
      id: fc.constantFrom('A', 'B', 'C', 'D', ''),
      title: fc.constantFrom('Grow revenue 10%', 'Deploy SIEM', 'Launch program', '', 'Become the best'),
      parent: fc.constantFrom('A', 'B', 'C', 'D', '', 'Grow revenue 10%', 'Z'),
      organization: fc.constantFrom('IT', ''),
      leader: fc.constantFrom('Dana Whitfield', 'CFO', ''),
      budget: fc.constantFrom('$1M', '€5k', 'TBD', ''),
      end: fc.constantFrom('2026-12-31', ''),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (records) => {
        const plan = items(records);
        const rollup = buildRollup(plan);
        const initiatives = plan.filter((item) => item.verdict.label === 'Initiative').length;
        const explicit = rollup.goals.reduce((sum, goal) => sum + goal.initiativeCount, 0);
        expect(explicit + rollup.orphanInitiatives.length).toBe(initiatives);
      }),
      { numRuns: 300 },
    );
  });
});
