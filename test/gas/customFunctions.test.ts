import { afterEach, describe, expect, it } from 'vitest';
import { CLASSIFY, CLASSIFY_REASON, GOAL_THEME, INITIATIVE_CRITERIA, INITIATIVE_SCORE } from '../../src/gas/index';
import { saveSettings } from '../../src/gas/settings';
import { AuthMode, installFakeAppsScript, uninstallFakeAppsScript } from '../fakes/appsScript';
import { GOAL, HEADERS, INITIATIVE, plan } from './plans';

afterEach(uninstallFakeAppsScript);

/** Custom functions run with no authorization: reads only, no UI. */
function asCustomFunction() {
  const env = installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION });
  const sheet = env.spreadsheet.addSheet('Plan', plan());
  return { env, sheet };
}

const STATEMENT = 'Migrate the EMEA finance team to SAP S/4HANA by Q3 2026, led by Dana Whitfield, with a $2.4M budget';

describe('custom functions on one cell (a bare statement)', () => {
  it('classify, score, list criteria, theme and explain it', () => {
    asCustomFunction();
    expect(CLASSIFY(STATEMENT)).toBe('Initiative');
    expect(INITIATIVE_SCORE(STATEMENT)).toBeGreaterThanOrEqual(3);
    const criteria = INITIATIVE_CRITERIA(STATEMENT) as unknown[][];
    expect(criteria).toHaveLength(1);
    expect(criteria[0]).toHaveLength(5);
    expect(criteria[0].every((c) => typeof c === 'boolean')).toBe(true);
    expect(CLASSIFY('Increase EMEA revenue 20% by 2027')).toBe('Goal');
    expect(GOAL_THEME('Increase EMEA revenue 20% by 2027')).toBe('Growth');
    expect(CLASSIFY_REASON(STATEMENT)).toMatch(/\S/);
  });

  it('give blank for a blank cell', () => {
    asCustomFunction();
    expect(CLASSIFY('')).toBe('');
    expect(INITIATIVE_SCORE('')).toBe('');
    expect(INITIATIVE_CRITERIA('')).toEqual([['', '', '', '', '']]);
  });

  it('give an error cell a reason instead of failing', () => {
    asCustomFunction();
    expect(CLASSIFY('#N/A')).toBe('Unclear');
    expect(CLASSIFY_REASON('#N/A')).toMatch(/#N\/A/);
  });
});

describe('custom functions on a row and on a range', () => {
  it('classify one row given its header row', () => {
    asCustomFunction();
    expect(CLASSIFY([INITIATIVE], [HEADERS])).toEqual([['Initiative']]);
    expect(INITIATIVE_CRITERIA([INITIATIVE], [HEADERS])).toEqual([[true, true, true, true, true]]);
    expect(CLASSIFY([GOAL], [HEADERS])).toEqual([['Goal']]);
  });

  it('classify one row without headers, from its contents', () => {
    asCustomFunction();
    expect(CLASSIFY([INITIATIVE])).toEqual([['Initiative']]);
  });

  it('return one result per row of a range, blank for a blank row, in one call', () => {
    asCustomFunction();
    const rows = plan().slice(1);
    const labels = CLASSIFY(rows, [HEADERS]);
    expect(labels).toEqual([['Goal'], ['Initiative'], ['Initiative'], ['Goal'], [''], ['Initiative'], ['Unclear']]);
    const criteria = INITIATIVE_CRITERIA(rows, [HEADERS]) as unknown[][];
    expect(criteria).toHaveLength(7);
    expect(criteria[4]).toEqual(['', '', '', '', '']);
    expect(INITIATIVE_SCORE(rows, [HEADERS])).toHaveLength(7);
    expect((GOAL_THEME(rows, [HEADERS]) as unknown[][])[0]).toEqual(['Growth']);
  });

  it('read a header row inside the range and give it a blank result', () => {
    asCustomFunction();
    expect(CLASSIFY(plan())).toEqual([[''], ['Goal'], ['Initiative'], ['Initiative'], ['Goal'], [''], ['Initiative'], ['Unclear']]);
  });

  it('read a range without headers from its contents, as the same verdicts', () => {
    asCustomFunction();
    expect(CLASSIFY(plan().slice(1))).toEqual(CLASSIFY(plan().slice(1), [HEADERS]));
  });

  it('give a row with an error value a reason and leave the other rows alone', () => {
    asCustomFunction();
    const rows = plan().slice(1);
    rows[1] = ['I1', 'Acme', '#N/A', '#N/A', '#N/A', '#REF!', '#N/A', '#N/A', '#N/A'];
    const labels = CLASSIFY(rows, [HEADERS]) as unknown[][];
    expect(labels[1]).toEqual(['Unclear']);
    expect((CLASSIFY_REASON(rows, [HEADERS]) as unknown[][])[1][0]).toMatch(/#N\/A|#REF!/);
    expect(labels[2]).toEqual(['Initiative']);
  });

  it('explain a header row of the wrong width in the cell', () => {
    asCustomFunction();
    expect(() => CLASSIFY([INITIATIVE], [HEADERS.slice(0, 4)])).toThrow(
      'CLASSIFY: headers has 4 columns but the input has 9; give the header cells of the same columns, e.g. =CLASSIFY(A2:F200, A1:F1).',
    );
    expect(() => INITIATIVE_SCORE([INITIATIVE], [HEADERS, HEADERS])).toThrow('INITIATIVE_SCORE: headers must be one row (e.g. A1:F1), but it has 2 rows.');
    expect(() => (CLASSIFY as (...a: unknown[]) => unknown)()).toThrow(/CLASSIFY needs a cell or a range/);
  });

  it('use the saved threshold and mapping, and fall back when the mapping does not fit the range', () => {
    const env = installFakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Plan', plan());
    saveSettings(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, { threshold: 5, mapping: { title: 'Headline' } });
    env.authMode = AuthMode.CUSTOM_FUNCTION;
    const scores = INITIATIVE_SCORE(plan().slice(1), [HEADERS]) as unknown[][];
    const labels = CLASSIFY(plan().slice(1), [HEADERS]) as unknown[][];
    labels.forEach(([label], r) => {
      if (label === 'Initiative') expect(scores[r][0]).toBe(5);
    });
    expect(labels[1]).toEqual(['Initiative']);
  });

  it("map columns by the sheet's saved mapping when the range has those headers", () => {
    const env = installFakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Plan', plan());
    expect(CLASSIFY_REASON([INITIATIVE], [HEADERS])).toEqual([[expect.stringContaining('Migrate')]]);
    saveSettings(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, { mapping: { title: 'Parent' } });
    env.authMode = AuthMode.CUSTOM_FUNCTION;
    expect(CLASSIFY_REASON([INITIATIVE], [HEADERS])).toEqual([[expect.not.stringContaining('Migrate')]]);
  });

  it('read a date cell as the day the user sees, whatever the spreadsheet time zone', () => {
    const { env } = asCustomFunction();
    env.spreadsheet.timeZone = 'Asia/Tokyo';
    // What Sheets passes for 2026-01-15 and 2027-06-30 in a Tokyo spreadsheet: midnight there.
    const row = [...INITIATIVE];
    row[6] = new Date('2026-01-14T15:00:00Z');
    row[7] = new Date('2027-06-29T15:00:00Z');
    const reason = (CLASSIFY_REASON([row], [HEADERS]) as unknown[][])[0][0];
    expect(reason).toContain('2026-01-15');
    expect(reason).toContain('2027-06-30');
  });

  it('still answer where the properties store is unavailable', () => {
    const { env } = asCustomFunction();
    env.authMode = AuthMode.NONE;
    expect(CLASSIFY([INITIATIVE], [HEADERS])).toEqual([['Initiative']]);
  });

  // How long this takes (the 30-second limit) is measured by npm run bench, not here.
  it('classifies 10,000 rows in one call, each as it would be in a range of seven', () => {
    asCustomFunction();
    const seven = plan().slice(1, 8);
    const alone = CLASSIFY(seven, [HEADERS]) as unknown[][];
    const rows = Array.from({ length: 10_000 }, (_, i) => seven[i % 7]);
    const labels = CLASSIFY(rows, [HEADERS]) as unknown[][];
    expect(labels).toEqual(rows.map((_, i) => alone[i % 7]));
    expect(alone.flat()).toEqual(expect.arrayContaining(['Goal', 'Initiative']));
  });
});
