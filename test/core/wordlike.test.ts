import { describe, expect, it } from 'vitest';
import { readsAsWords } from '../../src/core/wordlike';
import { classify } from '../../src/core';

describe('readsAsWords', () => {
  it.each([
    'Roll out the new onboarding portal to every branch',
    'Cut warehouse picking errors by a third before the summer peak',
    'Aufbau eines Kundenportals für die Region Nord',
    'Senkung der Energiekosten an allen Standorten um 12 %',
    'Ouvrir un deuxième entrepôt près de Toulouse',
    'Ampliar la red de distribuidores en el norte de México',
    'Replace the HRIS — People Ops, Mara Voss, €120k, Q2 2027',
    'NB-I3',
    '$2.4M',
    'Обновить систему учёта',
    // Long consonant runs where one part of a compound ends and the next begins.
    'Windkraftnutzung',
    'Heizstrahlerverbot im Außenbereich',
    'Gesamtstädtisches Parkleitsystem',
    'Instandhaltungsprogramm Pumpwerke',
    'Bootstrap the instrumentation pipeline',
    'Select a new payroll vendor from the shortlist',
    'SELECT A NEW PAYROLL VENDOR FROM THE SHORTLIST',
    '2026-12-01 launch of the partner portal',
    'INFO SESSION for every new dealer in 2027',
    // Few vowels, still words: a short line in capitals is judged by each of them.
    'CRM CLEANUP SPRINT',
    'Strengths workshop',
    'SCRIPT LIBRARY',
  ])('reads %s as words', (text) => {
    expect(readsAsWords(text)).toBe(true);
  });

  it.each([
    'qzvt xkrmw plbnq hjtr',
    'wxqz fkkkp bnmv rtyq ghj',
    'fdwrhuyrj xds mygvjr',
    'gvjrtu pkwrhe mnbvcx',
    'let total = items.reduce((a, b) => a + b, 0);',
    'if (count > max) { return null; }',
    '2026-03-02 08:15:44 WARN worker-3 retrying job 42',
    '[07:45:10] GET /api/v1/items 200 14ms',
    '<span class="title">Quarterly</span>',
    '<img src=x onerror=alert(1)>',
    'SELECT * FROM accounts;',
    'SELECT id, owner FROM opportunities WHERE stage = 5',
    'UPDATE accounts SET owner = 7',
    '2026-12-01 ERROR Failed to connect to database',
    '[2026-12-01] WARN disk almost full',
    'INFO 200 GET /api/v1/plans?page=3 12ms',
    '[ERROR] POST /v2/orders failed',
  ])('does not read %s as words', (text) => {
    expect(readsAsWords(text)).toBe(false);
  });
});

describe('classify on text that is not words', () => {
  it('makes a junk statement Unclear, saying why, unless its columns meet the threshold', () => {
    const verdict = classify({ title: 'qzvt xkrmw plbnq hjtr wxqz' });
    expect(verdict.label).toBe('Unclear');
    expect(verdict.reason).toMatch(/does not read as words/);
    const funded = { title: 'qzvt xkrmw plbnq', organization: 'Finance IT', leader: 'Dana Whitfield', budget: '$2.4M', end: '2027-06-30' };
    expect(classify(funded).label).toBe('Initiative');
  });

  it('does so for a bare cell too, as a custom function passes it', () => {
    expect(classify('qzvt xkrmw plbnq hjtr wxqz').label).toBe('Unclear');
  });
});
