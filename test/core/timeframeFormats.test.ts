/** Time-frames as trial users wrote them: numbered quarters without their dot, Roman numerals, calendar weeks. */
import { describe, expect, it } from 'vitest';
import { classify, type Field, type PlanRecord } from '../../src/core';
import { findTimeFrameInText, parseTimeFrame } from '../../src/core/timeframe';

const TODAY = new Date(2026, 4, 20);

describe('quarters and weeks in a date cell', () => {
  it.each([
    ['3 Quartal 2028', '2028-07-01', '2028-09-30'],
    ['4. Quartal 2027', '2027-10-01', '2027-12-31'],
    ['III. Quartal 2028', '2028-07-01', '2028-09-30'],
    ['IV Quartal 2027', '2027-10-01', '2027-12-31'],
    ['2º tri 2028', '2028-04-01', '2028-06-30'],
    ['4º tri de 2027', '2027-10-01', '2027-12-31'],
    ['Q3 28', '2028-07-01', '2028-09-30'],
    ['KW 1/2027', '2027-01-04', '2027-01-10'],
    ['KW 14/2027', '2027-04-05', '2027-04-11'],
    ['KW14 2028', '2028-04-03', '2028-04-09'],
    // A week that starts in one year and ends in the next.
    ['KW 1/2026', '2025-12-29', '2026-01-04'],
    ['KW 53/2026', '2026-12-28', '2027-01-03'],
  ])('reads “%s” as %s to %s', (cell, start, end) => {
    expect(parseTimeFrame(cell, TODAY)).toMatchObject({ start, end });
  });

  it('has no 53rd week in a year of 52, and no quarter 5', () => {
    expect(parseTimeFrame('KW 53/2027', TODAY)).toBeNull();
    // Only the year is left to read: no quarter, and no five quarters from today.
    expect(parseTimeFrame('5 Quartal 2027', TODAY)).toMatchObject({ start: '2027-01-01', end: '2027-12-31', text: '2027' });
  });

  it('still reads a number of quarters as a duration when no year follows', () => {
    expect(parseTimeFrame('2 Quartale', TODAY)).toMatchObject({ start: '2026-05-20', end: '2026-11-20' });
    expect(parseTimeFrame('3 trimestres', TODAY)).toMatchObject({ start: '2026-05-20', end: '2027-02-20' });
  });

  it('takes two digits after a quarter for its year only when they end the cell', () => {
    expect(findTimeFrameInText('Open Q3 27 new stores in the north', TODAY)).toBeNull();
  });

  it('does not take a Roman numeral or a word starting with kw for a period', () => {
    expect(findTimeFrameInText('Phase II of the kwality programme', TODAY)).toBeNull();
  });
});

function timeframeOf(record: PlanRecord) {
  return classify(record, {}, { mapped: new Set(Object.keys(record) as Field[]) });
}

describe('a due column that says when the work starts', () => {
  it.each(['ab Q3/2027', 'ab 1. Juli 2027', 'from July 2027', 'à partir de juillet 2027'])('takes “%s” for the start, not the end', (due) => {
    const verdict = timeframeOf({ title: 'Move the test lab to Graz', owner: 'Eva Kern', end: due });
    expect(verdict.facts.timeframe).toMatchObject({ start: '2027-07-01', end: null });
  });
});

describe('a duration', () => {
  it('counts from the row’s start date when it has one', () => {
    const verdict = timeframeOf({ title: 'Pilot the new scheduling tool', start: '2027-02-01', end: '9 meses' });
    expect(verdict.facts.timeframe).toMatchObject({ start: '2027-02-01', end: '2027-11-01' });
    expect(verdict.evidence.timeframe).not.toContain('today');
  });

  it('without a start, counts from today and says so in the evidence', () => {
    const verdict = timeframeOf({ title: 'Pilot the new scheduling tool', end: '60 dias' });
    expect(verdict.evidence.timeframe).toMatch(/^Due 60 dias \(counted from today, \d{4}-\d{2}-\d{2}\)$/);
    const inText = timeframeOf({ title: 'Pilot the new scheduling tool over 18 months' });
    expect(inText.evidence.timeframe).toMatch(/^over 18 months \(counted from today, /);
  });

  it('read against a given day is not marked as counted from today', () => {
    expect(parseTimeFrame('12 months', TODAY)).toEqual({ start: '2026-05-20', end: '2027-05-20', text: '12 months' });
    expect(parseTimeFrame('12 months')).toMatchObject({ fromToday: true });
  });
});
