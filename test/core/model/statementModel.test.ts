import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core';
import { defaultModel } from '../../../src/core/model/defaultModel';
import { rarityFeature, readFeatures } from '../../../src/core/model/features';
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
    const towardWork = [...score.strongest(false)];
    expect(towardWork.length).toBeGreaterThan(2);
    expect(towardWork.some((f) => f.text === 'Migrate')).toBe(true);
    for (let i = 1; i < towardWork.length; i++) expect(Math.abs(towardWork[i - 1].weight)).toBeGreaterThanOrEqual(Math.abs(towardWork[i].weight));
    expect(towardWork.every((f) => f.weight < 0)).toBe(true);
    expect([...score.strongest(true)].every((f) => f.weight > 0)).toBe(true);
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
    for (const junk of ['fdwrhuyrj xds mygvjr', 'qwpzk vbnmx trrrl', 'XJ-4471-B', 'SKU-44821-B', '4471', 'zzzz', 'CRM', '$2.4M', 'Total', 'Notes:', 'Page 2 of 3']) {
      const verdict = classify(junk);
      expect(verdict.label, junk).toBe('Unclear');
      expect(verdict.reason, junk).not.toMatch(/piece of work/);
    }
  });

  it('reads a line written in capitals by its words, and still takes short codes in it for codes', () => {
    expect(classify('CUT COST TO SERVE BY A THIRD')).toMatchObject({ label: 'Goal', basis: 'wording' });
    expect(classify('MIGRAR O ERP PARA A NUVEM')).toMatchObject({ label: 'Initiative', basis: 'wording' });
    expect(classify('SENKUNG DER KOSTEN UM EIN DRITTEL').label).toBe(classify('Senkung der Kosten um ein Drittel').label);
    for (const codes of ['CRM ERP SAP', 'SKU XJ-4471-B', 'QXZ VBNM']) expect(classify(codes).label, codes).toBe('Unclear');
  });

  it('calls a statement in an alphabet it was not trained on Unclear, whatever number it holds', () => {
    for (const text of ['Αύξηση πωλήσεων κατά 10%', 'Увеличить продажи на 10% к 2027 году', 'Повысить лояльность клиентов']) {
      const verdict = classify(text);
      expect(verdict.label, text).toBe('Unclear');
      expect(verdict.reason, text).toMatch(/words/i);
    }
  });

  it('reads ligatures as the letters they stand for', () => {
    expect(classify('Mise en œuvre du nouveau portail fournisseurs').label).toBe(classify('Mise en oeuvre du nouveau portail fournisseurs').label);
    expect(scoreStatement('Mise en œuvre du nouveau portail fournisseurs', defaultModel()).goal).toBe(scoreStatement('Mise en oeuvre du nouveau portail fournisseurs', defaultModel()).goal);
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

describe('scoring reads exactly the features training reads', () => {
  // Scoring takes a fast path (no feature list per row); training lists the features. Both
  // must see the same features, or the committed weights would score something else.
  const model = defaultModel();
  const rarity = (words: number, rare: number) => (words >= 2 ? rare / words : null);
  const statements = [
    'Increase EMEA revenue 20% by FY27',
    'Einführung eines zentralen Vertragsmanagements für 400 Mitarbeitende',
    'Réduire le taux d’attrition client à moins de 5 %',
    'Implantación de un ERP en la planta de embotellado',
    'Pass SOC 2 audit',
    'MEJORAR LA ATENCION AL CLIENTE EN TODAS LAS SUCURSALES',
    'Mise en œuvre du nouveau portail fournisseurs',
    'Αύξηση πωλήσεων κατά 10%',
    'Launch the partner portal, led by Dana Whitfield, $250k, by Q3 2027',
    'fdwrhuyrj xds mygvjr',
    'the the the to to and',
    '',
  ];
  it.each(statements)('“%s”', (text) => {
    const read = readFeatures(text);
    let z = model.bias;
    for (const hit of read.hits) z += model.weights.get(hit.name) ?? 0;
    const rare = read.words.filter((word) => !model.weights.has(word.word)).length;
    const share = rarity(read.words.length, rare);
    if (share !== null) z += model.weights.get(rarityFeature(rare, read.words.length)!) ?? 0;
    expect(scoreStatement(text, model).goal).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    expect(scoreStatement(text, model).features.map((f) => f.name)).toEqual(read.hits.map((h) => h.name));
  });
});
