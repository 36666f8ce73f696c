/**
 * The five initiative criteria of the method, each judged with the text that proves it.
 * A column that a plan maps for a criterion is that criterion's source of truth; the
 * row's words are read only for criteria the plan has no column for (a bare statement,
 * or a sheet without a budget column), so a goal whose description mentions "$3.1M in
 * penalties" does not gain a budget it was never given.
 */
import { memoizeCell } from './memo';
import { findMoneyInText, parseMoney as readMoney } from './money';
import { findOrganizationInText, parseOrganization as readOrganization } from './organization';
import { findPersonInText, parsePerson as readPerson } from './people';
import { cellText } from './text';
import { findTimeFrameInText, parseTimeFrame as readTimeFrame } from './timeframe';
import type { CriterionKey, Field, Money, PlanRecord, TimeFrame } from './types';

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

// Column cells repeat down a plan; their readings are remembered (see memo.ts).
const parseMoney = memoizeCell(readMoney);
const parseOrganization = memoizeCell(readOrganization);
const parsePerson = memoizeCell(readPerson);
const parseTimeFrame = memoizeCell((value) => readTimeFrame(value));

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
 * Judges four of the five criteria for one row: organization, leadership, budget and
 * time-frame, from their columns or from the row's words. `mapped` says which fields the
 * plan has a column for. The fifth, a defined program, is a matter of wording, which the
 * statement model reads (classify.ts sets it).
 */
export function readCriteria(record: PlanRecord, mapped: ReadonlySet<Field>, text: string): CriteriaReading {
  const evidence: Partial<Record<CriterionKey, string>> = {};
  const notes: string[] = [];
  const roles: string[] = [];
  const people: string[] = [];

  if (mapped.has('organization')) {
    const org = parseOrganization(record.organization);
    if (org) evidence.organization = org;
  } else {
    const org = findOrganizationInText(text);
    if (org) evidence.organization = org;
  }

  const hasPeopleColumns = PEOPLE_FIELDS.some(([field]) => mapped.has(field));
  if (hasPeopleColumns) {
    const named: string[] = [];
    for (const [field, label] of PEOPLE_FIELDS) {
      if (!mapped.has(field)) continue;
      const reading = parsePerson(record[field]);
      if (reading.kind === 'person') {
        named.push(`${label}: ${reading.name}`);
        if (!people.includes(reading.name)) people.push(reading.name);
      } else if (reading.kind === 'role') roles.push(reading.text);
    }
    if (named.length) evidence.leadership = named.join(', ');
    else if (roles.length) notes.push(`“${roles[0]}” is a role, not a named leader`);
  } else {
    const person = findPersonInText(text);
    if (person) {
      evidence.leadership = person;
      people.push(person);
    }
  }

  let budget: Money | null = null;
  if (mapped.has('budget')) {
    const reading = parseMoney(record.budget);
    if (reading.kind === 'amount') budget = reading.money;
    else if (reading.kind === 'unallocated') notes.push(reading.why);
  } else {
    budget = findMoneyInText(text);
  }
  if (budget) evidence.budget = budget.text;

  let timeframe: TimeFrame | null = null;
  const hasTimeColumns = TIME_FIELDS.some(([field]) => mapped.has(field));
  if (hasTimeColumns) {
    const parts: string[] = [];
    let start: string | null = null;
    let end: string | null = null;
    for (const [field, label] of TIME_FIELDS) {
      if (!mapped.has(field)) continue;
      const found = parseTimeFrame(record[field]);
      if (!found) continue;
      parts.push(`${label} ${found.text}`);
      // A start column gives the start even when its cell is a quarter ("Q1 FY26"), and a
      // due column the end; a time-frame column gives both.
      if (field === 'start') start = start ?? found.start ?? found.end;
      else if (field === 'end') end = found.end ?? found.start ?? end;
      else {
        start = start ?? found.start;
        end = end ?? found.end;
      }
    }
    if (parts.length) timeframe = { start, end, text: parts.join(', ') };
  } else {
    timeframe = findTimeFrameInText(text);
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
