import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPersonInText, parsePerson } from '../../src/core/people';

describe('parsePerson', () => {
  it.each([
    ['Dana Whitfield', 'Dana Whitfield'],
    ['Whitfield, Dana', 'Dana Whitfield'],
    ['Dana Whitfield (CFO)', 'Dana Whitfield'],
    ['CFO - Dana Whitfield', 'Dana Whitfield'],
    ['Dana Whitfield, VP Sales', 'Dana Whitfield'],
    ['Raj Patel / Ana Ruiz', 'Raj Patel'],
    ['Dr. Amara Osei', 'Dr. Amara Osei'],
    ['Ing. Paolo Rinaldi', 'Ing. Paolo Rinaldi'],
    ['Dott.ssa Giulia Ferri', 'Dott.ssa Giulia Ferri'],
    ['Dipl.-Ing. Jana Berg', 'Dipl.-Ing. Jana Berg'],
    ['Lic. Ana Ruiz', 'Lic. Ana Ruiz'],
    ['J. Smith', 'J. Smith'],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
    ["Siobhan O'Neil", "Siobhan O'Neil"],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Lucía Fernández', 'Lucía Fernández'],
    ['dana.whitfield@example.com', 'dana.whitfield@example.com'],
  ])('%s is a named person', (cell, name) => {
    expect(parsePerson(cell)).toEqual({ kind: 'person', name });
  });

  it.each(['Leiter Vertrieb', 'Directeur commercial', 'Jefe de ventas', 'Directora de Operaciones', 'Responsabile Acquisti', 'Geschäftsführer', 'CFO', 'VP Customer Success', 'Head of Revenue', 'Chief Risk Officer', 'Director of Safety', 'Planning Department', 'EMEA Sales Team', 'IT Ops', 'Human Resources', 'Help Desk', 'Acme Corp', 'Innovation Lab', 'sales-ops@example.com'])(
    '%s is a role or a group, not an identified leader',
    (cell) => {
      expect(parsePerson(cell).kind).toBe('role');
    },
  );

  it.each(['', 'TBD', 'n/a', '-', 'Unassigned', null, undefined, 42, true, new Date(2026, 0, 1), '#N/A'])('%j names no one', (cell) => {
    expect(parsePerson(cell as never).kind).toBe('none');
  });

  it('never throws and is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.double(), fc.boolean(), fc.date(), fc.constant(null)), (value) => {
        expect(parsePerson(value as never)).toEqual(parsePerson(value as never));
      }),
    );
  });
});

describe('findPersonInText', () => {
  it.each([
    ['Migration led by Dana Whitfield, due Q3', 'Dana Whitfield'],
    ['PM: Raj Patel. Budget $2M', 'Raj Patel'],
    ['Sponsored by Maria Lopez and run by the PMO', 'Maria Lopez'],
    ['Partner portal, owner Priya, go-live in May', 'Priya'],
    ['Implement Okta SSO — CISO office, John Park, $180K, 6 months', 'John Park'],
    ['Renewal playbook led by Tom Hale', 'Tom Hale'],
    ['Outbound sequences for Sales Dev (Lena)', 'Lena'],
    ['Neues CRM einführen, geleitet von Jana Schulz', 'Jana Schulz'],
    ['Portail fournisseurs, piloté par Claire Martin', 'Claire Martin'],
    ['Nuevo ERP, liderado por Lucía Gómez', 'Lucía Gómez'],
    ['Migrazione del CRM, responsabile: Marco Bianchi', 'Marco Bianchi'],
    // Initials, a colon after a space, a name before the verb, and the cues of more languages.
    ['New CPQ rollout, sponsor: K. Osei, Q2', 'K. Osei'],
    ['Neues Lagerverwaltungssystem, Leitung: M. Schulte', 'M. Schulte'],
    ['Nouveau portail, directeur : Paul Girard', 'Paul Girard'],
    ['Nuovo CRM, direttore Luca Rossi', 'Luca Rossi'],
    ['Novo CRM para vendas, responsável: Ana Souza', 'Ana Souza'],
    ['Jane Liu leads the CPQ rollout', 'Jane Liu'],
    ['VP Customer Care Luis Ferraz owns the contact-centre move', 'Luis Ferraz'],
    // An honorific and a surname after a cue name a person.
    ['Neues ERP, Verantwortlich: Dr. Meier, Q3', 'Dr. Meier'],
    ['Lagerumbau Halle 3, PL: Frau Schulz', 'Frau Schulz'],
    ['Owner: Dr. Priya Raman', 'Dr. Priya Raman'],
  ])('%s', (text, name) => {
    expect(findPersonInText(text)).toBe(name);
  });

  it.each([
    'Lead Owner: Planning Department',
    'Grow ARR 3x YoY',
    'Led by the Finance IT team',
    'Owner: CFO',
    'Pilot (Phase 2) in the north region',
    'Grow revenue in Europe (EMEA)',
    'Open stores in the north, South America, Western Europe',
    'Verantwortlich: Leiter Vertrieb',
    'Responsable : Directeur commercial',
    'A cargo de: Jefe de ventas',
    'Neues CRM, Leiter Vertrieb',
    'Nuovo CRM, direttore commerciale',
    'Novo CRM, responsável TI',
    'Manufacturing Systems owns the MES rollout',
    'Customer Success leads the renewal motion',
  ])('%s names no person', (text) => {
    expect(findPersonInText(text)).toBeNull();
  });
});
