import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderWords } from '../../src/core/placeholderText';
import { clip, normalize } from '../../src/core/text';

// Text that exercises what the fast paths decide by character code: runs of spaces, tabs,
// no-break and other Unicode spaces, "&", accents and astral letters, beside plain words.
const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '&', 'é', 'ß', 'İ', '𝐀', '#', '-', ':', 'Owner', 'lorem', 'R', 'D', '2027', 'x');
const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')));

describe('fast paths held to the patterns they stand in for', () => {
  it('clip folds and cuts text as the whitespace pattern would', () => {
    const byPattern = (value: string, max: number): string => {
      const head = value.length > max * 2 ? value.slice(0, max * 2) : value;
      const oneLine = /\s\s|[\t\n\r\f\v\u00a0]/.test(head) ? head.replace(/\s+/g, ' ').trim() : head.trim();
      if (oneLine.length <= max) return oneLine;
      const cut = oneLine.slice(0, max - 1);
      const space = cut.lastIndexOf(' ');
      return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
    };
    fc.assert(fc.property(text, fc.integer({ min: 4, max: 80 }), (value, max) => clip(value, max) === byPattern(value, max)), { numRuns: 3000 });
  });

  it("a placeholder check reads the same words as normalize's split", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(placeholderWords(value)).toEqual(normalize(value).split(/[^a-z0-9]+/).filter(Boolean));
      }),
      { numRuns: 3000 },
    );
  });
});
