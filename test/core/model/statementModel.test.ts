import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core';
import { defaultModel } from '../../../src/core/model/defaultModel';
import { scoreStatement } from '../../../src/core/model/statementModel';

// Statements written for these tests, in the ways plans put them; none is from the corpus.
const GOALS = [
  'Increase EMEA revenue 20% by FY27',
  'Reduce customer churn below 5%',
  'Become the most trusted logistics partner for mid-market retailers',
  'Net promoter score of 60 or more by the end of 2027',
  '95% of orders ship within 24 hours',
  'Cut unplanned downtime in half across all plants',
  'Umsatz im Mittelstand bis 2028 um 15 % steigern',
  'Réduire de 30 % les émissions de CO2 du parc de véhicules',
  'Aumentar la satisfacción de los clientes al 90 %',
];
const INITIATIVES = [
  'Implement the Epic discharge planning module',
  'Migrate the core ledger to the cloud',
  'Roll out driver telematics to 1,200 trucks',
  'Pilot an AI assistant for branch staff',
  'Replace the legacy billing system',
  'Einführung eines neuen Dokumentenmanagementsystems',
  'Mise en place d’un portail fournisseurs',
  'Implementar un sistema de facturación electrónica',
];

describe('the shipped statement model', () => {
  const model = defaultModel();

  it('is trained: thousands of weighed features and an Unclear band', () => {
    expect(model.weights.size).toBeGreaterThan(1000);
    expect(model.band).toBeGreaterThan(0);
    expect(model.band).toBeLessThan(0.2);
  });

  it.each(GOALS)('reads “%s” as a goal', (text) => {
    expect(scoreStatement(text, model).goal).toBeGreaterThan(0.5);
  });

  it.each(INITIATIVES)('reads “%s” as an initiative', (text) => {
    expect(scoreStatement(text, model).goal).toBeLessThan(0.5);
  });

  it('knows the words of a real statement and not those of gibberish', () => {
    const real = scoreStatement('Migrate the core ledger to the cloud', model);
    expect(real.known).toBe(real.words);
    const junk = scoreStatement('fdwrhuyrj xds mygvjr', model);
    expect(junk.words).toBe(3);
    expect(junk.known).toBeLessThan(2);
  });

  it('names the features that weighed most, with the user’s words', () => {
    const score = scoreStatement('Migrate the core ledger to the cloud', model);
    expect(score.top.length).toBeGreaterThan(2);
    expect(score.top.some((f) => f.text === 'Migrate')).toBe(true);
    for (let i = 1; i < score.top.length; i++) expect(Math.abs(score.top[i - 1].weight)).toBeGreaterThanOrEqual(Math.abs(score.top[i].weight));
  });
});

describe('classify by wording', () => {
  it('says the wording decided, and why, in words', () => {
    const verdict = classify('Migrate the core ledger to the cloud');
    expect(verdict).toMatchObject({ label: 'Initiative', basis: 'wording' });
    expect(verdict.reason).toMatch(/^Initiative by its wording \(\d+%\), not by the 3-of-5 rule: .*“Migrate”/);
    const goal = classify('Increase EMEA revenue 20% by FY27');
    expect(goal).toMatchObject({ label: 'Goal', basis: 'wording', theme: 'Growth' });
    expect(goal.reason).toMatch(/^Goal by its wording \(\d+%\)/);
  });

  it('calls gibberish, codes and bare numbers Unclear, never a piece of work', () => {
    for (const junk of ['fdwrhuyrj xds mygvjr', 'qwpzk vbnmx trrrl', 'XJ-4471-B', 'SKU-44821-B', '4471', 'zzzz', 'CRM', '$2.4M']) {
      const verdict = classify(junk);
      expect(verdict.label, junk).toBe('Unclear');
      expect(verdict.reason, junk).not.toMatch(/piece of work/);
    }
  });

  it('lets criteria in the words decide, and says so', () => {
    const verdict = classify('Implement Okta SSO — CISO office, John Park, $180K, 6 months');
    expect(verdict).toMatchObject({ label: 'Initiative', basis: 'criteria' });
    expect(verdict.score).toBeGreaterThanOrEqual(4);
  });

  it('uses the model it is given', () => {
    const model = { ...defaultModel(), weights: new Map([['w:ledger', 9]]), bias: 0 };
    expect(classify('Migrate the core ledger', { model }).label).toBe('Goal');
  });
});
