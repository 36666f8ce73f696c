import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, type PlanRecord } from '../../src/core';

const full: PlanRecord = {
  title: 'Migrate the core banking ledger to the cloud',
  organization: 'Finance IT',
  leader: 'Dana Whitfield',
  manager: 'Raj Patel',
  budget: '$2.4M',
  start: '2026-01-15',
  end: '2027-06-30',
};

describe('classify on structured rows', () => {
  it('calls a row meeting all five criteria an Initiative, with evidence for each', () => {
    const verdict = classify(full);
    expect(verdict.label).toBe('Initiative');
    expect(verdict.score).toBe(5);
    expect(verdict.criteria).toEqual({ program: true, organization: true, leadership: true, budget: true, timeframe: true });
    expect(verdict.evidence.organization).toBe('Finance IT');
    expect(verdict.evidence.leadership).toContain('Dana Whitfield');
    expect(verdict.evidence.budget).toBe('$2.4M');
    expect(verdict.reason).toMatch(/^5\/5 criteria: program/);
    expect(verdict.theme).toBeNull();
    expect(verdict.facts.budget).toMatchObject({ amount: 2_400_000, currency: 'USD' });
    expect(verdict.facts.timeframe).toMatchObject({ start: '2026-01-15', end: '2027-06-30' });
  });

  it('does not count a role as a named leader, nor TBD as a budget', () => {
    const verdict = classify({ ...full, leader: 'CFO', manager: '', budget: 'TBD' });
    expect(verdict.criteria.leadership).toBe(false);
    expect(verdict.criteria.budget).toBe(false);
    expect(verdict.score).toBe(3);
    expect(verdict.label).toBe('Initiative');
  });

  it('applies the threshold option', () => {
    const three = { ...full, leader: '', manager: '', budget: '' };
    expect(classify(three)).toMatchObject({ label: 'Initiative', basis: 'criteria' });
    const strict = classify(three, { threshold: 4 });
    expect(strict).toMatchObject({ label: 'Unclear', score: 3 });
    expect(strict.reason).toContain('an initiative needs 4');
  });

  it('lets the wording stand in only for criteria the plan has no column for', () => {
    const title = 'Migrate the core banking ledger to the cloud';
    // No budget or date columns: the plan cannot show them, so the wording decides.
    const thin = classify({ title, organization: 'Finance IT' });
    expect(thin).toMatchObject({ label: 'Initiative', basis: 'wording', score: 2 });
    expect(thin.reason).toContain('not by the 3-of-5 rule');
    // The same row with those columns left empty is an idea, not yet an initiative.
    expect(classify({ title, organization: 'Finance IT', leader: '', budget: '', end: '' }).label).toBe('Unclear');
  });

  it('calls a measurable end result with an executive owner a Goal, with its theme', () => {
    const verdict = classify({ title: 'Grow commercial lending revenue 15% by FY27', owner: 'CFO', budget: 'n/a', end: 'FY27', organization: '' });
    expect(verdict).toMatchObject({ label: 'Goal', basis: 'wording', theme: 'Growth' });
    // The wording's own figure, and the figure with the executive owner where that differs.
    expect(verdict.reason).toMatch(/^Goal by its wording \(\d+%(?:; \d+% with what the plan says of it)?\)/);
    expect(verdict.reason).toContain('owned by an executive role (“CFO”)');
  });

  it('keeps a goal a Goal even when it has an owner, a unit and a deadline', () => {
    const verdict = classify({ title: 'Reduce patient readmissions below 12%', organization: 'Clinical Operations', owner: 'Renata Szabo', end: '2027-12-31' });
    expect(verdict.score).toBe(3);
    expect(verdict.label).toBe('Goal');
    expect(verdict.theme).toBe('Risk mitigation');
  });

  it('lets the wording decide a row with an owner, a unit and a date but no program, in every language', () => {
    const columns = { owner: 'Tereza Novak', organization: 'Finance', end: 'FY2027' };
    for (const title of ['Elevar a margem EBITDA para 25%', 'Reduzierung der Energiekosten um 20 %', 'Expand into three new EU markets by 2029', 'Raddoppiare le vendite online']) {
      const verdict = classify({ title, ...columns });
      expect(verdict, title).toMatchObject({ label: 'Goal', basis: 'wording', score: 3 });
      expect(verdict.reason, title).toMatch(/^An end result, not a defined program/);
    }
    for (const title of ['Migrate the payroll system to the cloud', 'Einführung eines Ticketsystems im Kundenservice', 'Introdurre un CRM per la rete vendita']) {
      expect(classify({ title, ...columns }), title).toMatchObject({ label: 'Initiative', basis: 'criteria' });
    }
  });

  it('takes a budget for a program: only wording unmistakably a result overrides one', () => {
    const columns = { owner: 'Tereza Novak', organization: 'Sales', budget: '€300k', end: 'Q4 2027' };
    expect(classify({ title: 'Lancio della nuova app per i clienti', ...columns })).toMatchObject({ label: 'Initiative', basis: 'criteria' });
    expect(classify({ title: 'Customer onboarding in the Nordics', ...columns })).toMatchObject({ label: 'Initiative', basis: 'criteria' });
    expect(classify({ title: 'Grow recurring revenue in the Nordics by 20% by 2028', ...columns })).toMatchObject({ label: 'Goal', basis: 'wording' });
  });

  it('uses the parent links of the plan as a goal signal, and says the parent decided', () => {
    const row: PlanRecord = { title: 'Streamline onboarding in the region', organization: 'Marketing' };
    expect(classify(row).label).not.toBe('Goal');
    const parent = classify(row, {}, { isParent: true });
    expect(parent).toMatchObject({ label: 'Goal', basis: 'parent' });
    expect(parent.reason).toMatch(/^Other rows name it as their parent/);
  });

  it('says “one word that carries meaning” of a line with a second word that is a code', () => {
    const verdict = classify('Neues CRM');
    expect(verdict.label).toBe('Unclear');
    expect(verdict.reason).toMatch(/^One word that carries meaning is too little to judge by wording \(“Neues CRM”\)/);
    expect(classify('Innovation').reason).toMatch(/^One word is too little/);
  });

  it('says it was the plan, not the wording, when an executive owner tips a row to Goal', () => {
    const verdict = classify({ title: 'Partner ecosystem in the Nordics', owner: 'CEO' });
    expect(verdict.label).toBe('Goal');
    expect(verdict.reason).toMatch(/^Goal by what the plan says of it \(\d+%; the wording alone \d+% goal\)/);
    expect(verdict.reason).toContain('owned by an executive role (“CEO”)');
    expect(classify({ title: 'Partner ecosystem in the Nordics' }).label).not.toBe('Goal');
  });

  it('is Unclear, saying what is missing, when a program meets too few of the criteria its plan records', () => {
    const verdict = classify({ title: 'Pilot an AI assistant for branch staff', organization: 'Retail Banking', owner: 'CIO', manager: '', budget: 'TBD', end: 'TBD' });
    expect(verdict).toMatchObject({ label: 'Unclear', basis: 'wording', score: 2 });
    expect(verdict.reason).toMatch(/^Reads as work/);
    expect(verdict.reason).toContain('2/5 criteria (program, organization); an initiative needs 3');
    expect(verdict.reason).toContain('“CIO” is a role, not a named leader');
  });

  it('reads a key result, or a labelled objective that says a result, as a result to reach unless it names work', () => {
    for (const title of ['KR2: 5 new logos in DACH by end of Q3', 'KR1 : 6 nouveaux partenaires d’ici juin', 'KR: NPS above 45 in the enterprise segment', 'O2: Kundenzufriedenheit deutlich steigern (NPS > 50)']) {
      const verdict = classify({ title });
      expect(verdict.label, title).toBe('Goal');
      expect(verdict.goalSignals.some((signal) => /^labelled “(KR2|KR1|KR|O2)”, a result to reach$/.test(signal)), title).toBe(true);
    }
    for (const title of ['KR 3: migrate every tenant to the new cluster by August', 'KR3: Launch the partner portal in Q2', 'Goal 2: New CRM for the field team', 'Objective: Migrate all plants to SAP S/4HANA']) {
      expect(classify({ title }).label, title).toBe('Initiative');
    }
  });

  it('treats a seller to-do note as Unclear, not a program', () => {
    expect(classify({ title: 'Follow up with procurement', organization: '', budget: '' }).label).toBe('Unclear');
  });

  it('keeps a row that opens with work a program even when it names a target or a scope', () => {
    const verdict = classify({ title: 'Implement e-invoicing with the top 50 customers to cut DSO 10%', organization: 'Finance Systems', leader: 'Lara Novak', budget: '€150k', end: '2026-10-31' });
    expect(verdict.criteria.program).toBe(true);
    expect(verdict).toMatchObject({ label: 'Initiative', score: 5 });
  });

  it('does not read a budget out of the description when the plan has a budget column', () => {
    const verdict = classify({ title: 'Reduce readmissions below 12%', description: 'Penalties cost $3.1M last year', budget: '' });
    expect(verdict.criteria.budget).toBe(false);
  });
});

describe('classify on bare statements', () => {
  it.each([
    'Implement the Epic discharge planning module',
    'Vendor consolidation program',
    'Redesign the onboarding portal for new dealers',
    'Construct a new maintenance depot. Priority: High. Timing: complete by 2027. Lead Owner: Facilities Department.',
    'Implement e-invoicing with the top 50 customers',
    'Replace the regional dispatch system with a $4 million cloud platform',
  ])('“%s” is an Initiative by its form', (text) => {
    const verdict = classify(text);
    expect(verdict.label).toBe('Initiative');
    expect(verdict.criteria.program).toBe(true);
  });

  it.each([
    'Increase EMEA revenue 20% by FY27',
    'Reduce churn below 5%',
    'Become the #1 rated provider in the Midwest',
    'Be the most trusted partner for regional hospitals',
    '40% of new bookings come from partners',
    'Quality first: we believe every customer deserves a same-day answer.',
  ])('“%s” is a Goal', (text) => {
    expect(classify(text).label).toBe('Goal');
  });

  it('says in the reason that the wording, not the 3-of-5 rule, decided a single statement', () => {
    const verdict = classify('Implement the Epic discharge planning module');
    expect(verdict.basis).toBe('wording');
    expect(verdict.reason).toMatch(/^Initiative by its wording \(\d+%\), not by the 3-of-5 rule: .*“Implement”.*; 1\/5 criteria \(program\)$/);
  });

  it('reads criteria written into the text', () => {
    const verdict = classify('Launch the partner program, led by Dana Whitfield with a $250k budget, by Q3 2027');
    expect(verdict.criteria).toMatchObject({ program: true, leadership: true, budget: true, timeframe: true });
    expect(verdict.label).toBe('Initiative');
  });

  it.each([
    ['', 'empty'],
    ['#N/A', 'error value #N/A'],
    ['#REF!', 'error value #REF!'],
    [42, 'not a statement'],
    [true, 'not a statement'],
    [new Date(2026, 0, 1), 'not a statement'],
    [null, 'empty'],
  ])('gives %j a reason, not a crash', (value, reason) => {
    const verdict = classify(value as never);
    expect(verdict.label).toBe('Unclear');
    expect(verdict.reason).toContain(reason);
  });

  it('reads a 50,000-character cell', () => {
    const verdict = classify('Implement the new platform and '.repeat(1700));
    expect(verdict.label).toBe('Initiative');
  });
});

const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constant(''),
  fc.constant(null),
  fc.constantFrom('#N/A', '#REF!', '#VALUE!', 'TBD', '$2.4M', 'Q3 2026', 'Dana Whitfield', 'CFO', '1.250.000,00 €'),
);
const record = fc.record(
  {
    title: cell, description: cell, organization: cell, leader: cell, manager: cell, owner: cell, sponsor: cell,
    budget: cell, start: cell, end: cell, timeframe: cell, parent: cell, id: cell, account: cell,
  },
  { requiredKeys: [] },
);

describe('classify properties', () => {
  it('never throws and is deterministic for any cell values', () => {
    fc.assert(
      fc.property(fc.oneof(cell, record), fc.integer({ min: -2, max: 8 }), (input, threshold) => {
        const first = classify(input as never, { threshold });
        const second = classify(input as never, { threshold });
        expect(second).toEqual(first);
        expect(['Initiative', 'Goal', 'Unclear']).toContain(first.label);
        expect(first.score).toBe(Object.values(first.criteria).filter(Boolean).length);
        expect(first.reason.length).toBeGreaterThan(0);
        expect(first.reason).not.toContain('Could not read');
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same verdict without its wording when the caller shows no reason', () => {
    fc.assert(
      fc.property(fc.oneof(cell, record), (input) => {
        const shown = classify(input as never);
        const bare = classify(input as never, { explain: false });
        expect(bare).toEqual({ ...shown, reason: bare.reason, goalSignals: [] });
        // Rows it cannot read at all keep their one fixed message; every other reason is left unworded.
        expect([shown.reason, '']).toContain(bare.reason);
      }),
      { numRuns: 1000 },
    );
  });

  it('calls a row an Initiative below the threshold only by its wording, and says so', () => {
    fc.assert(
      fc.property(record, fc.integer({ min: 1, max: 5 }), (input, threshold) => {
        const verdict = classify(input as never, { threshold });
        if (verdict.basis === 'criteria') expect(verdict.score).toBeGreaterThanOrEqual(threshold);
        if (verdict.label === 'Initiative' && verdict.score < threshold) {
          expect(verdict.basis).toBe('wording');
          expect(verdict.reason).toContain(`not by the ${threshold}-of-5 rule`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
