import { describe, expect, it } from 'vitest';
import { readCriteria, rowText } from '../../src/core/criteria';
import { classify, type Field, type PlanRecord } from '../../src/core';

function judge(record: PlanRecord, mapped: Field[] = Object.keys(record) as Field[]) {
  return readCriteria(record, new Set(mapped), rowText(record));
}

/** All five, as a verdict shows them: the program criterion is read from the wording by classify. */
function criteriaOf(record: PlanRecord, mapped: Field[] = Object.keys(record) as Field[]) {
  return classify(record, {}, { mapped: new Set(mapped) }).criteria;
}

describe('readCriteria', () => {
  it.each([
    ['Reach $50M ARR by FY27', '$50M'],
    ['Grow recurring revenue to $30M', '$30M'],
    ['Average deal size grows to $120k', '$120k'],
    ['Umsatz auf 12 Mio. € steigern', '12 Mio. €'],
    ['€2M in new bookings from the Nordics', '€2M'],
  ])('does not take the revenue to reach in “%s” for a budget', (title, amount) => {
    const reading = judge({ title });
    expect(reading.met.budget).toBe(false);
    expect(reading.notes.join(' ')).toContain(`“${amount}” is a revenue target, not a budget`);
  });

  it.each([
    ['Sales enablement program, $250k, owner Dana Whitfield, 6 months', '$250k'],
    ['Invest $2M in a new CRM by Q3', '$2M'],
    ['Revenue operations tooling: $180K approved', '$180K'],
  ])('still reads the money put into the work in “%s”', (title, amount) => {
    expect(judge({ title }).evidence.budget).toBe(amount);
  });

  it('reads each criterion from its column, with the text that proves it', () => {
    const record: PlanRecord = {
      title: 'Roll out driver telematics to 1,200 trucks',
      organization: 'Fleet Operations',
      owner: 'VP Operations',
      manager: 'Whitfield, Dana',
      budget: '$2,950,000',
      start: '2026-02-01',
      end: 'Q1 FY27',
    };
    const reading = judge(record);
    expect(criteriaOf(record)).toEqual({ program: true, organization: true, leadership: true, budget: true, timeframe: true });
    expect(reading.evidence).toMatchObject({
      organization: 'Fleet Operations',
      leadership: 'PM: Dana Whitfield',
      budget: '$2,950,000',
    });
    expect(reading.evidence.timeframe).toBe('Start 2026-02-01, Due Q1 FY27');
    expect(reading.timeframe).toMatchObject({ start: '2026-02-01', end: '2027-03-31' });
    expect(reading.roles).toEqual(['VP Operations']);
    expect(reading.people).toEqual(['Dana Whitfield']);
  });

  it('says why a filled cell did not count', () => {
    const reading = judge({ title: 'Pilot AI assistant', owner: 'CIO', budget: 'TBD' });
    expect(reading.met.leadership).toBe(false);
    expect(reading.met.budget).toBe(false);
    expect(reading.notes.join(' ')).toMatch(/“CIO” is a role, not a named leader/);
    expect(reading.notes.join(' ')).toMatch(/TBD/);
  });

  it('reads the words for criteria the plan has no column for, or leaves blank, and never over a value', () => {
    const title = 'Launch the partner portal, led by Dana Whitfield for the EMEA Sales team, with a $250k budget by Q3 2027';
    expect(criteriaOf({ title })).toEqual({ program: true, organization: true, leadership: true, budget: true, timeframe: true });
    expect(criteriaOf({ title, organization: '', leader: '', budget: '', end: '' })).toEqual({
      program: true,
      organization: true,
      leadership: true,
      budget: true,
      timeframe: true,
    });
    expect(criteriaOf({ title, organization: 'n/a', leader: 'CFO', budget: 'TBD', end: 'TBD' })).toEqual({
      program: true,
      organization: false,
      leadership: false,
      budget: false,
      timeframe: false,
    });
  });

  it('reads a criterion from the title when its column is blank on that row, never over a TBD', () => {
    const title = 'Implement Okta SSO by Q3 2026 - CISO office - John Park - $180K';
    const blank = judge({ title, owner: '', budget: '', end: '' });
    expect(blank.met).toMatchObject({ leadership: true, budget: true, timeframe: true });
    expect(blank.evidence.leadership).toBe('John Park');
    expect(judge({ title, owner: 'Maria Lopez', budget: 'TBD', end: '' }).met).toMatchObject({ budget: false });
    expect(judge({ title, owner: 'Maria Lopez', budget: 'TBD', end: '' }).evidence.leadership).toBe('Owner: Maria Lopez');
    // A description's money is another thing's when the plan has a budget column.
    expect(judge({ title: 'Reduce readmissions below 12%', description: 'Penalties cost $3.1M', budget: '' }).met.budget).toBe(false);
  });

  it('counts a due cell written as a duration from the row’s start, not from today', () => {
    const reading = judge({ title: 'Roll out the portal', start: '2026-04-01', end: '18 months' });
    expect(reading.timeframe).toMatchObject({ start: '2026-04-01', end: '2027-10-01' });
    const german = judge({ title: 'Portal einführen', start: '2. Quartal 2026', end: '18 Monate' });
    expect(german.timeframe?.end).toBe('2027-10-01');
  });

  it('does not call an end result a defined program', () => {
    expect(criteriaOf({ title: 'Grow EMEA revenue 20% by FY27' }).program).toBe(false);
  });
});
