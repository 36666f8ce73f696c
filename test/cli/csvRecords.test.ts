import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/cli/csvRecords';

// Text that exercises every quoting rule: commas, quotes, both line breaks, leading and trailing spaces, formulas, other scripts.
const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ' ', 'a', 'é', '€', '=', "'", ';', '\t') }),
  fc.constant(''),
);

describe('csvRecords', () => {
  it('writes the same bytes as csv-stringify for any records', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), (records) => {
        expect(csvRecords(records)).toBe(stringify(records));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([';', '\t', '|'])('writes the same bytes as csv-stringify with the delimiter %j', (delimiter) => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 }), (records) => {
        expect(csvRecords(records, delimiter)).toBe(stringify(records, { delimiter }));
      }),
      { numRuns: 500 },
    );
  });

  it('quotes a field only where a reader would split it', () => {
    expect(csvRecords([['Rollout to 2,000 seats', 'The "Atlas" plan', 'two\nlines', ' spaced ', ''], ['x']])).toBe(
      '"Rollout to 2,000 seats","The ""Atlas"" plan","two\nlines", spaced ,\nx\n',
    );
  });
});
