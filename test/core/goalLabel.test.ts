import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core';
import { goalLabel } from '../../src/core/goalLabel';

describe('a goal row that opens with a label', () => {
  it.each([
    ['Objective: Become the default analytics tool for mid-size retailers', 'Goal', 'Objective'],
    ['O1: Delight our enterprise customers', 'Goal', 'O1'],
    ['KR 1.2 - 90% of renewals signed before the due date', 'Goal', 'KR 1.2'],
    ['Ziel 2: Marktanteil in Bayern ausbauen', 'Goal', 'Ziel 2'],
  ])('“%s” is labelled (a %s) “%s”', (title, _goal, label) => {
    expect(goalLabel(title)).toMatchObject({ label });
  });

  it.each(['Project: Customer 360 dashboard', 'Maßnahme 3: Kundenportal einführen', 'Goalkeeper training for the youth team', 'O-ring supplier audit', 'Project management office for EMEA', 'Objectives and key results for 2027'])('“%s” names no kind', (title) => {
    expect(goalLabel(title)).toBeNull();
  });

  it('shows the label in the reason, but lets the statement decide', () => {
    const verdict = classify('O1: Delight our enterprise customers');
    expect(verdict.reason).toContain('labelled “O1” in the plan');
    expect(verdict.label).toBe(classify('Delight our enterprise customers').label);
  });

  it('reads the statement after the label, so the label itself does not count as a title and a colon', () => {
    expect(classify('Objective: Become the default analytics tool for mid-size retailers').label).toBe('Goal');
  });

  it('does not let a label make plain work a goal', () => {
    const verdict = classify('Goal: Roll out the new CRM to the field team');
    expect(verdict.label).toBe('Initiative');
    expect(verdict.reason).toContain('labelled “Goal” in the plan');
  });
});
