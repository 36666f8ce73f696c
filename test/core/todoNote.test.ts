import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core';
import { isTodoNote } from '../../src/core/todoNote';

describe('isTodoNote', () => {
  it('reads a seller’s notes to self as notes', () => {
    for (const note of [
      'Follow up with procurement',
      'Follow-up: pricing sheet',
      'Call back re: renewal',
      'Call Priya about the renewal',
      'Ask finance about budget',
      'Need org chart for the lab team',
      'Check in after the QBR',
      'Meet with the CFO next week',
      'Sync up with IT on SSO',
      'Email the deck to Marco',
      'Send pricing over to procurement',
      'Discuss scope with the plant manager',
      'Get back to Lena on licences',
      'Reach out to the new CISO',
      'Circle back after budget season',
      'TODO: confirm headcount',
      'To do – chase the signed SOW',
      'Note: numbers from last call',
      'Nachfassen beim Einkauf',
      'Relancer le service achats',
      'Llamar a Pedro por la renovación',
      'Termin mit Frau Kaiser vereinbaren',
      'Enviar propuesta revisada a Marta',
      'Envoyer le devis à Paul',
      'Sentire Giulia per il preventivo',
      'Rückruf wegen Vertragsverlängerung',
      'Ligar para o diretor de TI sobre a demo',
    ]) {
      expect(isTodoNote(note), note).toBe(true);
    }
  });

  it('does not take plan lines that open with the same verbs for notes', () => {
    for (const line of [
      'Call center consolidation across three regions',
      'Meet systemwide vending nutrition targets',
      'Meet every contractual SLA in 2027',
      'Email security gateway replacement',
      'Get the invoice exception rate under 3%',
      'Get to net zero in our own operations by 2040',
      'Sync and async APIs behave the same',
      'Send fewer than 2% of orders late',
      'Send the monthly usage report to the customer’s operations lead before every quarterly business review',
      'Check-in kiosks in every branch',
      'Needs-based scholarship program for first-generation students',
      'Todo el personal formado en ciberseguridad antes de 2027',
      'Todos los centros con energía renovable',
      'Discuss',
      'Increase repeat purchases by 15%',
      'Enviar el 100% de los pedidos a tiempo',
      'Schedule adherence above 95% in every contact centre',
      // Plans schedule work with others too.
      'Schedule quarterly reviews with the regional partners',
      'Terminplanung der Außendienstbesuche automatisieren',
      'Ligar o novo data center à rede de fibra',
    ]) {
      expect(isTodoNote(line), line).toBe(false);
    }
  });

  it('reads a line whose first word names a built-in of JavaScript objects like any other line', () => {
    for (const line of ['Constructor of the new assembly plant by 2027', 'Constructor partner onboarding for all sites', 'Hasownproperty review']) {
      expect(isTodoNote(line), line).toBe(false);
      expect(classify(line).reason, line).not.toMatch(/Could not read/);
    }
  });
});
