/** Budgets as trial users wrote them: thousands and millions in words of their language, Swiss and Nordic signs. */
import { describe, expect, it } from 'vitest';
import { readCriteria, rowText } from '../../src/core/criteria';
import type { Field, PlanRecord } from '../../src/core';
import { findMoneyInText, parseMoney } from '../../src/core/money';

function budgetOf(cell: string) {
  const reading = parseMoney(cell);
  return reading.kind === 'amount' ? { amount: reading.money.amount, currency: reading.money.currency } : reading.kind;
}

describe('budget cells written the way plans in other countries write them', () => {
  it.each([
    ['480 Tsd. EUR', 480_000, 'EUR'],
    ['12 Tsd €', 12_000, 'EUR'],
    ['kr 3,5 mio.', 3_500_000, null],
    ['2 400 000 kr', 2_400_000, null],
    ['COP 1.200 millones', 1_200_000_000, 'COP'],
    ['ARS 80 millones', 80_000_000, 'ARS'],
    ['2 mil millones de pesos', 2_000_000_000, null],
    ['12 000 000 Ft', 12_000_000, 'HUF'],
    ["Fr. 180'000.–", 180_000, 'CHF'],
    ["Fr. 95'000.-", 95_000, 'CHF'],
    ['CZK 4,5 mil.', 4_500_000, 'CZK'],
  ])('reads “%s” as %d %s', (cell, amount, currency) => {
    expect(budgetOf(cell)).toEqual({ amount, currency });
  });

  it('still takes a lone trailing minus for a negative amount, not an allocation', () => {
    expect(parseMoney('95000-').kind).toBe('unallocated');
  });

  it('does not read words that merely contain the new signs as money', () => {
    expect(findMoneyInText('Kraftwerk upgrade for 2027 with 40 Fte')).toBeNull();
    expect(findMoneyInText('Left 12 stores open in Ukraine')).toBeNull();
  });

  it('does not take a sign that is also a word for money unless an amount is written with it', () => {
    // Friday in German, a climate conference, feet.
    for (const text of ['Kickoff-Workshop Fr. 12.03.2027 mit dem Vorstand', 'Present our roadmap at COP 30 with the ESG team', 'Roll out 40 Ft containers at the port']) {
      expect(findMoneyInText(text), text).toBeNull();
    }
    expect(findMoneyInText("Neue Leitstelle, Fr. 250'000.–")?.amount).toBe(250_000);
    expect(findMoneyInText('COP 3.500 millones para la planta')?.amount).toBe(3_500_000_000);
  });
});

function judge(record: PlanRecord) {
  return readCriteria(record, new Set(Object.keys(record) as Field[]), rowText(record));
}

describe('an amount in the text that is a change to reach, not money put in', () => {
  it.each([
    ['Grow assets under management by CHF 2bn by 2028', 'CHF 2bn'],
    ['Increase wallet share with our top accounts to $40M', '$40M'],
    ['Cut logistics costs by €3M across the network', '€3M'],
    ['Aumentar la cartera de créditos en USD 50 millones', 'USD 50 millones'],
  ])('“%s” has no budget', (title, amount) => {
    const reading = judge({ title });
    expect(reading.met.budget).toBe(false);
    expect(reading.notes.join(' ')).toContain(`“${amount}” is a change to reach, not a budget`);
  });

  it.each([
    ['Invest CHF 2m in a new trading platform', 2_000_000],
    ['Grow the partner channel with a $300k enablement budget', 300_000],
    ['Funded with €1.5M to replace the core banking system', 1_500_000],
    ['Grow the partner channel with a budget of $300k', 300_000],
    ['Expand the EMEA presence with funding of €500k', 500_000],
    ['Aumentar las ventas con un presupuesto de 200.000 €', 200_000],
  ])('“%s” still shows its budget', (title, amount) => {
    const reading = judge({ title });
    expect(reading.met.budget).toBe(true);
    expect(reading.budget?.amount).toBe(amount);
  });
});
