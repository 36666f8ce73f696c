import { describe, expect, it } from 'vitest';
import { findOrganizationInText, parseOrganization } from '../../src/core/organization';

describe('parseOrganization', () => {
  it.each([
    ['Finance IT', 'Finance IT'],
    ['  EMEA Sales ', 'EMEA Sales'],
    ['Governance, Risk & Compliance', 'Governance, Risk & Compliance'],
  ])('%j is an organization', (cell, org) => {
    expect(parseOrganization(cell)).toBe(org);
  });
  it.each(['', 'TBD', 'n/a', '-', '#REF!', 2026, null, '12/01/2026'])('%j is not', (cell) => {
    expect(parseOrganization(cell as never)).toBeNull();
  });
});

describe('findOrganizationInText', () => {
  it.each([
    ['Owned by the Finance IT team, go-live in Q3', 'Finance IT team'],
    ['Priority: High. Lead Owner: Planning Department; Sidewalk Committee.', 'Planning Department'],
    ['Roll out to EMEA sales by June', 'EMEA sales'],
    ['Coordinate with the PMO on the cutover', 'PMO'],
    ['The Transportation Advisory Committee will prioritise routes', 'Transportation Advisory Committee'],
  ])('%s', (text, org) => {
    expect(findOrganizationInText(text)).toBe(org);
  });

  it.each([
    'Build the tooling and team to be preventive, not reactive, about account health.',
    'Win the largest logistics accounts (10k+ seats, multi-region, global).',
    'Grow ARR 3x YoY.',
    'Let us team up with partners',
  ])('%s names no organization', (text) => {
    expect(findOrganizationInText(text)).toBeNull();
  });
});
