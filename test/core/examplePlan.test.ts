// The bundled example plan (examples/account-plan.csv) is what `npm start` shows a newcomer;
// these tests pin the verdicts and roll-up figures its deliberate edge cases call for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRollup, detectLayout, planItems } from '../../src/core';
import { parse } from 'csv-parse/sync';

const rows: string[][] = parse(readFileSync(join(__dirname, '../../examples/account-plan.csv'), 'utf8'));
const layout = detectLayout(rows);
const items = planItems(rows.slice(1), layout);
const byId = new Map(items.map((item) => [String(item.record.id).trim(), item]));
const verdict = (id: string) => byId.get(id)!.verdict;
const rollup = buildRollup(items);
const goal = (id: string) => rollup.goals.find((g) => g.row === byId.get(id)!.row)!;

describe('the example plan', () => {
  it('maps every column from its CRM headers', () => {
    expect(layout.columns).toMatchObject({
      account: 0, id: 1, title: 2, description: 3, organization: 5, owner: 6, manager: 7, sponsor: 8, budget: 9, start: 10, end: 11, parent: 12,
    });
  });

  it('has at least 40 rows across 3+ accounts', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(new Set(items.map((item) => item.record.account)).size).toBeGreaterThanOrEqual(3);
  });

  it('calls every goal row a Goal, whatever its Type column says', () => {
    for (const id of ['FB-G1', 'FB-G2', 'FB-G3', 'DF-G1', 'DF-G2', 'DF-G3', 'WH-G1', 'WH-G2', 'WH-G3', 'WH-G4', 'CS-G1', 'CS-G2', 'CS-G3', 'CS-G4']) {
      expect([id, verdict(id).label]).toEqual([id, 'Goal']);
      expect(verdict(id).theme).not.toBeNull();
    }
  });

  it('scores initiatives by their criteria, with roles and unallocated budgets not counted', () => {
    expect(verdict('FB-I1')).toMatchObject({ label: 'Initiative', score: 5 });
    expect(verdict('FB-I4')).toMatchObject({ label: 'Initiative', score: 5 }); // role owner, named PM
    expect(verdict('WH-I3')).toMatchObject({ label: 'Initiative', score: 4 }); // budget 0
    expect(verdict('WH-I3').criteria.budget).toBe(false);
    expect(verdict('WH-I8')).toMatchObject({ label: 'Initiative', score: 4 }); // owner "CIO", no PM
    expect(verdict('WH-I8').criteria.leadership).toBe(false);
    expect(verdict('DF-I5')).toMatchObject({ label: 'Initiative', score: 3 }); // exactly the threshold
  });

  it('does not call a program meeting two of the criteria its plan records an initiative', () => {
    expect(verdict('FB-I8')).toMatchObject({ label: 'Unclear', score: 2 });
    expect(verdict('FB-I8').reason).toMatch(/^Reads as work/);
    for (const item of items) if (item.verdict.basis === 'criteria') expect(item.verdict.score).toBeGreaterThanOrEqual(3);
  });

  it('calls thin to-do rows Unclear', () => {
    for (const id of ['FB-N1', 'DF-N1', 'WH-N1', 'WH-N2', 'CS-N1']) expect(verdict(id).label).toBe('Unclear');
  });

  it('rolls budgets up per currency, never across currencies', () => {
    expect(goal('CS-G1').budget).toEqual([
      { currency: 'USD', amount: 630000 },
      { currency: 'EUR', amount: 1335000 },
    ]);
    expect(goal('FB-G1').budget).toEqual([
      { currency: 'USD', amount: 4710000 },
      { currency: null, amount: 2400000 },
    ]);
    expect(goal('WH-G1').budget).toEqual([
      { currency: 'USD', amount: 2105000 },
      { currency: null, amount: 450000 },
    ]);
  });

  it('resolves links by id, by title, loosely, and through a sub-objective', () => {
    expect(goal('FB-G1').initiativeCount).toBe(5); // FB-I4 names its goal as "grow commercial lending rev. 15%"
    expect(goal('FB-G3').initiatives.map((i) => i.row)).toEqual([byId.get('FB-I6')!.row]);
    expect(goal('FB-G3').initiatives[0].whyChain).toContain('→');
    expect(goal('DF-G1').initiativeCount).toBe(3);
    expect(goal('CS-G2').initiativeCount).toBe(2); // CS-I6 says "ARR" for "annual recurring revenue"
  });

  it('suggests, without counting, a goal for an orphan whose wording matches one', () => {
    const df = goal('DF-G1');
    expect(df.initiatives.find((i) => i.row === byId.get('DF-I6')!.row)).toMatchObject({ link: 'suggested' });
    expect(df.budget).toEqual([{ currency: 'USD', amount: 7470000 }]);
    const orphans = rollup.orphanInitiatives.map((o) => o.row);
    expect(orphans).toContain(byId.get('DF-I7')!.row);
    expect(orphans).toContain(byId.get('CS-I8')!.row);
  });

  it('flags the goals with no initiatives', () => {
    for (const id of ['DF-G3', 'WH-G3', 'CS-G4']) expect(goal(id).initiativeCount).toBe(0);
  });
});
