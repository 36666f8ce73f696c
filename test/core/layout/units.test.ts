import { describe, expect, it } from 'vitest';
import { currencyOfNumberFormat, detectLayout, parseMoney, recordOf } from '../../../src/core';

describe('currencyOfNumberFormat', () => {
  it.each([
    ['$#,##0', 'USD'],
    ['$#,##0.00_);($#,##0.00)', 'USD'],
    ['#,##0 [$€-407]', 'EUR'],
    ['[$€-40C] #,##0.00', 'EUR'],
    ['#,##0.00 "€"', 'EUR'],
    ['"£"#,##0', 'GBP'],
    ['[$USD] #,##0', 'USD'],
    ['[$CHF] #,##0', 'CHF'],
  ])('reads %s as %s', (format, currency) => {
    expect(currencyOfNumberFormat(format)).toBe(currency);
  });

  it.each(['General', '#,##0', '0.00%', 'yyyy-mm-dd', '@', ''])('finds no currency in %j', (format) => {
    expect(currencyOfNumberFormat(format)).toBeNull();
  });
});

describe('a budget column whose number format shows a currency', () => {
  const rows = [
    ['Objective', 'Budget (k)', 'Owner'],
    ['Roll out the partner portal', 250, 'Dana Whitfield'],
    ['Migrate the billing feeds', 400, 'Raj Patel'],
  ];

  it('gives bare numbers the format’s currency, and the header its scale', () => {
    const layout = detectLayout(rows, { formatCurrencies: { 1: 'USD' } });
    const budget = parseMoney(recordOf(rows[1], layout).budget);
    expect(budget.kind === 'amount' ? budget.money : budget).toEqual(expect.objectContaining({ amount: 250000, currency: 'USD' }));
  });

  it('leaves the header’s own currency in place', () => {
    const euros = [['Objective', 'Budget (EUR)'], ['Roll out the partner portal', 250], ['Migrate the billing feeds', 400]];
    const layout = detectLayout(euros, { formatCurrencies: { 1: 'USD' } });
    expect(layout.units[1]).toEqual({ currency: 'EUR', scale: 1 });
  });
});
