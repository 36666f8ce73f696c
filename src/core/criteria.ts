/**
 * The initiative criteria of the method, each judged with the text that proves it. A
 * column that a plan maps for a criterion is that criterion's source of truth where it has
 * a value ("TBD" included: it says the budget is not allocated). Where the plan has no
 * such column, or leaves it blank on a row, the row's title may show the criterion in its
 * own words; a description is read only when the plan has no column at all, so a goal whose
 * description mentions "$3.1M in penalties" does not gain a budget it was never given.
 */
// Column cells repeat down a plan; their readings are remembered (see cellReadings.ts).
import { parseMoney, parseOrganization, parsePerson, parseTimeFrame } from './cellReadings';
import { memoizeCell } from './memo';
import { currencyOfCell, findMoneyInText } from './money';
import { findOrganizationInText } from './organization';
import { findPersonInText } from './people';
import { cellText, isBlank } from './text';
import { findTimeFrameInText, parseTimeFrame as readTimeFrame } from './timeframe';
import type { CellValue, CriterionKey, Field, Money, PlanRecord, TimeFrame } from './types';

export interface CriteriaReading {
  met: Record<CriterionKey, boolean>;
  evidence: Partial<Record<CriterionKey, string>>;
  /** Why a criterion with a value in its column still did not count ("Budget TBD is not allocated"). */
  notes: string[];
  budget: Money | null;
  timeframe: TimeFrame | null;
  /** Roles found where a named leader was looked for ("CFO"): a goal signal when no one is named. */
  roles: string[];
  people: string[];
}

// Cells with a year of their own ("2027-03-31", "Q3 2027") do not depend on where they count from.
const ANCHORED = /\d{4}/;

// A relative cell ("Q3 FY27", "TBD", "6 months") is read once per start day it counts from.
const parseRelativeFrom = memoizeCell((key) => {
  const text = key as string;
  const [year, month, day] = text.slice(0, START_LENGTH).split('-').map(Number);
  return readTimeFrame(text.slice(START_LENGTH + 1), new Date(year, month - 1, day));
});
const START_LENGTH = 'yyyy-mm-dd'.length;

/** A due or time-frame cell read from the row's start (ISO), when the cell is relative ("6 months", "Q3"). */
function parseTimeFrameFrom(value: CellValue, start: string): TimeFrame | null {
  if (typeof value !== 'string' || ANCHORED.test(value)) return parseTimeFrame(value);
  if (start.length === START_LENGTH) return parseRelativeFrom(`${start}|${value}`);
  const [year, month, day] = start.split('-').map(Number);
  return readTimeFrame(value, new Date(year, month - 1, day));
}

const PEOPLE_FIELDS: Array<[Field, string]> = [
  ['leader', 'Leader'],
  ['manager', 'PM'],
  ['owner', 'Owner'],
  ['sponsor', 'Sponsor'],
];
const TIME_FIELDS: Array<[Field, string]> = [
  ['start', 'Start'],
  ['end', 'Due'],
  ['timeframe', 'Time-frame'],
];

/**
 * The columns that can show each criterion other than the program: one the plan has no
 * column for can only show in the row's words.
 */
export const CRITERION_COLUMNS: Readonly<Record<Exclude<CriterionKey, 'program'>, readonly Field[]>> = {
  organization: ['organization'],
  leadership: PEOPLE_FIELDS.map(([field]) => field),
  budget: ['budget'],
  timeframe: TIME_FIELDS.map(([field]) => field),
};

// Words for revenue and what it is counted in, in the languages Goalpost reads.
const REVENUE = String.raw`(?:arr|mrr|acv|tcv|revenues?|sales|bookings|pipeline|turnover|income|ebitda|profit|gmv|deal size|umsatz\w*|erl[öo]se?|chiffre d.affaires|ventas|ingresos|facturaci[oó]n|fatturato|ricavi|vendite)`;
// "$50M ARR", "€2M in new bookings": the amount names revenue.
const REVENUE_AFTER = new RegExp(String.raw`^\s*(?:in\s+)?(?:new\s+|net\s+|annual\s+|recurring\s+|total\s+)?${REVENUE}\b`, 'i');
// "revenue to $30M", "deal size grows to $120k", "Umsatz auf 12 Mio. €": revenue, then the level to reach.
const REVENUE_BEFORE = new RegExp(String.raw`\b${REVENUE}\b[^,;:$€£()]{0,25}\b(?:to|of|at|reach(?:es)?|hits?|auf|von|sur|à|a|de|di|en|por)\s*$`, 'i');

// "Grow assets under management by CHF 2bn", "increase AUM to $5bn", "cut costs by €3M", "Umsatz um
// 2 Mio. € steigern", "augmenter la marge de 2 M€": a verb of change, then by or to how much. The
// amount is the change sought, not money put into the work ("Invest CHF 2m in…" is a budget).
const CHANGE_VERB = '(?:grow|grows|growing|increase|increases|increasing|raise|boost|lift|expand|double|improve|reduce|reducing|cut|cutting|lower|decrease|save|saving|reach|steigern|erh[öo]hen|senken|reduzieren|verringern|augmenter|r[ée]duire|accro[iî]tre|aumentar|reducir|incrementar|crecer|aumentare|ridurre|crescere)';
const BUDGET_NOUNS = '(?:budget|funding|funds|allocation|investment|grant|presupuesto|orçamento|orcamento|financement|finanziamento|investimento|inversión|inversion|mittel|fördermittel)';
const NAMED_BUDGET_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}${BUDGET_NOUNS}\b`, 'iu');
// "with a budget of $300k" names the amount a budget before it, as "a $300k budget" does after.
const NAMED_BUDGET_BEFORE = new RegExp(String.raw`\b${BUDGET_NOUNS}\b`, 'iu');
const CHANGE_BEFORE = new RegExp(String.raw`\b${CHANGE_VERB}\b[^.;:!?$€£()]{0,60}?\b(?:by|to|from|um|auf|de|à|a|en|hasta|di|da)\s*$`, 'i');

/**
 * True when the amount is an end result to reach ("Reach $50M ARR", "Grow revenue to $30M",
 * "Grow AUM by CHF 2bn"), not money to spend.
 */
function targetKind(text: string, amount: string): 'revenue' | 'change' | null {
  const at = text.indexOf(amount);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 80), at);
  if (REVENUE_AFTER.test(text.slice(at + amount.length, at + amount.length + 30))) return 'revenue';
  const revenue = REVENUE_BEFORE.exec(before.slice(-50));
  if (revenue && !NAMED_BUDGET_BEFORE.test(revenue[0])) return 'revenue';
  // "Grow the channel with a $300k enablement budget", "… with a budget of $300k": the amount is named a budget.
  const change = CHANGE_BEFORE.exec(before);
  if (!change || NAMED_BUDGET_BEFORE.test(change[0])) return null;
  return NAMED_BUDGET_AFTER.test(text.slice(at + amount.length, at + amount.length + 40)) ? null : 'change';
}

/**
 * A budget cell's amount in the currency its row's currency column names, when the cell names
 * none: "400000" beside "EUR" is 400,000 EUR, so roll-ups never add it to "1200000" beside "NOK".
 * A currency written in the cell itself wins.
 */
function withCurrencyColumn(money: Money, currencyCell: CellValue): Money {
  if (money.currency !== null || currencyCell === undefined) return money;
  const currency = currencyOfCell(currencyCell);
  return currency ? { ...money, currency, text: `${money.text} ${currency}` } : money;
}

/**
 * The text of a time-frame as evidence. A duration with no start to count from ("12 months" and
 * no start column or date) runs from the day of the run, so the evidence says so: its dates,
 * and the roll-up's, move with that day.
 */
function fromWhen(found: TimeFrame): string {
  return found.fromToday && found.start ? `${found.text} (counted from today, ${found.start})` : found.text;
}

/** Which criterion columns a plan has: the same for every row of it, so read once per field set. */
interface Columns {
  organization: boolean;
  people: Array<[Field, string]>;
  budget: boolean;
  currency: boolean;
  times: Array<[Field, string]>;
}

// A plan's rows share one field set, so the last one's columns are kept (a caller that makes
// a set per record just has them read again).
let lastMapped: ReadonlySet<Field> | null = null;
let lastColumns: Columns | null = null;

function criterionColumns(mapped: ReadonlySet<Field>): Columns {
  if (mapped !== lastMapped || !lastColumns) {
    lastColumns = {
      organization: mapped.has('organization'),
      people: PEOPLE_FIELDS.filter(([field]) => mapped.has(field)),
      budget: mapped.has('budget'),
      currency: mapped.has('currency'),
      times: TIME_FIELDS.filter(([field]) => mapped.has(field)),
    };
    lastMapped = mapped;
  }
  return lastColumns;
}

/**
 * Judges four of the five criteria for one row: organization, leadership, budget and
 * time-frame, from their columns or from the row's words. `mapped` says which fields the
 * plan has a column for. The fifth, a defined program, is a matter of wording, which the
 * statement model reads (classify.ts sets it).
 */
export function readCriteria(record: PlanRecord, mapped: ReadonlySet<Field>, text: string): CriteriaReading {
  const title = cellText(record.title) || cellText(record.description);
  const evidence: Partial<Record<CriterionKey, string>> = {};
  const notes: string[] = [];
  const roles: string[] = [];
  const people: string[] = [];
  const columns = criterionColumns(mapped);

  if (columns.organization) {
    const org = parseOrganization(record.organization);
    if (org) evidence.organization = org;
  }
  // A column the plan has but leaves blank on this row says nothing either way: the title's
  // own words may then show the criterion ("Implement Okta SSO — CISO office, John Park,
  // $180K"). The description is not read for it: it tells of other things' money and dates.
  const words = (columnsBlank: boolean) => (columnsBlank ? title : text);
  if (!evidence.organization && (!columns.organization || isBlank(record.organization))) {
    const org = findOrganizationInText(words(columns.organization));
    if (org) evidence.organization = org;
  }

  const hasPeopleColumns = columns.people.length > 0;
  if (hasPeopleColumns) {
    const named: string[] = [];
    for (const [field, label] of columns.people) {
      const reading = parsePerson(record[field]);
      if (reading.kind === 'person') {
        named.push(`${label}: ${reading.name}`);
        if (!people.includes(reading.name)) people.push(reading.name);
      } else if (reading.kind === 'role') roles.push(reading.text);
    }
    if (named.length) evidence.leadership = named.join(', ');
    else if (roles.length) notes.push(`“${roles[0]}” is a role, not a named leader`);
  }
  if (!evidence.leadership && !roles.length) {
    const person = findPersonInText(words(hasPeopleColumns));
    if (person) {
      evidence.leadership = person;
      people.push(person);
    }
  }

  let budget: Money | null = null;
  let unallocated = false;
  if (columns.budget) {
    const reading = parseMoney(record.budget);
    if (reading.kind === 'amount') budget = withCurrencyColumn(reading.money, columns.currency ? record.currency : undefined);
    else if (reading.kind === 'unallocated') {
      notes.push(reading.why);
      unallocated = true;
    }
  }
  if (!budget && !unallocated && (!columns.budget || isBlank(record.budget))) {
    const source = words(columns.budget);
    const found = findMoneyInText(source);
    // "Reach $50M ARR", "Umsatz auf 12 Mio. € steigern": an amount of revenue to reach is the
    // goal's target, not money put into the work.
    const target = found ? targetKind(source, found.text) : null;
    if (found && target) notes.push(`“${found.text}” is ${target === 'revenue' ? 'a revenue target' : 'a change to reach'}, not a budget`);
    else budget = found;
  }
  if (budget) evidence.budget = budget.text;

  let timeframe: TimeFrame | null = null;
  const hasTimeColumns = columns.times.length > 0;
  if (hasTimeColumns) {
    const parts: string[] = [];
    let start: string | null = null;
    let end: string | null = null;
    for (const [field, label] of columns.times) {
      // A due cell of "18 months" or "Q3" counts from the row's start, not from today.
      const found: TimeFrame | null = field !== 'start' && start ? parseTimeFrameFrom(record[field], start) : parseTimeFrame(record[field]);
      if (!found) continue;
      parts.push(`${label} ${fromWhen(found)}`);
      // A start column gives the start even when its cell is a quarter ("Q1 FY26"), and a
      // due column the end, unless its cell says it is a start ("ab Q2/2027", "from March 2027");
      // a time-frame column gives both.
      if (field === 'start') start = start ?? found.start ?? found.end;
      else if (field === 'end' && found.end === null && found.start !== null) start = start ?? found.start;
      else if (field === 'end') end = found.end ?? found.start ?? end;
      else {
        start = start ?? found.start;
        end = end ?? found.end;
      }
    }
    if (parts.length) timeframe = { start, end, text: parts.join(', ') };
  }
  if (!timeframe && (!hasTimeColumns || columns.times.every(([field]) => isBlank(record[field])))) {
    const found = findTimeFrameInText(words(hasTimeColumns));
    timeframe = found && { ...found, text: fromWhen(found) };
  }
  if (timeframe) evidence.timeframe = timeframe.text;

  const met = {
    program: evidence.program !== undefined,
    organization: evidence.organization !== undefined,
    leadership: evidence.leadership !== undefined,
    budget: evidence.budget !== undefined,
    timeframe: evidence.timeframe !== undefined,
  };
  return { met, evidence, notes, budget, timeframe, roles, people };
}

/** All the free text of a row, title first, for the criteria that are read from words. */
export function rowText(record: PlanRecord): string {
  return [cellText(record.title), cellText(record.description)].filter(Boolean).join('. ');
}
