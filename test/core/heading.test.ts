import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core';
import { isHeading } from '../../src/core/heading';

describe('isHeading', () => {
  it.each([
    'Key Initiatives',
    'Strategic Priorities FY27',
    'Customer Goals',
    'NEXT STEPS',
    '1. Next steps:',
    'SWOT',
    'Competitive Landscape',
    'Open items',
    'OFFENE PUNKTE',
    'Maßnahmen 2027',
    'Prochaines étapes',
    'Objetivos del cliente 2027',
    'Próximos passos',
    'Punti aperti',
    'Initiative 2',
    'Goal #3',
  ])('reads %s as a heading', (text) => {
    expect(isHeading(text)).toBe(true);
  });

  it.each([
    'Reduce risks in the supply chain',
    'Reduce risks',
    'Risk mitigation',
    'Digital transformation program',
    'Grow EMEA revenue',
    'Gap analysis of the CRM data',
    'Market analysis',
    'Safety',
    'Launch 3 new projects in Q2',
    'Kundenzufriedenheit steigern',
    'Nuevos proyectos de eficiencia energética en todas las plantas',
    'Cut open items on the service desk by 40%',
  ])('does not read %s as a heading', (text) => {
    expect(isHeading(text)).toBe(false);
  });
});

describe('classify on a heading', () => {
  it('makes a heading row Unclear, saying so', () => {
    const verdict = classify({ title: 'Key Initiatives' });
    expect(verdict.label).toBe('Unclear');
    expect(verdict.reason).toMatch(/^Reads as a heading of the plan \(“Key Initiatives”\)/);
  });

  it('reads a heading other rows name as their parent as the goal they serve', () => {
    expect(classify({ title: 'Growth initiatives' }, {}, { isParent: true }).label).toBe('Goal');
  });

  it('judges a row with a description as a statement', () => {
    expect(classify({ title: 'Next steps', description: 'Migrate the ledger to the cloud with Finance IT by June' }).label).not.toBe('Unclear');
  });
});
