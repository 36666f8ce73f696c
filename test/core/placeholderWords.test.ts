import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderWords } from '../../src/core/placeholderText';
import { normalize } from '../../src/core/text';

// Text that exercises what the shared tokens decide by character code: runs of spaces, tabs,
// no-break and other Unicode spaces, "&", accents and astral letters, beside plain words.
const pieces = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '&', 'é', 'ß', 'İ', '𝐀', '#', '-', ':', 'Owner', 'lorem', 'R', 'D', '2027', 'x');
const text = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')));

describe('the placeholder check held to normalize', () => {
  it("a placeholder check reads the same words as normalize's split", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(placeholderWords(value)).toEqual(normalize(value).split(/[^a-z0-9]+/).filter(Boolean));
      }),
      { numRuns: 3000 },
    );
  });
});
