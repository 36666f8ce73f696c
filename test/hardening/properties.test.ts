/**
 * Properties of the engine on inputs nobody wrote by hand, beyond what test/core already
 * covers (classify, parsePerson, and money and time-frames on arbitrary strings): text
 * built from the fragments real plans use, whole random sheets, random parent links with
 * cycles, and random plans rolled up. Each part must never throw, give the same answer
 * twice, and keep its promises (totals add up, chains end, Goalpost knows its own cells).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRollup,
  chainOf,
  classify,
  detectLayout,
  FIELDS,
  findMoneyInText,
  findTimeFrameInText,
  parseMoney,
  parseTimeFrame,
  PlanError,
  planItems,
  resolveLinks,
  rollupLines,
  rollupTable,
  ROLLUP_TABLE_HEADERS,
  verdictCells,
  whyChainText,
  type CellValue,
  type LinkItem,
  type PlanItem,
  type PlanRecord,
} from '../../src/core';
import { findOrganizationInText, parseOrganization } from '../../src/core/organization';
import { couldBeOutput } from '../../src/gas/outputRow';

const TODAY = new Date(2026, 0, 15);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u2028\u2029]/;

/** What Sheets or a CSV reader can hand over for one cell. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constantFrom('', null, undefined, '#N/A', '#REF!', 'TBD', '0', '-'),
);

/** Words and symbols real plans are made of, so random text reaches the parsers' real paths. */
const FRAGMENTS = [
  '$', '€', '£', 'USD', 'EUR', 'CHF', 'k', 'M', 'mn', 'bn', 'million', '2.4', '85', '1.250.000,00', '90,000', '0', '-', '–', '/', ',', '.', ':',
  'Q3', 'Q1', 'H2', 'FY27', 'FY2026', '2026', '2027', '2026-01-15', '15/01/2026', '1.3.2026', 'Jan', 'March', 'next', 'over', '6 months',
  '18 months', 'by', 'from', 'to', 'until', 'through', 'budget', 'funded with', 'TBD', 'n/a', 'team', 'Finance IT', 'the PMO', 'EMEA sales',
  'Department', 'owned by', 'led by', 'PM:', 'Dana Whitfield', 'CFO', 'implement', 'migrate', 'roll out', 'pilot', 'program', 'increase',
  'revenue', '20%', 'reduce churn', 'below', '5%', '(', ')', '"', "'", '=', '+', '@', '#', '\u200b', '\u00a0', '\n', '🚀', 'زيادة', 'הטמעת',
];
const planText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((words) => words.join(' '));
const planLikeText = fc.oneof(planText, planText.map((text) => text.replace(/ /g, '')));

function deterministic<T>(work: () => T): T {
  const first = work();
  expect(work()).toEqual(first);
  return first;
}

describe('the parsers on text made of plan fragments', () => {
  it('read money only as a positive, finite amount in a known currency or none, found in the text', () => {
    fc.assert(
      fc.property(planLikeText, (text) => {
        const cell = deterministic(() => parseMoney(text));
        if (cell.kind === 'amount') {
          expect(cell.money.amount).toBeGreaterThan(0);
          expect(Number.isFinite(cell.money.amount)).toBe(true);
          if (cell.money.currency !== null) expect(cell.money.currency).toMatch(/^[A-Z]{3}$/);
        }
        const found = deterministic(() => findMoneyInText(text));
        if (found) {
          expect(found.amount).toBeGreaterThan(0);
          expect(Number.isFinite(found.amount)).toBe(true);
          expect(text).toContain(found.text);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('read time-frames only as real days, start not after end, found in the text', () => {
    const realDay = (iso: string) => {
      expect(iso).toMatch(ISO_DAY);
      const [y, m, d] = iso.split('-').map(Number);
      const date = new Date(Date.UTC(y, m - 1, d));
      expect(date.toISOString().slice(0, 10)).toBe(iso);
    };
    fc.assert(
      fc.property(planLikeText, (text) => {
        for (const frame of [deterministic(() => parseTimeFrame(text, TODAY)), deterministic(() => findTimeFrameInText(text, TODAY))]) {
          if (!frame) continue;
          if (frame.start) realDay(frame.start);
          if (frame.end) realDay(frame.end);
          if (frame.start && frame.end) expect(frame.start <= frame.end).toBe(true);
        }
        const found = findTimeFrameInText(text, TODAY);
        if (found) expect(text).toContain(found.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('read an organization as readable one-line text from the cell, or none', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, planLikeText), (value) => {
        const organization = deterministic(() => parseOrganization(value));
        if (organization !== null) {
          expect(organization.trim()).toBe(organization);
          expect(organization.length).toBeGreaterThan(0);
          expect(organization).not.toMatch(CONTROL);
        }
        if (typeof value === 'string') {
          const found = deterministic(() => findOrganizationInText(value));
          if (found !== null) expect(found.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

const HEADER_WORDS = ['ID', 'Account', 'Title', 'Objective', 'Description', 'Team', 'Owning team', 'Leader', 'Owner', 'PM', 'Sponsor', 'Budget', 'Funding (USD)', 'Start', 'End', 'Due', 'Timeframe', 'Parent', 'Goal', 'Notes', ''];
const headerCell = fc.oneof(fc.constantFrom(...HEADER_WORDS), fc.string({ maxLength: 12 }), anyCell);
const grid = fc
  .integer({ min: 1, max: 8 })
  .chain((width) =>
    fc.tuple(
      fc.array(headerCell, { minLength: width, maxLength: width }),
      fc.array(fc.array(fc.oneof(anyCell, planLikeText), { minLength: 0, maxLength: width + 1 }), { maxLength: 8 }),
    ),
  )
  .map(([header, rows]) => [header, ...rows]);
const overrides = fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.constantFrom(...HEADER_WORDS), fc.string({ maxLength: 8 })), { maxKeys: 3 });

describe('detectLayout on random sheets', () => {
  it('maps a text column to real columns, or says why it cannot with a PlanError, the same way every time', () => {
    fc.assert(
      fc.property(grid, overrides, fc.constantFrom(undefined, true, false), (rows, mapping, hasHeaderRow) => {
        const read = () => {
          try {
            return detectLayout(rows, { overrides: mapping, hasHeaderRow });
          } catch (error) {
            expect(error).toBeInstanceOf(PlanError);
            expect((error as Error).message.length).toBeGreaterThan(0);
            return (error as Error).message;
          }
        };
        const layout = deterministic(read);
        if (typeof layout === 'string') return;
        const width = Math.max(...rows.map((row) => row.length));
        expect(layout.headers).toHaveLength(width);
        for (const header of layout.headers) expect(header.length).toBeGreaterThan(0);
        expect(layout.columns.title !== undefined || layout.columns.description !== undefined).toBe(true);
        for (const [field, at] of Object.entries(layout.columns)) {
          expect(FIELDS).toContain(field);
          expect(Number.isInteger(at) && at! >= 0 && at! < width, `${field} → ${at}`).toBe(true);
          expect(layout.how[field as keyof typeof layout.how]).toMatch(/^(explicit|header|content)$/);
        }
        // Every data row then classifies into cells Goalpost recognises as its own on the next run.
        for (const item of planItems(rows.slice(layout.headerIndex + 1), layout)) {
          verdictCells(item.verdict).forEach((cell, i) => expect(couldBeOutput(i, cell), `cell ${i}: ${JSON.stringify(cell)}`).toBe(true));
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Small pools so random rows name each other: ids, titles and parents collide, chains and cycles form.
const IDS = ['G1', 'G2', 'O1', 'I1', 'I2', 'I3', ''];
const TITLES = [
  'Increase EMEA revenue 20% by FY2027', 'Reduce customer churn below 5%', 'Pass a SOC 2 audit', 'Migrate finance ERP to SAP',
  'Roll out CPQ pilot to EMEA sales', 'Launch SOC 2 readiness program', 'Follow up with procurement', 'Grow EMEA revenue', '',
];
const BUDGETS = ['$2.4M', '€85k', 'USD 90,000', '1.250.000,00 €', '£1,200', '2400', '$1,000.10', '€0.05', 'TBD', '0', '', '#N/A'];
const record: fc.Arbitrary<PlanRecord> = fc.record(
  {
    id: fc.constantFrom(...IDS),
    account: fc.constantFrom('Acme', 'Beta', ''),
    title: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TITLES) }, { weight: 1, arbitrary: anyCell }),
    organization: fc.constantFrom('Finance IT', 'Security', '', 'TBD'),
    leader: fc.constantFrom('Dana Whitfield', 'Raj Patel', 'CFO', ''),
    budget: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...BUDGETS) }, { weight: 1, arbitrary: anyCell }),
    start: fc.constantFrom('2026-01-15', 'Q3 2026', '', new Date(2026, 2, 1)),
    end: fc.constantFrom('2027-06-30', 'FY27', '', 'next 6 months'),
    parent: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...IDS, ...TITLES, 'G9', 'grow emea revenue 20%') }, { weight: 1, arbitrary: anyCell }),
  },
  { requiredKeys: [] },
);
const plan = fc.array(record, { maxLength: 30 });
const itemsOf = (records: PlanRecord[]): PlanItem[] => records.map((r, i) => ({ row: i + 1, record: r, verdict: classify(r, { threshold: 3 }, { mapped: new Set(FIELDS) }) }));

describe('linking random plans', () => {
  it('resolves parents to other rows of the plan, and every why-chain ends without repeating a row', () => {
    fc.assert(
      fc.property(plan, (records) => {
        const items: LinkItem[] = records.map((r, i) => ({ row: i + 1, record: r }));
        const links = deterministic(() => resolveLinks(items));
        const rows = new Set(items.map((item) => item.row));
        for (const [row, parent] of links.parentOf) {
          expect(rows.has(row) && rows.has(parent)).toBe(true);
          expect(parent).not.toBe(row);
        }
        const byRow = new Map(items.map((item) => [item.row, item]));
        for (const item of items) {
          const chain = chainOf(item.row, links);
          expect(new Set(chain).size).toBe(chain.length);
          expect(chain[0]).toBe(item.row);
          expect(whyChainText(item.row, links, byRow).split(' → ').length).toBe(chain.length);
        }
        for (const problem of links.problems) {
          if (problem.kind === 'cycle') for (const row of problem.rows) expect(links.onCycle.has(row)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('rolling up random plans', () => {
  /** Amounts per currency, rounded to cents as the roll-up reports them. */
  function totals(budgets: Array<{ amount: number; currency: string | null } | null>): Map<string | null, number> {
    const sums = new Map<string | null, number>();
    for (const budget of budgets) if (budget) sums.set(budget.currency, (sums.get(budget.currency) ?? 0) + budget.amount);
    return new Map([...sums].map(([currency, amount]) => [currency, Math.round(amount * 100) / 100]));
  }

  it('never throws, gives the same roll-up twice, and lays it out as whole table rows', () => {
    fc.assert(
      fc.property(plan, (records) => {
        const rollup = deterministic(() => buildRollup(itemsOf(records)));
        const table = rollupTable(rollup);
        expect(table[0]).toEqual([...ROLLUP_TABLE_HEADERS]);
        for (const line of table) expect(line).toHaveLength(ROLLUP_TABLE_HEADERS.length);
        expect(rollupLines(rollup)).toHaveLength(table.length - 1);
      }),
      { numRuns: 200 },
    );
  });

  it('lists every initiative once, and each goal’s budget is the sum per currency of its explicit initiatives’ budgets', () => {
    fc.assert(
      fc.property(plan, (records) => {
        const items = itemsOf(records);
        const rollup = buildRollup(items);
        const byRow = new Map(items.map((item) => [item.row, item]));
        const explicitRows: number[] = [];
        for (const goal of rollup.goals) {
          const explicit = goal.initiatives.filter((initiative) => initiative.link === 'explicit');
          expect(goal.initiativeCount).toBe(explicit.length);
          explicitRows.push(...explicit.map((initiative) => initiative.row));
          // The parts, read again from each initiative's own row, add up to the goal's figures.
          const parts = explicit.map((initiative) => {
            const money = byRow.get(initiative.row)!.verdict.facts.budget;
            return money && { amount: money.amount, currency: money.currency };
          });
          expect(new Map(goal.budget.map((total) => [total.currency, total.amount]))).toEqual(totals(parts));
          expect(new Set(goal.budget.map((total) => total.currency)).size).toBe(goal.budget.length);
        }
        const initiatives = items.filter((item) => item.verdict.label === 'Initiative').map((item) => item.row).sort((a, b) => a - b);
        const listed = [...explicitRows, ...rollup.orphanInitiatives.map((orphan) => orphan.row)].sort((a, b) => a - b);
        expect(listed).toEqual(initiatives);
        // Per currency, the goals together hold exactly their initiatives' money: none lost, none counted twice, none converted.
        const grand = totals(rollup.goals.flatMap((goal) => goal.budget));
        expect(grand).toEqual(totals(explicitRows.map((row) => byRow.get(row)!.verdict.facts.budget)));
      }),
      { numRuns: 200 },
    );
  });
});
