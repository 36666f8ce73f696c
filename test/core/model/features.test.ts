import { describe, expect, it } from 'vitest';
import { statementFeatures } from '../../../src/core/model/features';
import { guessLanguage, stemWord } from '../../../src/core/model/stemmer';
import { statementWords } from '../../../src/core/model/words';

const names = (text: string) => statementFeatures(text).map((hit) => hit.name);

describe('statementWords', () => {
  it('folds case and accents, and classes numbers by what they are', () => {
    const words = statementWords('Réduire les coûts de 15 % d’ici 2027, budget 40 k€ ($2.5M)');
    expect(words.map((w) => w.form)).toEqual(['reduire', 'les', 'couts', 'de', '<pct>', 'ici', '<year>', 'budget', '<num>', 'k', '<money>', 'm']);
    expect(words[0]).toMatchObject({ text: 'Réduire', capital: true });
  });

  it('reads an elided article apart from its word', () => {
    expect(statementWords('Réduire le taux d’attrition dell’azienda').map((w) => w.form)).toEqual(['reduire', 'le', 'taux', 'attrition', 'azienda']);
  });

  it('keeps hyphenated words and apostrophes inside a word', () => {
    expect(statementWords("Roll out self-service O'Brien's portal").map((w) => w.form)).toEqual(['roll', 'out', 'self-service', 'obriens', 'portal']);
  });

  it('reads a huge cell only as far as a statement goes', () => {
    expect(statementWords('grow '.repeat(100_000)).length).toBeLessThan(200);
  });
});

describe('stemming', () => {
  it('guesses the language from function words', () => {
    expect(guessLanguage(['einfuhrung', 'der', 'e-akte', 'fur', 'die', 'verwaltung'])).toBe('de');
    expect(guessLanguage(['mettre', 'en', 'place', 'une', 'plateforme', 'pour', 'les', 'clients'])).toBe('fr');
    expect(guessLanguage(['implementar', 'el', 'sistema', 'de', 'los', 'pagos'])).toBe('es');
    expect(guessLanguage(['migrate', 'the', 'ledger'])).toBe('en');
    expect(guessLanguage([])).toBe('en');
  });

  it('merges the forms of one word', () => {
    for (const form of ['migrate', 'migrated', 'migrating', 'migration', 'migrates']) expect(stemWord(form, 'en')).toBe('migrat');
    expect(stemWord('massnahmen', 'de')).toBe(stemWord('massnahme', 'de'));
    expect(stemWord('plateformes', 'fr')).toBe(stemWord('plateforme', 'fr'));
    expect(stemWord('proyectos', 'es')).toBe(stemWord('proyecto', 'es'));
    expect(stemWord('process', 'en')).toBe('process');
  });
});

describe('statementFeatures', () => {
  it('names the opening, the kinds of words and the shape', () => {
    const features = names('Migrate the billing platform to the cloud');
    expect(features).toEqual(expect.arrayContaining(['f1:migrat', 'k:opens with a work verb', 'k:a named deliverable', 'w:bill', 'b:bill platform']));
    expect(names('Increase EMEA revenue 20% by FY27')).toEqual(expect.arrayContaining(['k:opens with a verb of change or result', 'k:a percentage']));
    expect(names('To become the most trusted provider')).toEqual(expect.arrayContaining(['f1:to', 'f2:becom']));
    expect(names('Customer Data Platform')).toContain('s:written as a title');
  });

  it('reads work verbs and deliverables in other languages', () => {
    expect(names('Einführung einer neuen Plattform für die Verwaltung')).toEqual(expect.arrayContaining(['k:opens with a work verb', 'k:a named deliverable']));
    expect(names('Mettre en place un portail client')).toContain('k:opens with a work verb');
    expect(names('Implementar un sistema de facturación electrónica')).toEqual(expect.arrayContaining(['k:opens with a work verb', 'k:a named deliverable']));
    expect(names('Aumentar las ventas un 10 %')).toContain('k:opens with a verb of change or result');
  });

  it('tells work named as a noun from a deliverable, and a verb from a noun it shares a stem with', () => {
    expect(names('Salesforce CPQ implementation')).toContain('k:names work to be done');
    expect(names('Schulungsprogramm Staplersicherheit für 400 Mitarbeitende')).toContain('k:a named deliverable');
    expect(names('Build a company that thrives')).not.toContain('k:a named deliverable');
    expect(names('Marktanteil in Österreich ausbauen')).not.toContain('k:closes with a work verb');
  });

  it('marks the criteria the words showed, when the engine found them', () => {
    expect(names('Pilot the kiosk')).not.toContain('c:a budget in the text');
    expect(statementFeatures('Pilot the kiosk', { budget: true }).map((h) => h.name)).toContain('c:a budget in the text');
  });

  it('keeps the user’s words for each feature', () => {
    const hit = statementFeatures('Migrate billing').find((h) => h.name === 'f1:migrat');
    expect(hit?.text).toBe('Migrate');
  });

  it('gives each feature once', () => {
    const features = names('grow grow grow revenue revenue');
    expect(new Set(features).size).toBe(features.length);
  });
});

describe('a statement that says it is a project', () => {
  it('is read in the languages plans are written in', () => {
    for (const text of [
      'A two-year programme that moves every branch onto the new teller software',
      'An effort led by the CFO office to take usage-based pricing live',
      'Ein vom Bund gefördertes Vorhaben, das alle Depots elektrifiziert',
      'Un projet qui remplace les compteurs de toute la commune',
      'Un programa de tres años que lleva la fibra a las escuelas rurales',
      'Un progetto che porta la telemedicina nelle valli',
      'Um projeto que digitaliza os arquivos da prefeitura',
    ]) {
      expect(names(text), text).toContain('k:says it is a project');
    }
  });

  it('is not read where the project is only named or done', () => {
    for (const text of ['Complete the billing project', 'Deliver the program on budget', 'Grow project revenue 20%', 'Project Atlas']) {
      expect(names(text), text).not.toContain('k:says it is a project');
    }
  });
});

