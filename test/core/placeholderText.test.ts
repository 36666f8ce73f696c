import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core';
import { placeholderKind } from '../../src/core/placeholderText';

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
    expect(placeholderKind(text)).toBe('filler');
    const verdict = classify(text);
    expect(verdict.label).toBe('Unclear');
    expect(verdict.reason).toMatch(/^Template filler/);
  });

  it.each([
    ['[Insert goal here]', 'instruction', /^A template’s instruction/],
    ['Click to add text', 'instruction', /^A template’s instruction/],
    ['Type your objective', 'instruction', /^A template’s instruction/],
    ['Add initiative', 'instruction', /^A template’s instruction/],
    ['Ziel hier eingeben', 'instruction', /^A template’s instruction/],
    ['Saisir votre objectif ici', 'instruction', /^A template’s instruction/],
    ['Total budget', 'total', /^A totals row/],
    ['Totale budget', 'total', /^A totals row/],
    ['Gesamtsumme EMEA', 'total', /^A totals row/],
    ['Owner: Finance', 'field', /^A field written as a row/],
    ['Status: on hold', 'field', /^A field written as a row/],
    ['Fällig: 30.06.2027', 'field', /^A field written as a row/],
    ['Budget (EUR): 120.000', 'field', /^A field written as a row/],
    ['TBD', 'filler', /^Template filler/],
    ['[TBC]', 'filler', /^Template filler/],
    ['n/a', 'filler', /^Template filler/],
    ['Row intentionally left blank', 'note', /^A note about the sheet/],
    ['Draft - do not share', 'note', /^A note about the sheet/],
    ["See tab 'Initiatives'", 'note', /^A note about the sheet/],
    ['Delete this row before sending', 'note', /^A note about the sheet/],
    ['Diese Zeile vor dem Versand löschen', 'note', /^A note about the sheet/],
    ['Supprimer cette ligne avant envoi', 'note', /^A note about the sheet/],
    ['Copy of Q3 plan (1)', 'note', /^A note about the sheet/],
    ['Kopie von Ziele 2027 (2)', 'note', /^A note about the sheet/],
  ])('“%s” is a %s, and Unclear', (text, kind, reason) => {
    expect(placeholderKind(text)).toBe(kind);
    const verdict = classify(text);
    expect(verdict.label).toBe('Unclear');
    expect(verdict.reason).toMatch(reason);
  });

  it.each([
    'Test the new billing flow with two pilot customers',
    'New logo wins in the Nordics',
    'Sample 200 customers for the satisfaction survey',
    'A new CRM for the field team',
    'Neue Kunden im Mittelstand gewinnen',
    'Nouveau portail fournisseurs',
    'Add a referral question to the onboarding survey',
    'Enter the Japanese market with two distributors',
    'Total cost of ownership down 15% for our top accounts',
    'Owner: Finance. Consolidate the three billing systems into one by Q4',
    'Type approval for the new charger in the EU',
    'See more repeat buyers in the Nordics',
    'Remove these lines from the plant’s bottleneck list by Q3',
    'Copy of every signed contract stored in the DMS',
  ])('“%s” is a statement', (text) => {
    expect(placeholderKind(text)).toBeNull();
    expect(classify(text).reason).not.toMatch(/filler/);
  });
});
