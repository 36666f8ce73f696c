import { afterAll, describe, expect, it } from 'vitest';
import { detectLayout, FIELDS, isBlankRow, parseMoney, recordOf, resolveLinks, type Field, type LinkItem, type PlanLayout } from '../../../src/core';
import { LAYOUTS, type Layout } from './layouts';

function mappingOf(layout: PlanLayout): Partial<Record<Field, string>> {
  const mapping: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) if (layout.columns[field] !== undefined) mapping[field] = layout.headers[layout.columns[field] as number];
  return mapping;
}

function dataItems(plan: Layout, layout: PlanLayout): LinkItem[] {
  const items: LinkItem[] = [];
  plan.rows.slice(layout.headerIndex + 1).forEach((row, i) => {
    if (!isBlankRow(row)) items.push({ row: i + 1, record: recordOf(row, layout) });
  });
  return items;
}

// Per field: layouts where the field was expected or read, and those read right.
const tally = new Map<Field, { right: number; total: number }>();

describe('layouts as people keep them', () => {
  it('has at least 30 layouts', () => expect(LAYOUTS.length).toBeGreaterThanOrEqual(30));

  describe.each(LAYOUTS.map((plan) => [plan.name, plan] as const))('%s', (_, plan) => {
    const layout = detectLayout(plan.rows);
    const read = mappingOf(layout);
    for (const field of FIELDS) {
      if (plan.mapping[field] === undefined && read[field] === undefined) continue;
      const entry = tally.get(field) ?? { right: 0, total: 0 };
      entry.total++;
      if (plan.mapping[field] === read[field]) entry.right++;
      tally.set(field, entry);
    }

    it('finds the header row', () => {
      expect(layout.headerIndex >= 0 ? layout.headerIndex + 1 : null).toBe(plan.headerRow);
    });

    it('maps every column', () => {
      expect(read).toEqual(plan.mapping);
    });

    if (plan.links) {
      it('links each row to the row its parent cell names', () => {
        const links = resolveLinks(dataItems(plan, layout));
        expect(Object.fromEntries(links.parentOf)).toEqual(plan.links);
      });
    }

    if (plan.budgets) {
      it('reads budgets as the sheet writes them', () => {
        const data = plan.rows.slice(layout.headerIndex + 1);
        for (const [row, [amount, currency]] of Object.entries(plan.budgets!)) {
          const reading = parseMoney(recordOf(data[Number(row) - 1], layout).budget);
          expect(reading.kind === 'amount' ? [reading.money.amount, reading.money.currency] : reading, `row ${row}`).toEqual([amount, currency]);
        }
      });
    }
  });
});

afterAll(() => {
  // The mapping accuracy per field over the suite, for the record (the assertions above decide).
  const lines = [...tally].map(([field, { right, total }]) => `${field.padEnd(12)} ${right}/${total}`);
  console.log(`mapping accuracy per field over ${LAYOUTS.length} layouts\n${lines.join('\n')}`);
});
