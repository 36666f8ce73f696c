import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core';
import { isPlaceholderText } from '../../src/core/placeholderText';

describe('template filler', () => {
  it.each([
    'Lorem ipsum dolor sit amet',
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.',
    'Sample text here',
    'Test test test',
    'New row',
    'Your text here',
    'Beispieltext',
    'Texte exemple ici',
    'Nueva fila',
    'Testo di esempio',
  ])('“%s” is filler, and Unclear', (text) => {
    expect(isPlaceholderText(text)).toBe(true);
    const verdict = classify(text);
    expect(verdict.label).toBe('Unclear');
    expect(verdict.reason).toMatch(/^Template filler/);
  });

  it.each([
    'Test the new billing flow with two pilot customers',
    'New logo wins in the Nordics',
    'Sample 200 customers for the satisfaction survey',
    'A new CRM for the field team',
    'Neue Kunden im Mittelstand gewinnen',
    'Nouveau portail fournisseurs',
  ])('“%s” is a statement', (text) => {
    expect(isPlaceholderText(text)).toBe(false);
    expect(classify(text).reason).not.toMatch(/filler/);
  });
});
