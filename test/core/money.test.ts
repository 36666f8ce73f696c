import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMoneyInText, parseMoney } from '../../src/core/money';
import type { CellValue } from '../../src/core/types';

const NBSP = '\u00a0';
const NARROW = '\u202f';

describe('parseMoney on amounts', () => {
  const amounts: [CellValue, number, string | null][] = [
    // symbols and scale letters
    ['$2.4M', 2_400_000, 'USD'],
    ['€85k', 85_000, 'EUR'],
    ['£1,200', 1_200, 'GBP'],
    ['¥1000000', 1_000_000, 'JPY'],
    ['₹5 crore', 50_000_000, 'INR'],
    ['₹12 lakh', 1_200_000, 'INR'],
    ['CHF 2 Mio.', 2_000_000, 'CHF'],
    ['US$ 5,000', 5_000, 'USD'],
    ['US$5k', 5_000, 'USD'],
    ['A$1.2m', 1_200_000, 'AUD'],
    ['C$ 300K', 300_000, 'CAD'],
    ['$2.4 mil', 2_400_000, 'USD'],
    ['$2.4mn', 2_400_000, 'USD'],
    ['$3MM', 3_000_000, 'USD'],
    ['£2bn', 2_000_000_000, 'GBP'],
    ['$1.5B', 1_500_000_000, 'USD'],
    ['$1.5 Billion', 1_500_000_000, 'USD'],
    ['EUR 1.5 Mrd', 1_500_000_000, 'EUR'],
    ['$250 thousand', 250_000, 'USD'],
    // ISO codes before or after, and currency words
    ['USD 90,000', 90_000, 'USD'],
    ['90000 EUR', 90_000, 'EUR'],
    ['USD1.2m', 1_200_000, 'USD'],
    ['2.5 million USD', 2_500_000, 'USD'],
    ['2.5 MILLION USD', 2_500_000, 'USD'],
    ['5 million dollars', 5_000_000, 'USD'],
    ['5 million US dollars', 5_000_000, 'USD'],
    ['300 euros', 300, 'EUR'],
    ['40,000 Swiss francs', 40_000, 'CHF'],
    ['85 k€', 85_000, 'EUR'],
    // grouping conventions
    ['1,250,000.00', 1_250_000, null],
    ['1.250.000,00 €', 1_250_000, 'EUR'],
    ['1 250 000 €', 1_250_000, 'EUR'],
    [`1${NBSP}250${NBSP}000 €`, 1_250_000, 'EUR'],
    [`1${NARROW}250${NARROW}000${NARROW}€`, 1_250_000, 'EUR'],
    ["1'250'000 CHF", 1_250_000, 'CHF'],
    ['2,5 Mio €', 2_500_000, 'EUR'],
    ['€1.250', 1_250, 'EUR'],
    ['$1,250k', 1_250_000, 'USD'],
    ['0.5M', 500_000, null],
    // plain numbers: a Sheets number cell, or a numeric string
    [2_400_000, 2_400_000, null],
    [0.5, 0.5, null],
    ['2400000', 2_400_000, null],
    ['2.4M', 2_400_000, null],
    // ranges keep the lower bound; the upper bound's scale carries over
    ['$1-2M', 1_000_000, 'USD'],
    ['$1.5–2.5 million', 1_500_000, 'USD'],
    ['$500k–$1M', 500_000, 'USD'],
    ['€500k to €1M', 500_000, 'EUR'],
    ['1-2M EUR', 1_000_000, 'EUR'],
  ];

  it.each(amounts)('reads %j as %d %s', (cell, amount, currency) => {
    const reading = parseMoney(cell);
    expect(reading.kind).toBe('amount');
    if (reading.kind !== 'amount') return;
    expect(reading.money.amount).toBe(amount);
    expect(reading.money.currency).toBe(currency);
  });

  it('keeps the cell as the text of a whole-cell amount, trimmed', () => {
    expect(parseMoney('  $2.4M ')).toEqual({ kind: 'amount', money: { amount: 2_400_000, currency: 'USD', text: '$2.4M' } });
    expect(parseMoney(2_400_000)).toEqual({ kind: 'amount', money: { amount: 2_400_000, currency: null, text: '2400000' } });
  });

  it('reads the amount out of a cell with words around it, with only the amount as text', () => {
    expect(parseMoney('approx. $2M (approved)')).toEqual({ kind: 'amount', money: { amount: 2_000_000, currency: 'USD', text: '$2M' } });
    expect(parseMoney('Budget: 250,000 USD')).toMatchObject({ kind: 'amount', money: { amount: 250_000, currency: 'USD' } });
  });

  it('reads a long cell as text instead of giving up', () => {
    const long = `${'Notes on the plan. '.repeat(20)}Approved €1.2M in the spring review.`;
    expect(parseMoney(long)).toMatchObject({ kind: 'amount', money: { amount: 1_200_000, currency: 'EUR', text: '€1.2M' } });
  });

  it('computes scaled amounts exactly', () => {
    for (const [cell, amount] of [['$1.1M', 1_100_000], ['$2.3M', 2_300_000], ['$0.7B', 700_000_000], ['$4.35k', 4_350]] as const) {
      const reading = parseMoney(cell);
      expect(reading.kind === 'amount' && reading.money.amount).toBe(amount);
    }
  });
});

describe('parseMoney on unallocated budgets', () => {
  const placeholders = ['TBD', 'tbd', 'TBC', 'n/a', 'N/A', 'na', 'NA', 'none', 'None', '-', '—', '–', '?', 'unfunded', 'Not funded', 'pending', 'Pending.', 'unknown', 'to be determined'];

  it.each(placeholders)('says %j is not an allocated budget', (cell) => {
    expect(parseMoney(cell)).toEqual({ kind: 'unallocated', text: cell, why: `${cell} is not an allocated budget` });
  });

  it('says so when a cell opens with a placeholder, whatever follows', () => {
    expect(parseMoney('TBD (maybe $2M)')).toEqual({ kind: 'unallocated', text: 'TBD (maybe $2M)', why: 'TBD is not an allocated budget' });
    expect(parseMoney('Pending approval of €500k')).toMatchObject({ kind: 'unallocated', why: 'Pending is not an allocated budget' });
  });

  const zero: CellValue[] = [0, -0, '0', '$0', '0.00', 'USD 0', '€0k'];
  it.each(zero)('calls %j a zero amount', (cell) => {
    const reading = parseMoney(cell);
    expect(reading.kind).toBe('unallocated');
    if (reading.kind === 'unallocated') expect(reading.why).toMatch(/^zero amount/);
  });

  const negative: CellValue[] = ['(5,000)', '($5,000)', '-5000', '-$5,000', '$-5,000', '−5000', 'USD -90,000', '5000-', -5000, -0.01];
  it.each(negative)('calls %j a negative amount', (cell) => {
    const reading = parseMoney(cell);
    expect(reading.kind).toBe('unallocated');
    if (reading.kind === 'unallocated') expect(reading.why).toMatch(/^negative amount/);
  });

  it('keeps the zero found inside a sentence-like cell as the text', () => {
    expect(parseMoney('$0 (cut in March)')).toMatchObject({ kind: 'unallocated', text: '$0' });
  });

  const errors = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'];
  it.each(errors)('calls the Sheets error %s a spreadsheet error', (cell) => {
    expect(parseMoney(cell)).toEqual({ kind: 'unallocated', text: cell, why: `${cell} is a spreadsheet error, not a budget` });
  });
});

describe('parseMoney on cells that are not money', () => {
  const none: CellValue[] = [
    null,
    undefined,
    '',
    '   ',
    true,
    false,
    new Date(2026, 0, 15),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    'hello',
    'Finance IT',
    '20%',
    '5k users',
    '3x',
    'Q3 2026',
    '2026-01-15',
    '1/15/2026',
    'Grow ARR 3x YoY',
    'FY27',
  ];
  it.each(none)('gives none for %j', (cell) => {
    expect(parseMoney(cell)).toEqual({ kind: 'none' });
  });
});

describe('findMoneyInText', () => {
  const found: [string, number, string | null, string][] = [
    ['funded with €500k', 500_000, 'EUR', '€500k'],
    ['$2M budget', 2_000_000, 'USD', '$2M'],
    ['$3.5 million to support faculty hires', 3_500_000, 'USD', '$3.5 million'],
    ['a budget of 250,000 USD', 250_000, 'USD', '250,000 USD'],
    ['USD 1.2m', 1_200_000, 'USD', 'USD 1.2m'],
    ['Roll out the new CRM to EMEA sales (A$750k).', 750_000, 'AUD', 'A$750k'],
    ['$600,000 -- plus an additional $442,000 in university funds', 600_000, 'USD', '$600,000'],
    ['Raise 2.5 million euros for the pilot', 2_500_000, 'EUR', '2.5 million euros'],
    ['the fund of 1.250.000,00 € is approved', 1_250_000, 'EUR', '1.250.000,00 €'],
    ['a budget of 250,000', 250_000, null, '250,000'],
    ['budget: 1.2M', 1_200_000, null, '1.2M'],
    ['Funding of 40,000 for tooling', 40_000, null, '40,000'],
    ['a 250k budget for Q3', 250_000, null, '250k'],
    ['an estimated $1-2M program', 1_000_000, 'USD', '$1-2M'],
    ['from $5M to 2027', 5_000_000, 'USD', '$5M'],
  ];

  it.each(found)('finds the amount in %j', (text, amount, currency, matched) => {
    expect(findMoneyInText(text)).toEqual({ amount, currency, text: matched });
  });

  it('skips amounts that are not allocated and takes the next one', () => {
    expect(findMoneyInText('was $0, now $5k')).toEqual({ amount: 5_000, currency: 'USD', text: '$5k' });
    expect(findMoneyInText('cost -$5k then $3k')).toEqual({ amount: 3_000, currency: 'USD', text: '$3k' });
  });

  it('does not read the year before a currency symbol as euros', () => {
    expect(findMoneyInText('2026 €500k')).toEqual({ amount: 500_000, currency: 'EUR', text: '€500k' });
  });

  const notMoney = [
    'Grow ARR 3x YoY.',
    'Win the largest logistics accounts (10k+ seats, multi-region, global).',
    '5k users',
    'Increase EMEA revenue 20% by 2027',
    '30% reduction in water intensity by 2031 (2020 baseline).',
    'Hire 250 engineers',
    'the 2027 budget',
    'budget of 2030',
    'FY27 budget',
    'Q3 budget review',
    'a budget of 5',
    'reduce 500 pounds of waste',
    'Version 1,250 released',
    'was $0 and stays $0',
    '',
  ];
  it.each(notMoney)('finds nothing in %j', (text) => {
    expect(findMoneyInText(text)).toBeNull();
  });

  it('returns null for non-string input instead of throwing', () => {
    expect(findMoneyInText(undefined as unknown as string)).toBeNull();
    expect(findMoneyInText(42 as unknown as string)).toBeNull();
  });
});

describe('money parsing robustness', () => {
  const hostile: Record<string, string> = {
    digits: '9'.repeat(50_000),
    'digits then a currency': `${'9'.repeat(49_990)} dollars`,
    'spaced digits': '1 '.repeat(25_000),
    'grouping separators': '1,'.repeat(25_000),
    'dollar signs': '$'.repeat(50_000),
    'zero amounts': '$0 '.repeat(16_000),
    'minus signs': '-1'.repeat(25_000),
    'letters and digits': 'a1,'.repeat(16_000),
    'emoji and digits': '😀1'.repeat(16_000),
    'control characters': '\u0000\u0001\u0007 $'.repeat(10_000),
    'budget words': 'budget of '.repeat(5_000),
    'currency codes': 'USD '.repeat(12_500),
  };

  // How long these take is measured by npm run bench (bench/hostileText.ts), not here.
  it.each(Object.entries(hostile))('reads a 50,000-character string of %s as no budget', (name, text) => {
    // Only "$0 $0 …" reads as a budget the plan left at zero; the rest names no amount.
    expect(parseMoney(text)).toEqual(name === 'zero amounts' ? { kind: 'unallocated', text: '$0', why: 'zero amount, not an allocated budget' } : { kind: 'none' });
    expect(findMoneyInText(text)).toBeNull();
  });

  it('finds an amount thousands of characters into a text', () => {
    expect(findMoneyInText(`${'lorem ipsum 2026 '.repeat(500)} funded with €500k`)).toMatchObject({ amount: 500_000 });
  });

  const cell = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.stringMatching(/^[-−(]?[$€£¥₹]?\s?[0-9][0-9.,' ]{0,12}\s?(k|m|M|bn|million)?\s?(USD|EUR|€)?\)?$/),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constant(null),
    fc.constant(undefined),
  );

  it('never throws and is deterministic for any cell', () => {
    fc.assert(
      fc.property(cell, (value) => {
        const first = parseMoney(value as CellValue);
        expect(parseMoney(value as CellValue)).toEqual(first);
        if (first.kind === 'amount') {
          expect(first.money.amount).toBeGreaterThan(0);
          expect(Number.isFinite(first.money.amount)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws and is deterministic for any text, and only finds positive amounts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const first = findMoneyInText(text);
        expect(findMoneyInText(text)).toEqual(first);
        if (first) {
          expect(first.amount).toBeGreaterThan(0);
          expect(text).toContain(first.text);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads any positive dollar amount it is given back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), (n) => {
        const grouped = n.toLocaleString('en-US');
        expect(parseMoney(`$${grouped}`)).toMatchObject({ kind: 'amount', money: { amount: n, currency: 'USD' } });
        expect(findMoneyInText(`a budget of ${grouped} EUR`)).toMatchObject({ amount: n, currency: 'EUR' });
      }),
    );
  });
});

describe('amounts written in Spanish, Portuguese, Italian and French words', () => {
  it.each([
    ['R$ 2 milhões', 2_000_000, 'BRL'],
    ['R$ 1,2 bilhão', 1_200_000_000, 'BRL'],
    ['R$ 450 mil', 450_000, 'BRL'],
    ['500 mil euros', 500_000, 'EUR'],
    ['1,2 millones de euros', 1_200_000, 'EUR'],
    ['45 milioni €', 45_000_000, 'EUR'],
    ['2 milioni di euro', 2_000_000, 'EUR'],
    ['€ 1,5 mln', 1_500_000, 'EUR'],
    ['3 milliards €', 3_000_000_000, 'EUR'],
    ['R$ 3,5 mi', 3_500_000, 'BRL'],
    ['R$ 1,2 bi', 1_200_000_000, 'BRL'],
    ['MXN 2,5 mill.', 2_500_000, 'MXN'],
    ['300 mila euro', 300_000, 'EUR'],
    ['300 mille euros', 300_000, 'EUR'],
    // "US$" is how Latin American plans write dollars, and there "mil" is a thousand.
    ['US$ 150 mil', 150_000, 'USD'],
    // In English "mil" is a million.
    ['$2 mil', 2_000_000, 'USD'],
  ])('reads %s', (cell, amount, currency) => {
    expect(parseMoney(cell)).toEqual({ kind: 'amount', money: { amount, currency, text: cell } });
  });

  it('finds them in a sentence, with the budget word of the language', () => {
    expect(findMoneyInText('Implantación de un ERP, presupuesto 1,2 millones de euros')).toMatchObject({ amount: 1_200_000, currency: 'EUR' });
    expect(findMoneyInText('Novo CRM para a equipe comercial, R$ 450 mil, até março')).toMatchObject({ amount: 450_000, currency: 'BRL' });
    expect(findMoneyInText('Reach 2 million users')).toBeNull();
    // A word that only starts like a scale is no scale.
    expect(findMoneyInText('Pay a $200 bi-weekly stipend to mentors')).toMatchObject({ amount: 200, currency: 'USD' });
  });
});
