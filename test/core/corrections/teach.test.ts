import { describe, expect, it } from 'vitest';
import { classify, correctionIndex, ExamplesError, readExamples, readTaughtLabel, statementKey, type Correction } from '../../../src/core';

// Our own wording: a plan whose writers call partner programmes goals.
const CORRECTED = 'Launch the partner onboarding portal for resellers';
const SIMILAR = 'Launch the partner onboarding portal for distributors';
const UNRELATED = 'Migrate payroll to the new HR system';
const GERMAN = 'Einführung des neuen Lieferantenportals für Händler';
const GERMAN_LIKE = 'Einführung des neuen Lieferantenportals für Großhändler';

const goal = (statement: string, row = 4): Correction => ({ statement, label: 'Goal', row });

describe('a correction', () => {
  it('fixes its own row, whatever the spacing, case or punctuation, with basis "correction"', () => {
    const before = classify(CORRECTED);
    expect(before.label).toBe('Initiative');
    const index = correctionIndex([goal(CORRECTED)]);
    for (const written of [CORRECTED, `  ${CORRECTED.toUpperCase()}.`, CORRECTED.replace(/ /g, '  ')]) {
      const verdict = classify(written, { corrections: index });
      expect(verdict.label).toBe('Goal');
      expect(verdict.basis).toBe('correction');
      expect(verdict.reason).toMatch(/^You corrected this row to Goal; Goalpost alone said Initiative/);
      expect(verdict.taught).toMatchObject({ label: 'Goal', row: 4 });
    }
  });

  it('shifts a row that reads like it, naming the corrected row, and leaves an unrelated row alone', () => {
    const index = correctionIndex([goal(CORRECTED, 7)]);
    expect(classify(SIMILAR).label).toBe('Initiative');
    const shifted = classify(SIMILAR, { corrections: index });
    expect(shifted.label).toBe('Goal');
    expect(shifted.basis).toBe('similar-correction');
    expect(shifted.reason).toMatch(/^Goal, like row 7 you corrected \(“Launch the partner onboarding portal for resellers”, Goal; \d+% alike\)/);
    expect(shifted.taught?.similarity).toBeGreaterThan(0.5);
    expect(classify(UNRELATED, { corrections: index })).toEqual(classify(UNRELATED));
  });

  it('works in German, by the letters of words it never saw', () => {
    const index = correctionIndex([goal(GERMAN)]);
    expect(classify(GERMAN_LIKE).label).toBe('Initiative');
    expect(classify(GERMAN_LIKE, { corrections: index })).toMatchObject({ label: 'Goal', basis: 'similar-correction' });
  });

  it('"not a plan row" fixes its row as Unclear, says so, and teaches nothing about other rows', () => {
    const heading = 'Zusammenfassung der Quartalszahlen';
    const index = correctionIndex([{ statement: heading, label: 'Not a plan row', row: 2, note: 'a heading' }]);
    const verdict = classify(heading, { corrections: index });
    expect(verdict).toMatchObject({ label: 'Unclear', basis: 'correction' });
    expect(verdict.reason).toMatch(/^You marked this statement as not a plan row \(“a heading”\)/);
    expect(index.neighbours('Zusammenfassung der Jahreszahlen')).toEqual([]);
  });

  it('is gone when removed: the verdict is the engine’s own again', () => {
    const without = correctionIndex([]);
    expect(classify(SIMILAR, { corrections: without })).toEqual(classify(SIMILAR));
    expect(classify(CORRECTED, { corrections: without })).toEqual(classify(CORRECTED));
  });

  it('lets the latest of two corrections of one statement win', () => {
    const index = correctionIndex([goal(CORRECTED), { statement: CORRECTED, label: 'Initiative', row: 4 }]);
    expect(classify(CORRECTED, { corrections: index })).toMatchObject({ label: 'Initiative', basis: 'correction' });
  });

  it('never turns junk into a verdict, even next to corrections', () => {
    const index = correctionIndex([goal(CORRECTED)]);
    for (const junk of ['xj-4471-b qqzv', '#N/A', '12345', '']) {
      expect(classify(junk, { corrections: index }).label).toBe(classify(junk).label);
    }
  });

  it('applies to plan rows through the title, or the description when there is no title', () => {
    const index = correctionIndex([goal(CORRECTED)]);
    expect(classify({ description: CORRECTED, organization: 'Channel team' }, { corrections: index }).basis).toBe('correction');
  });
});

describe('examples (statement, label)', () => {
  it('reads a header row, labels in several languages and spellings, and a note', () => {
    const examples = readExamples(
      [
        ['Statement', 'Label', 'Why'],
        [CORRECTED, 'goal', 'our channel goals'],
        [UNRELATED, 'Initiative'],
        ['Wachstum im Export', 'Ziel'],
        ['Notes from the call', 'not a plan row'],
        ['Still to decide', ''],
        ['', ''],
      ],
      'examples.csv',
    );
    expect(examples.map((e) => [e.row, e.label])).toEqual([
      [1, 'Goal'],
      [2, 'Initiative'],
      [3, 'Goal'],
      [4, 'Not a plan row'],
    ]);
    expect(examples[0]).toMatchObject({ note: 'our channel goals', source: 'examples.csv' });
  });

  it('reads a range with no header row, numbering from its first row', () => {
    expect(readExamples([[CORRECTED, 'Goal']]).map((e) => e.row)).toEqual([1]);
  });

  it('stops on a label it cannot read, naming the row and the labels it can', () => {
    expect(() =>
      readExamples([
        ['Statement', 'Label'],
        [CORRECTED, 'Goal'],
        [UNRELATED, 'maybe'],
      ]),
    ).toThrow(ExamplesError);
    expect(() =>
      readExamples([
        ['Statement', 'Label'],
        [CORRECTED, 'Goal'],
        [UNRELATED, 'maybe'],
      ]),
    ).toThrow(/examples row 2: “maybe” is not a label; write Goal, Initiative, Not a plan row/);
    expect(() => readExamples([[CORRECTED], [UNRELATED]])).toThrow(/two columns/);
  });

  it('knows the labels and nothing else', () => {
    expect(['Goal', 'INITIATIVE', 'Objectif', 'iniciativa', 'Not a plan row.'].map(readTaughtLabel)).toEqual([
      'Goal',
      'Initiative',
      'Goal',
      'Initiative',
      'Not a plan row',
    ]);
    expect([0, 'Goalie', '=1+1', null].map((v) => readTaughtLabel(v as string))).toEqual([null, null, null, null]);
  });

  it('compares statements without case, accents, punctuation or spacing, in any script', () => {
    expect(statementKey('Éducation — pour tous!')).toBe(statementKey('education pour tous'));
    expect(statementKey('売上を伸ばす')).not.toBe('');
  });
});
