import { describe, expect, it } from 'vitest';
import { classify, type PlanRecord } from '../../src/core';
import { chainOf, resolveLinks, suggestGoals, whyChainText, type PlanItem } from '../../src/core/link';
import { titleSimilarity } from '../../src/core/similarity';

function items(records: PlanRecord[]): PlanItem[] {
  return records.map((record, index) => ({ row: index + 1, record, verdict: classify(record) }));
}

describe('resolveLinks', () => {
  it('follows a parent named by id, ignoring case and spacing', () => {
    const plan = items([{ id: 'NB-G1', title: 'Grow revenue 10%' }, { id: 'NB-I1', title: 'Launch referral program', parent: ' nb-g1 ' }]);
    const links = resolveLinks(plan);
    expect(links.parentOf.get(2)).toBe(1);
    expect(links.matchedBy.get(2)).toBe('id');
  });

  it('follows a parent named by title, exactly or loosely', () => {
    const plan = items([
      { id: 'G1', title: 'Reduce operating cost 10% by FY27' },
      { id: 'I1', title: 'Consolidate data centers', parent: 'REDUCE OPERATING COST 10% BY FY27' },
      { id: 'I2', title: 'Automate invoice matching', parent: 'Reduce op. cost 10 %' },
      { id: 'I3', title: 'Renegotiate telecom contracts', parent: 'reduce operating cost (10%)' },
    ]);
    const links = resolveLinks(plan);
    expect([2, 3, 4].map((row) => links.parentOf.get(row))).toEqual([1, 1, 1]);
    expect(links.matchedBy.get(2)).toBe('title');
    expect(links.matchedBy.get(3)).toBe('fuzzy title');
  });

  it('matches an acronym in the reference to the words it stands for', () => {
    expect(titleSimilarity('Grow EMEA ARR 25% by FY27', 'Grow EMEA annual recurring revenue 25% by FY27')).toBeGreaterThan(0.8);
  });

  it('does not take a different goal for a loose match', () => {
    expect(titleSimilarity('Grow EMEA revenue', 'Reduce EMEA churn below 5%')).toBeLessThan(0.8);
  });

  it('resolves chains of any depth to their root and writes the why-chain', () => {
    const plan = items([
      { id: 'G', title: 'Pass SOC 2 audit' },
      { id: 'O', title: 'Close all audit findings', parent: 'G' },
      { id: 'S', title: 'Remediate access findings', parent: 'O' },
      { id: 'I', title: 'Deploy SIEM', parent: 'S' },
    ]);
    const links = resolveLinks(plan);
    expect(chainOf(4, links)).toEqual([4, 3, 2, 1]);
    expect(whyChainText(4, links, new Map(plan.map((item) => [item.row, item])))).toBe(
      'Deploy SIEM → Remediate access findings → Close all audit findings → Pass SOC 2 audit',
    );
  });

  it('reports a cycle instead of looping on it', () => {
    const plan = items([
      { id: 'A', title: 'A thing', parent: 'B' },
      { id: 'B', title: 'B thing', parent: 'C' },
      { id: 'C', title: 'C thing', parent: 'A' },
      { id: 'D', title: 'D thing', parent: 'A' },
    ]);
    const links = resolveLinks(plan);
    expect(links.problems).toEqual([{ kind: 'cycle', rows: [1, 2, 3] }]);
    expect([...links.onCycle].sort()).toEqual([1, 2, 3]);
    expect(chainOf(4, links)).toEqual([4, 1, 2, 3]);
  });

  it('reports a parent that is not in the plan', () => {
    const links = resolveLinks(items([{ id: 'I1', title: 'Deploy SIEM', parent: 'G9' }]));
    expect(links.problems).toEqual([{ kind: 'missing', row: 1, reference: 'G9' }]);
  });

  it('prefers the parent in the same account when two accounts share an id', () => {
    const plan = items([
      { account: 'Acme', id: 'G1', title: 'Acme goal' },
      { account: 'Globex', id: 'G1', title: 'Globex goal' },
      { account: 'Globex', id: 'I1', title: 'Globex project', parent: 'G1' },
    ]);
    expect(resolveLinks(plan).parentOf.get(3)).toBe(2);
  });
});

describe('suggestGoals', () => {
  const goals = items([
    { account: 'A', title: 'Become the top-rated carrier for on-time delivery in the Midwest' },
    { account: 'A', title: 'Reduce recordable accidents 30%' },
    { account: 'B', title: 'Improve on-time delivery for Midwest customers' },
  ]);

  it('suggests the most similar goal of the same account, with its similarity', () => {
    const [initiative] = items([{ account: 'A', title: 'Deploy route optimization for Midwest lanes to raise on-time delivery' }]);
    initiative.row = 10;
    const suggestion = suggestGoals([initiative], goals).get(10);
    expect(suggestion?.goalRow).toBe(1);
    expect(suggestion?.similarity).toBeGreaterThanOrEqual(0.15);
  });

  it('suggests nothing when no goal is close enough', () => {
    const [initiative] = items([{ account: 'A', title: 'Replace payroll and HR system' }]);
    expect(suggestGoals([initiative], goals).size).toBe(0);
  });
});
