/**
 * The vocabulary every part of Goalpost shares. Pure types: no runtime code lives here
 * except the ordered key lists, which fix the column order of every output.
 */

import type { TaughtBy } from './corrections/correction';
import type { CorrectionIndex } from './corrections/correctionIndex';
import type { StatementModel } from './model/statementModel';

/** What a spreadsheet cell can hold, as Apps Script's getValues() and the CSV reader give it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** The fields a plan column can map to. */
export const FIELDS = [
  'id',
  'account',
  'title',
  'description',
  'organization',
  'leader',
  'manager',
  'owner',
  'sponsor',
  'budget',
  'currency',
  'start',
  'end',
  'timeframe',
  'parent',
] as const;
export type Field = (typeof FIELDS)[number];

/** A row as the engine sees it: each mapped field with its raw cell value. */
export type PlanRecord = Partial<Record<Field, CellValue>>;

/** The five initiative criteria, in the order every output lists them. */
export const CRITERIA = ['program', 'organization', 'leadership', 'budget', 'timeframe'] as const;
export type CriterionKey = (typeof CRITERIA)[number];

export type Label = 'Initiative' | 'Goal' | 'Unclear';
/**
 * What decided a verdict: the 3-of-5 criteria, the statement's wording (the model), being
 * other rows' parent, the user's correction of this row, or the user's corrections of rows
 * whose statements read like it (`taught` names the row).
 */
export type Basis = 'criteria' | 'wording' | 'parent' | 'correction' | 'similar-correction';
export type Theme = 'Growth' | 'Differentiation' | 'Risk mitigation';

/** A money amount found in a cell or a sentence. `currency` is an ISO code, or null when none was written. */
export interface Money {
  amount: number;
  currency: string | null;
  /** The text the amount was read from. */
  text: string;
}

/** A time-frame found in a cell or a sentence. Dates are ISO `YYYY-MM-DD`; either end may be unknown. */
export interface TimeFrame {
  start: string | null;
  end: string | null;
  /** The text the time-frame was read from. */
  text: string;
  /** A duration ("12 months") counted from the day it was read, so its dates move with that day. */
  fromToday?: boolean;
}

/** The explained verdict on one row or statement. */
export interface Verdict {
  label: Label;
  basis: Basis;
  /** How many of the five criteria are met, 0-5. */
  score: number;
  criteria: Record<CriterionKey, boolean>;
  /** For each criterion met, the text that made it true. */
  evidence: Partial<Record<CriterionKey, string>>;
  /** The goal theme, read from the wording; null when none is evident. */
  theme: Theme | null;
  /** Wording that marks the row as an end result (a metric change, an end state...). */
  goalSignals: string[];
  /** One line a user can read: why this label. */
  reason: string;
  /** What the roll-up sums and lists: the row's allocated budget, time-frame, organization and named people. */
  facts: RowFacts;
  /** The correction that decided it, when basis is `correction` or `similar-correction`. */
  taught?: TaughtBy;
}

export interface RowFacts {
  budget: Money | null;
  timeframe: TimeFrame | null;
  organization: string | null;
  people: string[];
}

export interface ClassifyOptions {
  /** Criteria an initiative must meet, 1-5. Default 3. */
  threshold?: number;
  /** The statement model; the one trained on the corpus unless a caller (training, cross-validation) passes another. */
  model?: StatementModel;
  /** The user's corrections (sidebar, examples range, --examples): a corrected row keeps its label, rows like it lean its way. */
  corrections?: CorrectionIndex;
  /** Log-odds toward a goal from the corrections of similar rows; set by corrections/teach.ts, not by callers. */
  lean?: number;
  /**
   * False when the caller shows neither the reason nor the goal signals (=CLASSIFY shows the
   * label): they are then left empty and not worded, which is a tenth of a row's cost.
   */
  explain?: boolean;
}

export const DEFAULT_THRESHOLD = 3;
