import { describe, expect, it } from 'vitest';
import { classifyRows, detectLayout, PlanError, planItems, recordOf, type CellValue } from '../../src/core';
import { isParentRow, parentKey, parentKeys } from '../../src/core/classifyPlan';

const crm = [
  ['Account', 'Objective ID', 'Objective Name', 'Business Unit', 'Owner', 'Project Manager', 'Budget (USD)', 'Start Date', 'Due Date', 'Parent Objective'],
  ['Northwind', 'G1', 'Grow EMEA revenue 20% by FY27', '', 'CRO', '', '', '', 'FY27', ''],
  ['Northwind', 'I1', 'Launch partner referral program in EMEA', 'EMEA Sales', 'Dana Whitfield', 'Raj Patel', '85000', '2026-02-01', '2026-12-31', 'G1'],
];

describe('detectLayout', () => {
  it('maps a CRM export by its headers', () => {
    const layout = detectLayout(crm);
    expect(layout.hasHeaderRow).toBe(true);
    expect(layout.columns).toMatchObject({
      account: 0, id: 1, title: 2, organization: 3, owner: 4, manager: 5, budget: 6, start: 7, end: 8, parent: 9,
    });
    expect(layout.how.title).toBe('header');
  });

  it('infers the fields of a sheet with no header row from its contents', () => {
    const rows = [
      ['Launch partner referral program in EMEA', 'Dana Whitfield', '$85,000', '2026-02-01', '2026-12-31'],
      ['Migrate the core ledger to the cloud platform', 'Raj Patel', '$2.4M', '2026-01-15', '2027-06-30'],
      ['Roll out driver telematics to all trucks', 'Ana Ruiz', '€310k', '2026-03-01', '2026-11-30'],
    ];
    const layout = detectLayout(rows);
    expect(layout.hasHeaderRow).toBe(false);
    expect(layout.headers).toEqual(['Column A', 'Column B', 'Column C', 'Column D', 'Column E']);
    expect(layout.columns).toMatchObject({ title: 0, leader: 1, budget: 2, start: 3, end: 4 });
    expect(layout.how.budget).toBe('content');
  });

  it('infers columns whose headers name nothing', () => {
    const rows = [['Thing', 'Col2', 'Col3'], ['Migrate the core ledger to the cloud', '$2.4M', 'Dana Whitfield'], ['Launch the partner portal for resellers', '€85k', 'Raj Patel']];
    const layout = detectLayout(rows, { hasHeaderRow: true });
    expect(layout.columns).toMatchObject({ title: 0, budget: 1, leader: 2 });
  });

  it('reads a one-column file as a list of statements, with or without a header word', () => {
    expect(detectLayout([['Statement'], ['Grow ARR 3x'], ['Review zoning']])).toMatchObject({ hasHeaderRow: true, columns: { title: 0 }, bareText: true });
    expect(detectLayout([['Grow ARR 3x'], ['Review zoning']])).toMatchObject({ hasHeaderRow: false, columns: { title: 0 } });
  });

  it('lets an explicit mapping win, by header or by column letter', () => {
    const layout = detectLayout(crm, { overrides: { title: 'Business Unit', budget: 'A' } });
    expect(layout.columns.title).toBe(3);
    expect(layout.columns.organization).toBeUndefined();
    expect(layout.columns.budget).toBe(0);
    expect(layout.how.title).toBe('explicit');
  });

  it('explains an override that names no column', () => {
    expect(() => detectLayout(crm, { overrides: { title: 'Headline' } })).toThrow(/No column "Headline" for title; the columns are: "Account"/);
  });

  it('says what it found when no column holds statements', () => {
    const numbers = [['Budget', 'Due'], ['$1M', '2026-01-01'], ['$2M', '2027-01-01']];
    expect(() => detectLayout(numbers)).toThrow(PlanError);
    expect(() => detectLayout(numbers)).toThrow(/found headers "Budget", "Due"/);
    expect(() => detectLayout([])).toThrow(/empty/);
  });
});

describe('classifyRows', () => {
  it('gives null for blank rows and keeps the others in order', () => {
    const layout = detectLayout(crm);
    const data = [crm[1], ['', '', ''], crm[2]];
    const verdicts = classifyRows(data, layout);
    expect(verdicts.map((verdict) => verdict?.label ?? null)).toEqual(['Goal', null, 'Initiative']);
  });

  it('numbers plan items from 1, skipping blank rows but keeping their numbers', () => {
    const layout = detectLayout(crm);
    const items = planItems([crm[1], [], crm[2]], layout);
    expect(items.map((item) => item.row)).toEqual([1, 3]);
    expect(recordOf(crm[2], layout).title).toBe('Launch partner referral program in EMEA');
  });
});

describe('parent references', () => {
  it('name a row whatever little words, case, stops and word forms they drop or add', () => {
    const rows: CellValue[][] = [
      ['Objective', 'Team', 'Lead', 'Budget', 'Due', 'Parent'],
      ['Expand into the Canadian market', '', '', '', '', ''],
      ['Open a Toronto sales office', 'Sales', 'Ana Ruiz', '$400k', '2026-09-30', 'Expand into Canadian market'],
      ['Sign two Canadian distributors', 'Channel', 'Lee Park', '$90k', '2026-12-31', 'expand into the canadian markets.'],
    ];
    const layout = detectLayout(rows);
    const parents = parentKeys(layout, rows.slice(1));
    expect(parents.size).toBe(1);
    expect(isParentRow({ title: 'Expand into the Canadian market' }, parents)).toBe(true);
    expect(isParentRow({ title: 'Expand into the Mexican market' }, parents)).toBe(false);
    expect(parentKey('G-1')).toBe(parentKey('g 1'));
    expect(parentKey('The')).toBe('the');
  });

  it('tell a title apart whatever its first word, and read a set of keys that grew since', () => {
    const parents = new Set([parentKey('Wachstum im DACH-Raum'), parentKey('G-7')]);
    expect(isParentRow({ title: 'Wachstum im DACH-Raum' }, parents)).toBe(true);
    expect(isParentRow({ title: 'Wachstum in Nordamerika' }, parents)).toBe(false);
    expect(isParentRow({ title: 'Réduire les délais', id: 'g 7' }, parents)).toBe(true);
    expect(isParentRow({ title: 'Réduire les délais de paiement' }, parents)).toBe(false);
    parents.add(parentKey('Réduire les délais de paiement'));
    expect(isParentRow({ title: 'réduire LES délais de paiement.' }, parents)).toBe(true);
    // A title of little words only is its own key.
    parents.add(parentKey('Of the'));
    expect(isParentRow({ title: 'of THE' }, parents)).toBe(true);
    expect(isParentRow({ title: 'x9 #' }, parents)).toBe(false);
  });
});
