/**
 * classify(): one row or one statement in, one explained verdict out. The decision:
 *   1. enough criteria met (the threshold, default 3) makes an Initiative — unless the row
 *      has no defined program and reads as an end result, which makes it a Goal;
 *   2. otherwise wording of an end result that outweighs project wording makes a Goal;
 *   3. otherwise a concrete program whose missing criteria the plan simply does not record
 *      (no column for them, nothing in the text) is an Initiative by its form, and the reason
 *      says so;
 *   4. anything else is Unclear, with what was found and what was missing.
 * It never throws: any cell value, however odd, gives a verdict with a reason.
 */
import { readCriteria, rowText, type CriteriaReading } from './criteria';
import { readStatement, themeOf, type Signal, type StatementForm } from './statement';
import { cellText, clip, isBlank, isSheetsError } from './text';
import {
  CRITERIA,
  DEFAULT_THRESHOLD,
  FIELDS,
  type CellValue,
  type ClassifyOptions,
  type CriterionKey,
  type Field,
  type PlanRecord,
  type Verdict,
} from './types';

/** What the plan around a row tells about it, when classify runs over a whole plan. */
export interface RowContext {
  /** The fields the plan has columns for; without it, the fields present in the record. */
  mapped?: ReadonlySet<Field>;
  /** True when other rows name this row as their parent: goals are what initiatives serve. */
  isParent?: boolean;
}

// Columns that can show a criterion; a criterion with none of its columns mapped can only be
// seen in the row's words.
const CRITERION_COLUMNS: Record<Exclude<CriterionKey, 'program'>, Field[]> = {
  organization: ['organization'],
  leadership: ['leader', 'manager', 'owner', 'sponsor'],
  budget: ['budget'],
  timeframe: ['start', 'end', 'timeframe'],
};

const EXECUTIVE = /\b(?:chief|c[a-z]?[a-z]o|ceo|cfo|coo|cto|cio|ciso|cmo|cro|vp|svp|evp|president|head of|director|general manager|gm|board|executive|leadership team|md|managing director|partner)\b/i;
const TODO_NOTE = /^(?:follow[- ]up|follow|call|check|ask|email|e-mail|send|meet|discuss|talk|ping|remind|need|needs|get|find out|confirm|chase|reach out|loop in|sync|touch base|circle back|look into|tbd|todo|to do|fyi|note)\b/i;

function isRecord(input: unknown): input is PlanRecord {
  return typeof input === 'object' && input !== null && !(input instanceof Date) && !Array.isArray(input);
}

function threshold(options: ClassifyOptions): number {
  const value = Math.round(Number(options.threshold ?? DEFAULT_THRESHOLD));
  return Number.isFinite(value) ? Math.min(5, Math.max(1, value)) : DEFAULT_THRESHOLD;
}

function quote(signal: Signal): string {
  // A goal named as a parent may have no text of its own to quote (a number or an error value in its title).
  return signal.text ? `${signal.kind} (“${clip(signal.text, 48)}”)` : signal.kind;
}

function unclear(reason: string): Verdict {
  return {
    label: 'Unclear',
    score: 0,
    criteria: { program: false, organization: false, leadership: false, budget: false, timeframe: false },
    evidence: {},
    theme: null,
    goalSignals: [],
    reason,
    facts: { budget: null, timeframe: null, organization: null, people: [] },
  };
}

/** The form that speaks for the row: its title, or its description when the title says nothing. */
function formOf(title: string, description: string): { form: StatementForm; goal: Signal[] } {
  const titleForm = readStatement(title);
  const descriptionForm = description ? readStatement(description) : null;
  const titleSpeaks = titleForm.projectWeight > 0 || titleForm.goalWeight > 0;
  const form = titleSpeaks || !descriptionForm ? titleForm : descriptionForm;
  // A project's description often names the target it serves ("to cut fuel use 8%"); that
  // target makes the row a goal only when the title itself does not name work.
  const goal = [...titleForm.goal];
  if (descriptionForm && titleForm.projectWeight === 0) goal.push(...descriptionForm.goal);
  return { form, goal };
}

function criteriaList(reading: CriteriaReading): string {
  return CRITERIA.filter((key) => reading.met[key]).join(', ') || 'none';
}

/** Classifies one plan row (a record of its mapped fields) or one statement (a bare cell value). */
export function classify(input: PlanRecord | CellValue, options: ClassifyOptions = {}, context: RowContext = {}): Verdict {
  try {
    return classifyUnsafe(input, options, context);
  } catch (error) {
    // The parsers are written not to throw; this is the last guard so that one odd cell can
    // never break a whole column of results.
    return unclear(`Could not read this row (${error instanceof Error ? error.message : String(error)})`);
  }
}

function classifyUnsafe(input: PlanRecord | CellValue, options: ClassifyOptions, context: RowContext): Verdict {
  const record: PlanRecord = isRecord(input) ? input : { title: input };
  const mapped = context.mapped ?? new Set(FIELDS.filter((field) => field in record));
  const values = FIELDS.map((field) => record[field]).filter((value) => !isBlank(value));
  if (!values.length) return unclear('Nothing to classify: the row is empty');
  const errors = values.filter(isSheetsError);
  // Statements are text: a number or a date in the title column is not one.
  const title = typeof record.title === 'string' ? cellText(record.title) : '';
  const description = typeof record.description === 'string' ? cellText(record.description) : '';
  if (errors.length === values.length) {
    return unclear(`The row holds only the error value ${errors[0]}; fix the source cell to classify it`);
  }
  if (!title && !description && !isRecord(input)) {
    // A string gets here only when it holds nothing readable (zero-width or control characters), which must not reach the one-line reason.
    if (typeof input === 'string') return unclear('Nothing to classify: the cell holds only invisible or control characters');
    const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
    return unclear(`“${clip(shown, 30)}” is not a statement to classify`);
  }

  const { form, goal } = formOf(title, description);
  const todo = TODO_NOTE.test(title);
  if (todo) {
    // A seller's to-do ("Follow up with procurement") is not the customer's program.
    form.project = [];
    form.projectWeight = 0;
  }
  const reading = readCriteria(record, mapped, form, rowText(record));
  const score = CRITERIA.filter((key) => reading.met[key]).length;

  const goalSignals = [...goal];
  if (!reading.met.leadership && reading.roles.some((role) => EXECUTIVE.test(role))) {
    goalSignals.push({ kind: 'owned by an executive role', text: reading.roles.find((role) => EXECUTIVE.test(role)) ?? '', weight: 1 });
  }
  if (context.isParent) goalSignals.push({ kind: 'other rows name it as their parent', text: title, weight: 2 });
  const goalWeight = goalSignals.reduce((total, signal) => total + signal.weight, 0);
  const projectWeight = form.projectWeight;
  goalSignals.sort((a, b) => b.weight - a.weight);

  const need = threshold(options);
  const verdict = (label: Verdict['label'], reason: string): Verdict => ({
    label,
    score,
    criteria: { ...reading.met },
    evidence: { ...reading.evidence },
    theme: label === 'Goal' ? themeOf(title) ?? themeOf(description) : null,
    goalSignals: goalSignals.map((signal) => signal.text),
    reason,
    facts: {
      budget: reading.budget,
      timeframe: reading.timeframe,
      organization: reading.evidence.organization ?? null,
      people: reading.people,
    },
  });
  const met = `${score}/5 criteria`;
  const notes = reading.notes.length ? `; ${reading.notes.join('; ')}` : '';

  if (score >= need) {
    if (!reading.met.program && goalWeight >= 2) {
      return verdict('Goal', `An end result, not a defined program: ${quote(goalSignals[0])}; ${met} (${criteriaList(reading)})`);
    }
    const shown = CRITERIA.filter((key) => reading.met[key]).map((key) => `${key} (${clip(reading.evidence[key] ?? '', 40)})`);
    const missing = CRITERIA.filter((key) => !reading.met[key]);
    return verdict('Initiative', `${met}: ${shown.join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}`);
  }

  if (goalWeight >= 1 && goalWeight > projectWeight) {
    const more = goalSignals.length > 1 ? ` and ${goalSignals[1].kind}` : '';
    return verdict('Goal', `An end result: ${quote(goalSignals[0])}${more}; ${met}`);
  }

  const unseen = (Object.keys(CRITERION_COLUMNS) as Array<keyof typeof CRITERION_COLUMNS>).filter(
    (key) => !reading.met[key] && !CRITERION_COLUMNS[key].some((field) => mapped.has(field)),
  );
  if (reading.met.program && score + unseen.length >= need) {
    const project = form.project[0];
    const where = unseen.length === 4 ? 'a single statement shows' : 'this plan records';
    return verdict(
      'Initiative',
      `A concrete piece of work: ${quote(project)}; ${where} ${met}${score ? ` (${criteriaList(reading)})` : ''}, with no column for ${unseen.join(', ')}`,
    );
  }

  if (todo) return verdict('Unclear', `Reads as a to-do note, not a customer goal or program; ${met}${notes}`);
  const found = score ? ` (${criteriaList(reading)})` : '';
  const what = goalWeight > 0 ? ` and only weak goal wording (${goalSignals[0].kind})` : ' and nothing marks an end result';
  return verdict('Unclear', `${met}${found}; an initiative needs ${need}${what}${notes}`);
}
