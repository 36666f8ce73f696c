import { describe, expect, it } from 'vitest';
import { readStatement, themeOf } from '../../src/core/statement';

const goalOver = (text: string) => {
  const form = readStatement(text);
  return form.goalWeight > form.projectWeight;
};

describe('readStatement', () => {
  it.each([
    'Increase EMEA revenue 20% by FY27',
    'Reduce customer churn below 5%',
    'Lift average order value 12 percent',
    '30% fewer safety incidents across all plants',
    'Double qualified pipeline year over year',
    'Become the #1 rated provider in the region',
    'To be the preferred logistics partner for mid-market retailers',
    'Net promoter score of 60 or more',
    'Quality Care: we believe every patient deserves the same standard wherever they are treated.',
    '95% of orders ship within 24 hours',
  ])('reads “%s” as an end result', (text) => {
    expect(goalOver(text)).toBe(true);
    expect(readStatement(text).goal.length).toBeGreaterThan(0);
  });

  it.each([
    'Implement the Epic discharge planning module',
    'Migrate the core ledger to the cloud',
    'Roll out driver telematics to 1,200 trucks',
    'Pilot an AI assistant for branch staff',
    'Customer Data Platform',
    'Vendor consolidation program',
    'Hire two data engineers for the warehouse team',
    'Replace the legacy billing system. Priority: High. Timing: 2027.',
  ])('reads “%s” as a piece of work', (text) => {
    const form = readStatement(text);
    expect(form.projectWeight).toBeGreaterThanOrEqual(1);
    expect(form.projectWeight).toBeGreaterThanOrEqual(form.goalWeight);
  });

  it('keeps the words that raised each signal', () => {
    const form = readStatement('Increase EMEA revenue 20% by FY27');
    expect(form.goal[0]).toMatchObject({ kind: 'a change in a metric', text: 'Increase EMEA revenue 20%' });
  });

  it.each([
    ['Pass the SOC 2 audit with no exceptions', 'Risk mitigation'],
    ['Be the most trusted brand in home insurance', 'Differentiation'],
    ['Grow wallet share with the top 50 accounts', 'Growth'],
    ['Cut unplanned downtime in half', 'Risk mitigation'],
    ['Achieve HITRUST certification', 'Risk mitigation'],
  ])('finds the theme of “%s”', (text, theme) => {
    expect(themeOf(text)).toBe(theme);
  });

  it('finds no signal in an empty statement', () => {
    expect(readStatement('')).toMatchObject({ goalWeight: 0, projectWeight: 0 });
    expect(themeOf('')).toBeNull();
  });

  it('reads a 50,000-character statement quickly', () => {
    const start = performance.now();
    readStatement('improve '.repeat(6250));
    expect(performance.now() - start).toBeLessThan(500);
  });
});
