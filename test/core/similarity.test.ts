import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstToken, stem, TfIdfIndex, titleSimilarity, tokens } from '../../src/core/similarity';

describe('similarity', () => {
  it('reads the first token of a title as tokens reads it, ASCII or not', () => {
    // The ASCII path scans words in place; it must agree with normalising the whole text.
    const part = fc.constantFrom('the', 'of', 'and', 'und', 'la', 'Q3', 'R&D', '&', '#1', '$5', '50%', '--', ' ', '  ', '.', ',', '/', 'ß', 'É', 'é', 'ﬁ', '€', '\t', 'Öl', 'Deliveries', 'roll-out', 'X', 'go');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), fc.string({ maxLength: 6 }), (parts, noise) => {
        const text = parts.join('') + noise;
        return firstToken(text) === (tokens(text)[0] ?? '');
      }),
      { numRuns: 3000 },
    );
    expect(firstToken('The R&D roll-out')).toBe('r');
    expect(firstToken('of the and')).toBe('');
  });

  it('stems plurals and suffixes so related words meet', () => {
    expect(stem('deliveries')).toBe(stem('delivery'));
    expect(tokens('The On-Time Deliveries of the Midwest')).toEqual(['time', stem('deliveries'), 'midwest']);
  });

  it('stems as the four suffix rules say, each taking its longest ending', () => {
    // The rules as first written, one regular expression each: the stemmer must agree with them on any word.
    const byPatterns = (word: string) =>
      word.length <= 4
        ? word
        : word
            .replace(/(?:ational|ation|ations|ization|izations|isation)$/, 'ate')
            .replace(/(?:ies)$/, 'y')
            .replace(/(?:ing|ed|es|s)$/, '')
            .replace(/(?:e)$/, '');
    const endings = ['ational', 'ation', 'ations', 'ization', 'izations', 'isation', 'ies', 'ing', 'ed', 'es', 's', 'e', 'y', 'at'];
    const word = fc.tuple(
      fc.string({ unit: fc.constantFrom('a', 'e', 'i', 's', 'z', 't', 'n', 'o', 'd', 'g', 'r'), maxLength: 6 }),
      fc.constantFrom('', ...endings),
      fc.constantFrom('', ...endings),
    );
    fc.assert(
      fc.property(word, ([head, a, b]) => stem(head + a + b) === byPatterns(head + a + b)),
      { numRuns: 3000 },
    );
    expect(stem('organizations')).toBe(stem('organization'));
    expect(stem('studies')).toBe('study');
  });

  it('scores a reference against a title: abbreviations, acronyms and units count as found', () => {
    expect(titleSimilarity('Reduce op. cost 10 %', 'Reduce operating cost 10% by FY27')).toBeGreaterThanOrEqual(0.8);
    expect(titleSimilarity('Grow ARR', 'Grow annual recurring revenue')).toBeGreaterThanOrEqual(0.8);
    expect(titleSimilarity('Pass SOC 2 audit', 'Grow EMEA revenue')).toBeLessThan(0.3);
    expect(titleSimilarity('', 'anything')).toBe(0);
  });

  it('ranks documents by TF-IDF cosine, touching only those that share a word', () => {
    const index = new TfIdfIndex([
      { item: 'delivery', text: 'Become the top-rated carrier for on-time delivery in the Midwest' },
      { item: 'safety', text: 'Reduce recordable accidents 30%' },
    ]);
    const ranked = index.rank('Deploy route optimization to raise on-time delivery');
    expect(ranked.map((r) => r.item)).toEqual(['delivery']);
    expect(ranked[0].score).toBeGreaterThan(0);
    expect(index.rank('payroll system')).toEqual([]);
    expect(index.rank('on-time delivery', (item) => item !== 'delivery')).toEqual([]);
  });

  it('gives as best the document rank puts first, twin documents included', () => {
    const index = new TfIdfIndex([
      { item: 'first', text: 'Grow EMEA revenue 20%' },
      { item: 'other', text: 'Reduce churn below 5% in EMEA' },
      { item: 'twin', text: 'Grow EMEA revenue 20%' },
      { item: 'far', text: 'Pass the SOC 2 audit' },
    ]);
    for (const query of ['Grow revenue in EMEA', 'EMEA churn program', 'Launch the SOC 2 audit readiness', 'payroll', '']) {
      expect(index.best(query)).toEqual(index.rank(query)[0]);
    }
  });
});
