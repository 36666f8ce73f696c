// Over 400 lines on purpose: the time-frame readers' cases as users write them, in five
// languages, and the near misses that must not match; split by concept in describe blocks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimeFrameInText, parseTimeFrame } from '../../src/core/timeframe';
import type { CellValue } from '../../src/core/types';

// Every relative time-frame is read against this day, so the expectations are fixed.
const TODAY = new Date(2026, 0, 15);

type Row = [input: string, start: string | null, end: string | null];

describe('parseTimeFrame on Date and number cells', () => {
  it('reads a Date by its local calendar day, whatever its time of day', () => {
    expect(parseTimeFrame(new Date(2026, 0, 15), TODAY)).toEqual({ start: '2026-01-15', end: '2026-01-15', text: '2026-01-15' });
    expect(parseTimeFrame(new Date(2026, 0, 15, 23, 59, 59), TODAY)).toMatchObject({ start: '2026-01-15' });
    expect(parseTimeFrame(new Date(2024, 1, 29, 0, 0, 1), TODAY)).toMatchObject({ start: '2024-02-29', end: '2024-02-29' });
  });

  it('gives null for an invalid Date', () => {
    expect(parseTimeFrame(new Date(Number.NaN), TODAY)).toBeNull();
  });

  const serials: [number, string][] = [
    [46037, '2026-01-15'],
    [46037.75, '2026-01-15'],
    [45351, '2024-02-29'],
    [20000, '1954-10-03'],
    [80000, '2119-01-11'],
  ];
  it.each(serials)('reads the Sheets serial number %d as %s', (serial, date) => {
    expect(parseTimeFrame(serial, TODAY)).toEqual({ start: date, end: date, text: date });
  });

  it('reads a whole number that is a plausible year as that year', () => {
    expect(parseTimeFrame(2027, TODAY)).toEqual({ start: '2027-01-01', end: '2027-12-31', text: '2027' });
  });

  const notDates: CellValue[] = [0, 12, 365, 19999, 80001, 2027.5, -46037, Number.NaN, Number.POSITIVE_INFINITY, true, false, null, undefined];
  it.each(notDates)('gives null for %j', (value) => {
    expect(parseTimeFrame(value, TODAY)).toBeNull();
  });
});

describe('parseTimeFrame on text cells', () => {
  const cells: Row[] = [
    // dates
    ['2026-01-15', '2026-01-15', '2026-01-15'],
    ['2026/01/15', '2026-01-15', '2026-01-15'],
    ['1/15/2026', '2026-01-15', '2026-01-15'],
    ['01/15/26', '2026-01-15', '2026-01-15'],
    ['15.01.2026', '2026-01-15', '2026-01-15'],
    ['31.12.2027', '2027-12-31', '2027-12-31'],
    ['15/01/2026', '2026-01-15', '2026-01-15'],
    ['05/06/2026', '2026-05-06', '2026-05-06'],
    ['15-01-2026', '2026-01-15', '2026-01-15'],
    ['29.02.2024', '2024-02-29', '2024-02-29'],
    // month names, English and German/French/Spanish
    ['Jan 2026', '2026-01-01', '2026-01-31'],
    ['January, 2026', '2026-01-01', '2026-01-31'],
    ['Feb 2028', '2028-02-01', '2028-02-29'],
    ['January 15, 2026', '2026-01-15', '2026-01-15'],
    ['Jan. 15th, 2026', '2026-01-15', '2026-01-15'],
    ['15 Jan 2026', '2026-01-15', '2026-01-15'],
    ['15th of January 2026', '2026-01-15', '2026-01-15'],
    ['15-Jan-26', '2026-01-15', '2026-01-15'],
    ['Jan-26', '2026-01-01', '2026-01-31'],
    ["Jan '26", '2026-01-01', '2026-01-31'],
    ['01/2026', '2026-01-01', '2026-01-31'],
    ['2026-12', '2026-12-01', '2026-12-31'],
    ['Januar 2026', '2026-01-01', '2026-01-31'],
    ['15. Januar 2026', '2026-01-15', '2026-01-15'],
    ['März 2026', '2026-03-01', '2026-03-31'],
    ['Dez 2026', '2026-12-01', '2026-12-31'],
    ['janvier 2026', '2026-01-01', '2026-01-31'],
    ['1er janvier 2026', '2026-01-01', '2026-01-01'],
    ['déc. 2026', '2026-12-01', '2026-12-31'],
    ['enero 2026', '2026-01-01', '2026-01-31'],
    ['15 de enero de 2026', '2026-01-15', '2026-01-15'],
    ['dic 2026', '2026-12-01', '2026-12-31'],
    // quarters
    ['Q3 2026', '2026-07-01', '2026-09-30'],
    ['Q3-2026', '2026-07-01', '2026-09-30'],
    ['Q3/26', '2026-07-01', '2026-09-30'],
    ["Q3 '26", '2026-07-01', '2026-09-30'],
    ['Q4 of 2026', '2026-10-01', '2026-12-31'],
    ['2026 Q3', '2026-07-01', '2026-09-30'],
    ['2026Q3', '2026-07-01', '2026-09-30'],
    ['3Q26', '2026-07-01', '2026-09-30'],
    ['3Q 2026', '2026-07-01', '2026-09-30'],
    ['Q3 FY27', '2027-07-01', '2027-09-30'],
    ['Q3FY27', '2027-07-01', '2027-09-30'],
    ['FY27 Q1', '2027-01-01', '2027-03-31'],
    ['third quarter of 2026', '2026-07-01', '2026-09-30'],
    // fiscal years: named by the calendar year they end in
    ['FY27', '2027-01-01', '2027-12-31'],
    ['FY 2027', '2027-01-01', '2027-12-31'],
    ['FY-27', '2027-01-01', '2027-12-31'],
    ["FY'27", '2027-01-01', '2027-12-31'],
    ['FY2026/27', '2027-01-01', '2027-12-31'],
    ['FY 2026-27', '2027-01-01', '2027-12-31'],
    ['fiscal year 2027', '2027-01-01', '2027-12-31'],
    ['FY26-FY28', '2026-01-01', '2028-12-31'],
    ['FY26-28', '2026-01-01', '2028-12-31'],
    // halves
    ['H2 2026', '2026-07-01', '2026-12-31'],
    ['H1 2026', '2026-01-01', '2026-06-30'],
    ['2H26', '2026-07-01', '2026-12-31'],
    ['1H 2027', '2027-01-01', '2027-06-30'],
    ['2026 H2', '2026-07-01', '2026-12-31'],
    ['H1 FY27', '2027-01-01', '2027-06-30'],
    ['second half of 2026', '2026-07-01', '2026-12-31'],
    // years, thirds of a year
    ['2027', '2027-01-01', '2027-12-31'],
    ['early 2026', '2026-01-01', '2026-04-30'],
    ['mid-2026', '2026-05-01', '2026-08-31'],
    ['late 2026', '2026-09-01', '2026-12-31'],
    // ranges
    ['Jan 2026 - Dec 2026', '2026-01-01', '2026-12-31'],
    ['Jan 2026 – Mar 2027', '2026-01-01', '2027-03-31'],
    ['Jan - Dec 2026', '2026-01-01', '2026-12-31'],
    ['Nov - Feb 2027', '2026-11-01', '2027-02-28'],
    ['March 2026 to June', '2026-03-01', '2026-06-30'],
    ['Jan 15 - Mar 30, 2026', '2026-01-15', '2026-03-30'],
    ['2026-2028', '2026-01-01', '2028-12-31'],
    ['2026 – 2028', '2026-01-01', '2028-12-31'],
    ['2026-28', '2026-01-01', '2028-12-31'],
    ['Q1–Q3 2027', '2027-01-01', '2027-09-30'],
    ['Q1-Q3 2027', '2027-01-01', '2027-09-30'],
    ['Q3 2026 - Q2 2027', '2026-07-01', '2027-06-30'],
    ['2026 Q3 - 2027 Q1', '2026-07-01', '2027-03-31'],
    ['2026-01-15 to 2026-06-30', '2026-01-15', '2026-06-30'],
    ['1/15/2026 - 6/30/2026', '2026-01-15', '2026-06-30'],
    ['from March to June 2026', '2026-03-01', '2026-06-30'],
    ['between 2026 and 2028', '2026-01-01', '2028-12-31'],
    ['Start: Jan 2026, End: Dec 2026', '2026-01-01', '2026-12-31'],
    // deadlines give the end only; "before" ends the day before
    ['by end of Q2 2027', null, '2027-06-30'],
    ['by the end of 2026', null, '2026-12-31'],
    ['by 2030', null, '2030-12-31'],
    ['due 30 June 2026', null, '2026-06-30'],
    ['Due: 2026-06-30', null, '2026-06-30'],
    ['complete by 2015', null, '2015-12-31'],
    ['no later than March 2027', null, '2027-03-31'],
    ['before Q3 2026', null, '2026-06-30'],
    ['until 2030', null, '2030-12-31'],
    ['EOY 2026', null, '2026-12-31'],
    ['year-end 2027', null, '2027-12-31'],
    // starts give the start only
    ['from 2026', '2026-01-01', null],
    ['since 2020', '2020-01-01', null],
    ['starting Q2 2026', '2026-04-01', null],
    // durations run from today
    ['next 6 months', '2026-01-15', '2026-07-15'],
    ['over 18 months', '2026-01-15', '2027-07-15'],
    ['within 2 years', '2026-01-15', '2028-01-15'],
    ['in 90 days', '2026-01-15', '2026-04-15'],
    ['12-month', '2026-01-15', '2027-01-15'],
    ['6 months', '2026-01-15', '2026-07-15'],
    ['18 mo', '2026-01-15', '2027-07-15'],
    ['2 weeks', '2026-01-15', '2026-01-29'],
    ['3 quarters', '2026-01-15', '2026-10-15'],
    ['1.5 years', '2026-01-15', '2027-07-15'],
    ['18-24 months', '2026-01-15', '2028-01-15'],
    ['over the next two years', '2026-01-15', '2028-01-15'],
    ['within a year', '2026-01-15', '2027-01-15'],
    // relative to today
    ['this year', '2026-01-01', '2026-12-31'],
    ['next year', '2027-01-01', '2027-12-31'],
    ['this quarter', '2026-01-01', '2026-03-31'],
    ['next quarter', '2026-04-01', '2026-06-30'],
    ['next month', '2026-02-01', '2026-02-28'],
    ['EOY', null, '2026-12-31'],
    ['EOQ', null, '2026-03-31'],
    ['by year-end', null, '2026-12-31'],
    ['end of this quarter', null, '2026-03-31'],
    // the first time-frame in a cell with words around it
    ['Q3 2026 (tentative)', '2026-07-01', '2026-09-30'],
    ['  FY27  ', '2027-01-01', '2027-12-31'],
  ];

  it.each(cells)('reads %j as %s..%s', (cell, start, end) => {
    const found = parseTimeFrame(cell, TODAY);
    expect(found).not.toBeNull();
    expect(found?.start).toBe(start);
    expect(found?.end).toBe(end);
  });

  it('keeps the text it read, prefix words included', () => {
    expect(parseTimeFrame('Q3 2026 (tentative)', TODAY)?.text).toBe('Q3 2026');
    expect(parseTimeFrame('by end of Q2 2027', TODAY)?.text).toBe('by end of Q2 2027');
    expect(parseTimeFrame('Start: Jan 2026, End: Dec 2026', TODAY)?.text).toBe('Start: Jan 2026, End: Dec 2026');
  });

  it('reads a quarter or half with no year as a time-frame with unknown dates, in a cell', () => {
    expect(parseTimeFrame('Q3', TODAY)).toEqual({ start: null, end: null, text: 'Q3' });
    expect(parseTimeFrame('H2', TODAY)).toEqual({ start: null, end: null, text: 'H2' });
    expect(parseTimeFrame('Q1–Q3', TODAY)).toEqual({ start: null, end: null, text: 'Q1–Q3' });
  });

  it('does not read an impossible quarter or half as one, though its year still counts in a cell', () => {
    expect(parseTimeFrame('Q5 2026', TODAY)).toEqual({ start: '2026-01-01', end: '2026-12-31', text: '2026' });
    expect(parseTimeFrame('H3 2026', TODAY)).toEqual({ start: '2026-01-01', end: '2026-12-31', text: '2026' });
    expect(findTimeFrameInText('Deliver in Q5 2026', TODAY)).toBeNull();
  });

  it('reads a long cell like a sentence, where a bare year needs a preposition', () => {
    const sentence = 'Roll out the new billing platform to all EMEA entities, 2027';
    expect(parseTimeFrame('2027', TODAY)).not.toBeNull();
    expect(parseTimeFrame(sentence, TODAY)).toBeNull();
    expect(parseTimeFrame(sentence.replace(', 2027', ' by 2027'), TODAY)).toMatchObject({ end: '2027-12-31' });
  });

  const nothing = [
    '',
    '   ',
    'TBD',
    'tbc',
    'n/a',
    'N/A',
    'none',
    'ongoing',
    'annual',
    'every quarter',
    'per quarter',
    'YoY',
    'quarterly',
    '#N/A',
    '#REF!',
    '#VALUE!',
    '#DIV/0!',
    '#NAME?',
    '#NUM!',
    '#NULL!',
    '#ERROR!',
    'Finance IT',
    '$2,030',
    '2030%',
    '12',
    '2026.5',
    '1.2.3',
    '10.0.0.1',
    '32/13/2026',
    '31.02.2026',
    '2026-13-01',
    'March',
    'May',
    'June 30',
    'every 6 months',
  ];
  it.each(nothing)('gives null for %j', (cell) => {
    expect(parseTimeFrame(cell, TODAY)).toBeNull();
  });
});

describe('findTimeFrameInText', () => {
  const sentences: [string, string | null, string | null, string][] = [
    ['Migrate EMEA billing to SAP by Q3 2027', null, '2027-09-30', 'by Q3 2027'],
    ['Pilot the new onboarding flow over 18 months', '2026-01-15', '2027-07-15', 'over 18 months'],
    ['Grow revenue 20% in 2027', '2027-01-01', '2027-12-31', 'in 2027'],
    ['Send 100% of packaging scrap to reuse or recycling by 2030.', null, '2030-12-31', 'by 2030'],
    ['30% reduction in water intensity by 2031 (2020 baseline).', null, '2031-12-31', 'by 2031'],
    ['Conserve farming on town-owned land. Timing: Short-Term (complete by 2015).', null, '2015-12-31', 'complete by 2015'],
    [
      'Concentrate growth. Timing: New Sustained Action (start by 2015 and continue through 2030).',
      '2015-01-01',
      '2030-12-31',
      'start by 2015 and continue through 2030',
    ],
    ['Keep the system running through 2030', null, '2030-12-31', 'through 2030'],
    ['Strategic Plan 2022-2031 priorities', '2022-01-01', '2031-12-31', '2022-2031'],
    ['Launch a 12-month pilot with two banks', '2026-01-15', '2027-01-15', '12-month'],
    ['Hire 20 engineers in 90 days', '2026-01-15', '2026-04-15', 'in 90 days'],
    ['Ship the mobile app within the next 6 months', '2026-01-15', '2026-07-15', 'within the next 6 months'],
    ['Go live on 15 March 2026 with three teams', '2026-03-15', '2026-03-15', 'on 15 March 2026'],
    ['Replace the data centre from March to June 2026', '2026-03-01', '2026-06-30', 'from March to June 2026'],
    ['Consolidate vendors in Q1–Q3 2027', '2027-01-01', '2027-09-30', 'in Q1–Q3 2027'],
    ['Deliver the new portal in H2 FY27', '2027-07-01', '2027-12-31', 'in H2 FY27'],
    ['SOC 2 audit due 30 June 2026', null, '2026-06-30', 'due 30 June 2026'],
    ['Launch next year in Germany', '2027-01-01', '2027-12-31', 'next year'],
    ['Reduce churn below 5% by the end of the year', null, '2026-12-31', 'by the end of the year'],
    ['Raise NPS to 50 by EOY', null, '2026-12-31', 'by EOY'],
    ['Roll out to EMEA in H2', null, null, 'in H2'],
    ['Close the gap by Q3', null, null, 'by Q3'],
    ['Invest $3.5 million over 3 years', '2026-01-15', '2029-01-15', 'over 3 years'],
  ];

  it.each(sentences)('finds the time-frame in %j', (text, start, end, matched) => {
    expect(findTimeFrameInText(text, TODAY)).toEqual({ start, end, text: matched });
  });

  const noTimeFrame = [
    'Roadmap 2026',
    'Our 2026 priorities',
    'Grow ARR 3x YoY.',
    'Case study reaches the top 3 of the trade press every quarter.',
    '4 reference customers per quarter to back our claims in the field.',
    'Monthly organic search traffic has increased by 30%.',
    'Annual review of the supplier list',
    'Ongoing support for the field team',
    'Hiring managers report that 75% of new teammates had a good onboarding.',
    '100% of candidates are notified of the outcome within 3 workdays after applying.',
    'Spend $2,030 on licences',
    'Raise the budget to $2030',
    'Increase margin by 2030%',
    'Grow ARR by 20% and cut churn by 5%',
    'Version 1.2.3 of the app',
    'Call 555-1234 for details',
    'ISO 9001 certified plants',
    'A 5 day a week support desk',
    'Review every 6-month period',
    'Revenue grew 5% last quarter',
    'the year-end close process',
    'We may 5x the pipeline',
    'Serve 2030 customers',
    '',
  ];
  it.each(noTimeFrame)('finds nothing in %j', (text) => {
    expect(findTimeFrameInText(text, TODAY)).toBeNull();
  });

  it('returns null for non-string input instead of throwing', () => {
    expect(findTimeFrameInText(undefined as unknown as string, TODAY)).toBeNull();
    expect(findTimeFrameInText(2030 as unknown as string, TODAY)).toBeNull();
  });

  it('counts durations from now when no day is given', () => {
    const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const before = isoDay(new Date());
    const found = findTimeFrameInText('over the next 6 months');
    const after = isoDay(new Date());
    // Either read of the clock may be the day used, should the test cross midnight.
    expect([before, after]).toContain(found?.start);
    expect(found?.end).not.toBeNull();
  });

  it('clamps a duration to the end of a shorter month', () => {
    expect(findTimeFrameInText('within 1 month', new Date(2026, 0, 31))).toMatchObject({ start: '2026-01-31', end: '2026-02-28' });
  });
});

describe('time-frames as sellers and other locales write them', () => {
  const cells: Row[] = [
    // durations, from today
    ['8 weeks', '2026-01-15', '2026-03-12'],
    ['18 Monate', '2026-01-15', '2027-07-15'],
    ['6 Wochen', '2026-01-15', '2026-02-26'],
    ['3 Jahre', '2026-01-15', '2029-01-15'],
    ['6 mois', '2026-01-15', '2026-07-15'],
    ['12 semaines', '2026-01-15', '2026-04-09'],
    ['2 ans', '2026-01-15', '2028-01-15'],
    ['6 meses', '2026-01-15', '2026-07-15'],
    ['2 años', '2026-01-15', '2028-01-15'],
    ['12 mesi', '2026-01-15', '2027-01-15'],
    ['innerhalb von 6 Monaten', '2026-01-15', '2026-07-15'],
    ['dans 3 mois', '2026-01-15', '2026-04-15'],
    ['dentro de 8 semanas', '2026-01-15', '2026-03-12'],
    // short ranges
    ['T1–T2 2027', '2027-01-01', '2027-06-30'],
    ['T1-T3 2026', '2026-01-01', '2026-09-30'],
    ['S1-S2 2027', '2027-01-01', '2027-12-31'],
    ['Jan bis März 2026', '2026-01-01', '2026-03-31'],
    ['janvier à mars 2026', '2026-01-01', '2026-03-31'],
    ['enero a marzo de 2026', '2026-01-01', '2026-03-31'],
    ['von Januar bis Juni 2026', '2026-01-01', '2026-06-30'],
    // deadlines
    ['by end of 2026', null, '2026-12-31'],
    ['bis Ende 2026', null, '2026-12-31'],
    ['Ende 2026', null, '2026-12-31'],
    ['bis 30.06.2026', null, '2026-06-30'],
    ['bis Ende Q2 2027', null, '2027-06-30'],
    ["d'ici 2027", null, '2027-12-31'],
    ['d’ici fin 2026', null, '2026-12-31'],
    ['fin 2026', null, '2026-12-31'],
    ["jusqu'en 2028", null, '2028-12-31'],
    ['para 2026', null, '2026-12-31'],
    ['a finales de 2026', null, '2026-12-31'],
    ['hasta marzo de 2027', null, '2027-03-31'],
    ['entro il 2026', null, '2026-12-31'],
    ['entro fine 2026', null, '2026-12-31'],
    ['avant T3 2026', null, '2026-06-30'],
    // starts
    ['ab Q2 2026', '2026-04-01', null],
    ['à partir de 2027', '2027-01-01', null],
    ['desde enero de 2026', '2026-01-01', null],
    // quarters and halves
    ['T2 2026', '2026-04-01', '2026-06-30'],
    ['T4/2026', '2026-10-01', '2026-12-31'],
    ['S2 2026', '2026-07-01', '2026-12-31'],
    ['2T 2026', '2026-04-01', '2026-06-30'],
    ['1S 2027', '2027-01-01', '2027-06-30'],
    ['Q3/2026', '2026-07-01', '2026-09-30'],
    ['1. Quartal 2026', '2026-01-01', '2026-03-31'],
    ['4. Quartal 2026', '2026-10-01', '2026-12-31'],
    ['2. Halbjahr 2026', '2026-07-01', '2026-12-31'],
    ['1. HJ 2027', '2027-01-01', '2027-06-30'],
    ['3e trimestre 2026', '2026-07-01', '2026-09-30'],
    ['1er semestre 2026', '2026-01-01', '2026-06-30'],
    ['deuxième semestre 2026', '2026-07-01', '2026-12-31'],
    ['premier trimestre 2027', '2027-01-01', '2027-03-31'],
    ['primer trimestre de 2026', '2026-01-01', '2026-03-31'],
    ['2º semestre de 2026', '2026-07-01', '2026-12-31'],
    ['segundo semestre 2026', '2026-07-01', '2026-12-31'],
    ['terzo trimestre 2026', '2026-07-01', '2026-09-30'],
    // fiscal years and parts of a year
    ['GJ 2027', '2027-01-01', '2027-12-31'],
    ['Geschäftsjahr 2027', '2027-01-01', '2027-12-31'],
    ['exercice 2026', '2026-01-01', '2026-12-31'],
    ['Mitte 2026', '2026-05-01', '2026-08-31'],
    ['Anfang 2027', '2027-01-01', '2027-04-30'],
    ['début 2027', '2027-01-01', '2027-04-30'],
    ['mediados de 2026', '2026-05-01', '2026-08-31'],
  ];

  it.each(cells)('reads the cell %j as %s..%s', (cell, start, end) => {
    const found = parseTimeFrame(cell, TODAY);
    expect(found).not.toBeNull();
    expect([found?.start, found?.end]).toEqual([start, end]);
  });

  // Without a year they name a time-frame whose dates are unknown, as "Q3" alone does.
  const undated = ['Jan-Mar', 'Jan–Mar', 'Q1-Q2', 'by March', 'bis März', 'avant juin', '1. Quartal', '2. Halbjahr', 'im 3. Quartal', '2e trimestre'];
  it.each(undated)('reads %j as a time-frame with no dates', (cell) => {
    expect(parseTimeFrame(cell, TODAY)).toEqual({ start: null, end: null, text: cell });
  });

  it('keeps the whole phrase it read', () => {
    expect(parseTimeFrame('bis Ende 2026', TODAY)?.text).toBe('bis Ende 2026');
    expect(parseTimeFrame("d'ici 2027 au plus tard", TODAY)?.text).toBe("d'ici 2027");
    expect(parseTimeFrame('T1–T2 2027', TODAY)?.text).toBe('T1–T2 2027');
    expect(parseTimeFrame('primer trimestre de 2026', TODAY)?.text).toBe('primer trimestre de 2026');
  });

  // A T or S code alone is as often a size, a tier or a season as a quarter or half.
  const notTimeFrames = ['T2', 'S1', 'T1-T3', 'S2-S3', 'Mai', 'may', 'Zwei Teams', '1. Liga', '3e étage'];
  it.each(notTimeFrames)('gives null for the cell %j', (cell) => {
    expect(parseTimeFrame(cell, TODAY)).toBeNull();
  });

  const sentences: [string, string | null, string | null, string][] = [
    ['Lancer le portail client, 5 mois de travail avec deux équipes', '2026-01-15', '2026-06-15', '5 mois'],
    ['Migrar el CRM en 6 meses con el equipo de ventas', '2026-01-15', '2026-07-15', 'en 6 meses'],
    ['Pilot the renewal desk, 8 weeks with two reps', '2026-01-15', '2026-03-12', '8 weeks'],
    ['Den Vertrieb in 18 Monaten neu aufstellen', '2026-01-15', '2027-07-15', 'in 18 Monaten'],
    ['Completare la migrazione entro 12 mesi', '2026-01-15', '2027-01-15', 'entro 12 mesi'],
    ['Das neue Kundenportal bis Ende 2026 einführen', null, '2026-12-31', 'bis Ende 2026'],
    ["Ouvrir deux agences à Lyon d'ici 2027", null, '2027-12-31', "d'ici 2027"],
    ['Abrir la oficina de Lima para 2026', null, '2026-12-31', 'para 2026'],
    ['Aprire il negozio di Milano entro il 2026', null, '2026-12-31', 'entro il 2026'],
    ['Sign the distributor by March', null, null, 'by March'],
    ['Close the Fabrikam renewal by end of 2026', null, '2026-12-31', 'by end of 2026'],
    ['Umsatz im 2. Halbjahr 2026 um 10 % steigern', '2026-07-01', '2026-12-31', 'im 2. Halbjahr 2026'],
    ['Nouvelle offre lancée au T2 2026 pour les PME', '2026-04-01', '2026-06-30', 'au T2 2026'],
    ['Lanzar la tienda online en el 2T 2026', '2026-04-01', '2026-06-30', 'en el 2T 2026'],
    ['Recrutement terminé S2 2026', '2026-07-01', '2026-12-31', 'S2 2026'],
    ['Go live with the partner portal in Q3/2026', '2026-07-01', '2026-09-30', 'in Q3/2026'],
    ['Rollout der neuen Preise im 1. Quartal 2026', '2026-01-01', '2026-03-31', 'im 1. Quartal 2026'],
    ['Onboard the Nordic resellers from Jan to Mar', null, null, 'from Jan to Mar'],
    // Two periods joined by a dash are a span of time even with nothing before them.
    ['Onboard the Nordic resellers Jan-Mar', null, null, 'Jan-Mar'],
    ['Preisliste für Händler umstellen, März–Juni', null, null, 'März–Juni'],
    ['Migrate the billing engine Q1-Q3', null, null, 'Q1-Q3'],
  ];
  it.each(sentences)('finds the time-frame in %j', (text, start, end, matched) => {
    expect(findTimeFrameInText(text, TODAY)).toEqual({ start, end, text: matched });
  });

  const noTimeFrame = [
    'Reduce churn 6%',
    'Top 10 markets',
    'Open 12 stores in the Nordics',
    'Hire 6 people for the support desk',
    'Grow 3 markets by 2 points',
    'Cut onboarding time to 6 weeks',
    'Reduce lead time below 3 months',
    'Revenue grew in the last 6 months',
    'Vor 2 Jahren eingeführt, jetzt ersetzen',
    'Il y a 6 mois, le portail a été lancé',
    'Se lanzó hace 6 meses',
    'Offer 2 weeks a year of training',
    'Customers aged 18 months or more',
    'We may expand the team',
    'Decrease support costs and improve junior onboarding',
    'Set up a T2 support tier',
    'Season S1 of the podcast',
    'Mejorar el servicio en el mar',
    'Stand up a 1. Liga sponsorship',
  ];
  it.each(noTimeFrame)('finds nothing in %j', (text) => {
    expect(findTimeFrameInText(text, TODAY)).toBeNull();
  });
});

describe('time-frame parsing robustness', () => {
  const hostile: Record<string, string> = {
    digits: '9'.repeat(50_000),
    'spaced digits': '1 '.repeat(25_000),
    dashes: '1-'.repeat(25_000),
    slashes: '1/'.repeat(25_000),
    dots: '1.'.repeat(25_000),
    quarters: 'Q3 '.repeat(16_000),
    years: '2026 '.repeat(10_000),
    months: 'Jan '.repeat(12_500),
    prefixes: 'by the end of '.repeat(3_500),
    'letters and digits': 'a1,'.repeat(16_000),
    'emoji and digits': '😀1'.repeat(16_000),
    'control characters': '\u0000\u0001\u0007 1'.repeat(10_000),
  };

  // How long these take is measured by npm run bench (bench/hostileText.ts), not here.
  it.each(Object.entries(hostile))('reads a 50,000-character string of %s as no time-frame', (_, text) => {
    expect(parseTimeFrame(text, TODAY)).toBeNull();
    expect(findTimeFrameInText(text, TODAY)).toBeNull();
  });

  const anyCell = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.stringMatching(/^(by |in |from |Q[1-5] ?|H[1-3] ?|FY ?)?[0-9]{1,4}([-/.–][0-9]{1,4}){0,2}( ?(Q[1-4]|months?|days))?$/),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constant(null),
    fc.constant(undefined),
  );

  it('never throws and is deterministic for any cell', () => {
    fc.assert(
      fc.property(anyCell, fc.date({ noInvalidDate: true }), (value, today) => {
        const first = parseTimeFrame(value as CellValue, today);
        expect(parseTimeFrame(value as CellValue, today)).toEqual(first);
        if (first) {
          if (first.start) expect(first.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (first.end) expect(first.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (first.start && first.end) expect(first.start <= first.end).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('never throws and is deterministic for any text, and its text is part of the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), fc.date(), (text, today) => {
        const first = findTimeFrameInText(text, today);
        expect(findTimeFrameInText(text, today)).toEqual(first);
        if (first) expect(text).toContain(first.text);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads any real day written as ISO, US or European back to the same day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1950, 0, 1), max: new Date(2150, 11, 31), noInvalidDate: true }), (date) => {
        const y = date.getFullYear();
        const m = date.getMonth() + 1;
        const d = date.getDate();
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const expected = { start: iso, end: iso };
        expect(parseTimeFrame(date, TODAY)).toMatchObject(expected);
        expect(parseTimeFrame(iso, TODAY)).toMatchObject(expected);
        expect(parseTimeFrame(`${d}.${m}.${y}`, TODAY)).toMatchObject(expected);
        if (d > 12) expect(parseTimeFrame(`${d}/${m}/${y}`, TODAY)).toMatchObject(expected);
        expect(parseTimeFrame(`${m}/${d}/${y}`, TODAY)).toMatchObject(expected);
      }),
    );
  });
});
