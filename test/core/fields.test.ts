import { describe, expect, it } from 'vitest';
import { fieldOfHeader, headerKey, isListHeader } from '../../src/core/fields';

describe('fieldOfHeader', () => {
  it.each([
    // CRM account-plan exports
    ['Objective Name', 'title'],
    ['Objective ID', 'id'],
    ['Account Name', 'account'],
    ['Business Unit', 'organization'],
    ['Executive Sponsor', 'sponsor'],
    ['Owner', 'owner'],
    ['Project Manager', 'manager'],
    ['Due Date', 'end'],
    ['Start Date', 'start'],
    ['Parent Objective', 'parent'],
    // planning-sheet words
    ['What', 'title'],
    ['Why', 'description'],
    ['Team', 'organization'],
    ['Funding', 'budget'],
    ['When', 'timeframe'],
    ['Parent', 'parent'],
    // Italian plans (a PNRR or three-year plan, an Italian subsidiary's account plan)
    ['Obiettivo / Azione', 'title'],
    ['Struttura', 'organization'],
    ['Struttura responsabile', 'organization'],
    ['Responsabile', 'leader'],
    ['Importo (EUR)', 'budget'],
    ['Data di inizio', 'start'],
    ['Scadenza', 'end'],
    ['Scadenza prevista', 'end'],
    ['Obiettivo collegato', 'parent'],
    ['Descrizione', 'description'],
    ['Cliente', 'account'],
    // Portuguese plans (a Brazilian or Portuguese account's plan)
    ['Conta', 'account'],
    ['Objetivo', 'title'],
    ['Área responsável', 'organization'],
    ['Responsável', 'leader'],
    ['Gerente do projeto', 'manager'],
    ['Orçamento (R$)', 'budget'],
    ['Data de início', 'start'],
    ['Prazo', 'end'],
    ['Data de conclusão prevista', 'end'],
    ['Objetivo vinculado', 'parent'],
    ['Descrição', 'description'],
    // case, punctuation, units in brackets
    ['BUDGET (USD)', 'budget'],
    ['budget [€]', 'budget'],
    ['  project-manager ', 'manager'],
    ['Initiative Budget 2026', 'budget'],
    ['Planned Start', 'start'],
    ['Owning Business Unit', 'organization'],
    ['Goal ID', 'parent'],
    // German, French, Spanish
    ['Beschreibung', 'description'],
    ['Abteilung', 'organization'],
    ['Projektleiter', 'leader'],
    ['Fälligkeit', 'end'],
    ['Kosten', 'budget'],
    ['Intitulé', 'title'],
    ['Date de début', 'start'],
    ['Échéance', 'end'],
    ['Équipe', 'organization'],
    ['Chef de projet', 'manager'],
    ['Presupuesto', 'budget'],
    ['Fecha de fin', 'end'],
    ['Descripción', 'description'],
    ['Responsable', 'leader'],
  ])('%s -> %s', (header, field) => {
    expect(fieldOfHeader(header)?.field).toBe(field);
  });

  it('says whether the whole header matched or only a telling word', () => {
    expect(fieldOfHeader('Budget')?.match).toBe('exact');
    expect(fieldOfHeader('Budget (USD)')?.match).toBe('exact');
    expect(fieldOfHeader('Approved Budget FY27')?.match).toBe('partial');
  });

  it.each(['', 'Type', 'Status', 'Colour', '42', 'Stage'])('maps %j to nothing', (header) => {
    expect(fieldOfHeader(header)).toBeNull();
  });

  it('folds case, accents, punctuation and bracketed units', () => {
    expect(headerKey('Échéance (dd/mm/yyyy)')).toBe('echeance');
    expect(headerKey('Budget_Amount')).toBe('budget amount');
  });
});

describe('isListHeader', () => {
  it.each(['Statement', 'Text', 'Description', 'Item', 'GOALS', 'Objectives'])('%s heads a list of statements', (word) => {
    expect(isListHeader(word)).toBe(true);
  });
  it.each(['Grow ARR 3x', 'Review zoning in light of plan goals', ''])('%j is a statement, not a header', (text) => {
    expect(isListHeader(text)).toBe(false);
  });
});
