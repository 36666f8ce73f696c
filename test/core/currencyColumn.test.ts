/** A plan that writes the budget's currency in a column of its own ("Budget" | "Currency"). */
import { describe, expect, it } from 'vitest';
import { buildRollup, classify, detectLayout, fieldOfHeader, layoutReport, recordOf, type CellValue } from '../../src/core';
import { mappedFields } from '../../src/core/layout/rowRecord';
import type { PlanItem } from '../../src/core/link';
import { currencyOfCell } from '../../src/core/money';

function plan(rows: CellValue[][]): PlanItem[] {
  const layout = detectLayout(rows);
  const mapped = mappedFields(layout);
  return rows.slice(layout.headerIndex + 1).map((cells, index) => {
    const record = recordOf(cells, layout);
    return { row: index + 1, record, verdict: classify(record, {}, { mapped }) };
  });
}

describe('the currency column', () => {
  it.each(['Currency', 'Währung', 'Devise', 'Moneda', 'Valuta', 'Moeda', 'Currency code', 'CCY', 'Divisa'])('is named by the header “%s”', (header) => {
    expect(fieldOfHeader(header)?.field).toBe('currency');
  });

  it('gives a budget cell with no currency of its own the row’s currency, so a roll-up keeps them apart', () => {
    const items = plan([
      ['Ref', 'Vorhaben', 'Ziel', 'Leitung', 'Abteilung', 'Betrag', 'Währung', 'Termin'],
      ['Z1', 'Energieverbrauch der Werke um ein Drittel senken', '', '', 'Technik', '', '', '2030'],
      ['M1', 'Wärmepumpen im Werk Linz einbauen', 'Z1', 'Petra Wolf', 'Technik', '250000', 'EUR', '2027-09-30'],
      ['M2', 'Solaranlage auf dem Lager in Bergen errichten', 'Z1', 'Ola Berg', 'Technik', '900000', 'NOK', '2028-03-31'],
      ['M3', 'Abwärme der Presse nutzen', 'Z1', 'Petra Wolf', 'Technik', '40000', 'eur', '2027-06-30'],
    ]);
    const [, m1, m2] = items;
    expect(m1.verdict.facts.budget).toMatchObject({ amount: 250000, currency: 'EUR' });
    expect(m2.verdict.facts.budget).toMatchObject({ amount: 900000, currency: 'NOK' });
    // The reason quotes the currency it took.
    expect(m2.verdict.evidence.budget).toBe('900000 NOK');
    const goal = buildRollup(items).goals[0];
    expect(goal.budget).toEqual([
      { currency: 'EUR', amount: 290000 },
      { currency: 'NOK', amount: 900000 },
    ]);
  });

  it('yields to a currency written in the budget cell itself', () => {
    const items = plan([
      ['Item', 'Owner', 'Team', 'Budget', 'Currency'],
      ['Replace the warehouse scanners', 'Lea Kim', 'Ops', '$75,000', 'EUR'],
    ]);
    expect(items[0].verdict.facts.budget).toMatchObject({ amount: 75000, currency: 'USD' });
  });

  it('leaves the amount without a currency when the cell names none (blank, a note)', () => {
    const items = plan([
      ['Item', 'Owner', 'Team', 'Budget', 'Currency'],
      ['Replace the warehouse scanners', 'Lea Kim', 'Ops', '75000', ''],
      ['Refit the loading docks', 'Lea Kim', 'Ops', '120000', 'see contract'],
    ]);
    expect(items.map((item) => item.verdict.facts.budget?.currency)).toEqual([null, null]);
  });

  it('is found by its contents when its header says nothing, and the layout report shows it', () => {
    const layout = detectLayout([
      ['Project', 'Lead', 'Budget', ''],
      ['Open a service desk in Oslo', 'Kari Dahl', '500000', 'NOK'],
      ['Translate the manuals', 'Jo Lund', '20000', '€'],
      ['Retire the old ticket tool', 'Kari Dahl', '', ''],
    ]);
    const report = layoutReport(layout);
    expect(report.fields.find((field) => field.field === 'currency')).toMatchObject({ column: 'D', how: 'content', evidence: 'currency codes' });
  });

  it('reads codes, signs and names, and no other text', () => {
    expect(['EUR', 'nok', ' chf ', '€', '£', 'euros', 'Swiss francs', 'COP', 'ZMW'].map(currencyOfCell)).toEqual(['EUR', 'NOK', 'CHF', 'EUR', 'GBP', 'EUR', 'CHF', 'COP', 'ZMW']);
    const notCodes = ['', 'Euro zone', 'tbd', 'TBD', 'TBC', 'NEW', 'ALL', 'n/a', 'abc', 12, null];
    expect(notCodes.map((cell) => currencyOfCell(cell as CellValue))).toEqual(notCodes.map(() => null));
  });
});
