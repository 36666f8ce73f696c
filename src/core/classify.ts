/**
 * classify(): one row or one statement in, one explained verdict out. The decision, as
 * DESIGN.md sets it:
 *   1. criteria: enough of the five met (the threshold, default 3) makes an Initiative —
 *      unless the row names no program and its wording reads as an end result (a Goal);
 *   2. parent: a row that other rows name as their parent leans Goal;
 *   3. wording: otherwise the statement model (model/, learned from real plans) decides,
 *      and a probability too close to the middle, or words the model does not know, is
 *      Unclear rather than a guess.
 * Every verdict says which of these decided it (`basis`) and the features that weighed
 * most, in words. It never throws: any cell value, however odd, gives a verdict.
 */
import { classifyTaught } from './corrections/teach';
import { CRITERION_COLUMNS, readCriteria, rowText, type CriteriaReading } from './criteria';
import { defaultModel } from './model/defaultModel';
import { strongestReasons } from './model/describe';
import { scoreStatement, type StatementModel, type StatementScore } from './model/statementModel';
import { EXECUTIVE } from './lexicon';
import { themeOf } from './theme';
import { isHeading } from './heading';
import { isTodoNote } from './todoNote';
import { goalLabel } from './goalLabel';
import { placeholderKind, type PlaceholderKind } from './placeholderText';
import { readsAsWords } from './wordlike';
import { cellText, clip, isBlank, isSheetsError } from './text';
import {
  CRITERIA,
  DEFAULT_THRESHOLD,
  FIELDS,
  type Basis,
  type CellValue,
  type ClassifyOptions,
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

// Evidence from the plan around a row, as log-odds added to the wording's: set by hand
// because the corpus has single statements only, and kept modest so that wording that is
// clearly a project still wins over one weak hint.
const PARENT_LOG_ODDS = 2.5;
const EXECUTIVE_OWNER_LOG_ODDS = 0.75;
// A key result is, by what OKRs are, a result to reach ("KR2: 5 new logos in DACH by end of
// Q3"), and so is an objective or goal the plan labels so when its words say a result
// ("O2: Kundenzufriedenheit deutlich steigern"). Wording that names work or a deliverable
// gets no lean ("KR 3: migrate every tenant…"), nor a labelled goal that says no result
// ("Goal 2: New CRM for the field team"): some templates call every row a goal.
const GOAL_LABEL_LOG_ODDS = 2;
const KEY_RESULT = /^(?:kr|key result)(?![a-z])/i;
const WORK_KINDS = new Set(['k:opens with a work verb', 'k:a work verb', 'k:names work to be done', 'k:a named deliverable', 'k:says it is a project']);
const RESULT_KINDS = new Set(['k:a verb of change or result', 'k:opens with a verb of change or result', 'k:a measured result or state', 'k:a percentage']);

/** Whether the plan's label and the wording together say the row is a result to reach. */
function labelledResult(label: string | undefined, kinds: StatementScore['kinds']): boolean {
  if (label === undefined || kinds.some((kind) => WORK_KINDS.has(kind.name))) return false;
  return KEY_RESULT.test(label) || kinds.some((kind) => RESULT_KINDS.has(kind.name));
}
/** How strongly a row with a budget must read as an end result to be a Goal. */
const FUNDED_END_RESULT = 0.85;
/** A one-word statement is judged only when its wording is this far from even. */
const ONE_WORD_MARGIN = 0.3;

/** The fields of a bare statement: the title alone. */
const TITLE_ONLY: ReadonlySet<Field> = new Set<Field>(['title']);

const UNSEEN_CRITERIA = Object.keys(CRITERION_COLUMNS) as Array<keyof typeof CRITERION_COLUMNS>;

function isRecord(input: unknown): input is PlanRecord {
  return typeof input === 'object' && input !== null && !(input instanceof Date) && !Array.isArray(input);
}

function threshold(options: ClassifyOptions): number {
  const value = Math.round(Number(options.threshold ?? DEFAULT_THRESHOLD));
  return Number.isFinite(value) ? Math.min(5, Math.max(1, value)) : DEFAULT_THRESHOLD;
}

const PLACEHOLDER_READS: Record<PlaceholderKind, string> = {
  filler: 'Template filler',
  instruction: 'A template’s instruction',
  total: 'A totals row',
  field: 'A field written as a row',
  note: 'A note about the sheet',
};

function unclear(reason: string): Verdict {
  return {
    label: 'Unclear',
    basis: 'wording',
    score: 0,
    criteria: { program: false, organization: false, leadership: false, budget: false, timeframe: false },
    evidence: {},
    theme: null,
    goalSignals: [],
    reason,
    facts: { budget: null, timeframe: null, organization: null, people: [] },
  };
}

function criteriaList(reading: CriteriaReading): string {
  return CRITERIA.filter((key) => reading.met[key]).join(', ') || 'none';
}

function percent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}

/** The statement the model reads: the title, or the description when there is no title. */
function statementOf(title: string, description: string): string {
  return title || description;
}

/** Where the wording shows a program: it opens with work, or names a deliverable without reading as an end result. */
function programEvidence(score: StatementScore): string | undefined {
  const features = score.kinds;
  const opens = features.find((f) => f.name === 'k:opens with a work verb' || f.name === 'k:closes with a work verb');
  if (opens) return `opens with work: “${opens.text}”`;
  const work = features.find((f) => f.name === 'k:names work to be done');
  if (work && score.goal < 0.5) return `names work to be done: “${work.text}”`;
  const deliverable = features.find((f) => f.name === 'k:a named deliverable');
  if (deliverable && score.goal < 0.5) return `names a deliverable: “${deliverable.text}”`;
  return undefined;
}

/** Classifies one plan row (a record of its mapped fields) or one statement (a bare cell value). */
export function classify(input: PlanRecord | CellValue, options: ClassifyOptions = {}, context: RowContext = {}): Verdict {
  // The user's corrections are a separate step around the plain verdict (corrections/teach.ts).
  if (options.corrections?.size) return classifyTaught(input, options, context, judge, options.corrections);
  return judge(input, options, context);
}

function judge(input: PlanRecord | CellValue, options: ClassifyOptions, context: RowContext): Verdict {
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
  const mapped = context.mapped ?? (record === input ? new Set(FIELDS.filter((field) => field in record)) : TITLE_ONLY);
  // How many fields hold a value, and how many of those an error value, counted without
  // making a list a row.
  let values = 0;
  let errors = 0;
  let firstError: CellValue = null;
  for (const field of FIELDS) {
    const value = record[field];
    if (isBlank(value)) continue;
    values++;
    if (isSheetsError(value)) {
      if (!errors++) firstError = value;
    }
  }
  if (!values) return unclear('Nothing to classify: the row is empty');
  // Statements are text: a number or a date in the title column is not one.
  const title = typeof record.title === 'string' ? cellText(record.title) : '';
  const description = typeof record.description === 'string' ? cellText(record.description) : '';
  if (errors === values) {
    return unclear(`The row holds only the error value ${firstError}; fix the source cell to classify it`);
  }
  if (!title && !description && !isRecord(input)) {
    // A string gets here only when it holds nothing readable (zero-width or control characters), which must not reach the one-line reason.
    if (typeof input === 'string') return unclear('Nothing to classify: the cell holds only invisible or control characters');
    const shown = input instanceof Date ? input.toISOString().slice(0, 10) : String(input);
    return unclear(`“${clip(shown, 30)}” is not a statement to classify`);
  }

  const model: StatementModel = options.model ?? defaultModel();
  // "Objective: …", "O1: …": the wording read is what follows the label. The label itself only
  // says what the plan's template called the row (some call every row a goal), so the reason
  // shows it but it decides nothing.
  const labelled = goalLabel(title);
  const labelNote = labelled ? `; labelled “${labelled.label}” in the plan` : '';
  const statement = statementOf(labelled ? labelled.rest : title, description);
  const todo = isTodoNote(title);
  const text = rowText(record);
  const reading = readCriteria(record, mapped, text);
  // The model learned what criteria in a statement's own words say; columns are not words.
  const inWords = (key: keyof typeof CRITERION_COLUMNS) => reading.met[key] && !CRITERION_COLUMNS[key].some((field) => mapped.has(field));
  const wording = scoreStatement(statement, model, {
    budget: inWords('budget'),
    timeframe: inWords('timeframe'),
    leadership: inWords('leadership'),
    organization: inWords('organization'),
  });
  // A seller's to-do ("Follow up with procurement") is not the customer's program.
  const program = todo ? undefined : programEvidence(wording);
  if (program) {
    reading.met.program = true;
    reading.evidence.program = program;
  }
  const score = CRITERIA.filter((key) => reading.met[key]).length;

  const executiveRole = !reading.met.leadership ? reading.roles.find((role) => EXECUTIVE.test(role)) : undefined;
  const logOdds = Math.log(wording.goal / (1 - wording.goal));
  const resultLabel = labelledResult(labelled?.label, wording.kinds);
  const hints =
    (context.isParent ? PARENT_LOG_ODDS : 0) + (executiveRole ? EXECUTIVE_OWNER_LOG_ODDS : 0) + (resultLabel ? GOAL_LABEL_LOG_ODDS : 0) + (options.lean ?? 0);
  const goal = 1 / (1 + Math.exp(-(logOdds + hints)));
  // What pushed toward a goal is read once, and only for rows that need it (goals, and reasons that quote it).
  let goalward: string[] | undefined;
  const goalReasons = (): string[] => (goalward ??= strongestReasons(wording.strongest(true), true));
  const goalSignals = (): string[] => {
    const signals = goalReasons().slice(0, 2);
    if (executiveRole) signals.push(`owned by an executive role (“${executiveRole}”)`);
    if (context.isParent) signals.push('other rows name it as their parent');
    if (resultLabel) signals.push(`labelled “${labelled?.label}”, a result to reach`);
    return signals;
  };

  const need = threshold(options);
  // The reason is worded only for a caller that shows it.
  const explain = options.explain !== false;
  const verdict = (label: Verdict['label'], basis: Basis, reason: () => string): Verdict => ({
    label,
    basis,
    score,
    // The reading is this row's own (memoised cell readings are not changed), so it is not copied.
    criteria: reading.met,
    evidence: reading.evidence,
    theme: label === 'Goal' ? themeOf(title) ?? themeOf(description) : null,
    goalSignals: label === 'Goal' && explain ? goalSignals() : [],
    reason: explain ? reason() : '',
    facts: {
      budget: reading.budget,
      timeframe: reading.timeframe,
      organization: reading.evidence.organization ?? null,
      people: reading.people,
    },
  });
  const met = (): string => `${score}/5 criteria${score ? ` (${criteriaList(reading)})` : ''}`;
  // The wording's own figure; where the plan around the row moved it, both are shown.
  const leaning = (): string => (hints && percent(goal) !== percent(wording.goal) ? `${percent(wording.goal)}; ${percent(goal)} with what the plan says of it` : percent(wording.goal));
  const notes = (): string => (reading.notes.length ? `; ${reading.notes.join('; ')}` : '');
  const because = (towardGoal: boolean): string => {
    const reasons = towardGoal ? goalReasons() : strongestReasons(wording.strongest(false), false);
    return reasons.length ? `: ${reasons.join(', ')}` : '';
  };

  // Every branch below names its verdict and one call makes it: optimised code compiled
  // before a rare branch (a row too close to call) was first taken had no feedback for that
  // branch's own call, or for a literal built there, and was thrown away at it, recompiling
  // this function mid-column. Setting variables and returning a constant needs no feedback.
  let basis: Basis = 'wording';
  let reason = (): string => '';
  const label = decide();
  return verdict(label, basis, reason);

  /** The verdict's label; its basis (wording unless set) and the wording of its reason are set beside it. */
  function decide(): Verdict['label'] {
    if (score >= need) {
      // A row that meets the criteria is an Initiative unless it names no program and its
      // wording reads as an end result ("Reduce readmissions below 12%" with an owner, a unit and
      // a deadline): plans give their goals owners, teams and dates too, so then the wording
      // decides as it would alone. Money put into the row is a program's, and only wording that
      // is unmistakably a result overrides a budget (BENCHMARKS.md, "Goals with an owner, a team
      // and a date").
      const endResult = reading.met.budget ? FUNDED_END_RESULT : 0.5 + model.band;
      if (!reading.met.program && goal >= endResult) {
        reason = () => `An end result, not a defined program (wording ${leaning()} goal${because(true)}); ${met()}`;
        return 'Goal';
      }
      basis = 'criteria';
      reason = () => {
        const shown = CRITERIA.filter((key) => reading.met[key]).map((key) => `${key} (${clip(reading.evidence[key] ?? '', 60)})`);
        const missing = CRITERIA.filter((key) => !reading.met[key]);
        return `${score}/5 criteria: ${shown.join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}`;
      };
      return 'Initiative';
    }

    if (todo) {
      reason = () => `Reads as a to-do note, not a customer goal or program; ${met()}${notes()}`;
      return 'Unclear';
    }
    if (!statement) {
      reason = () => `No title or description to read; ${met()}; an initiative needs ${need}${notes()}`;
      return 'Unclear';
    }
    // Random letters, a log line or a line of code is no statement, whatever a model would say of it.
    const words = `${title} ${description}`.trim();
    if (!readsAsWords(words)) {
      reason = () => `The text does not read as words (“${clip(words)}”), so it is taken for neither a goal nor an initiative; ${met()}`;
      return 'Unclear';
    }
    const placeholder = placeholderKind(words);
    if (placeholder) {
      reason = () => `${PLACEHOLDER_READS[placeholder]} (“${clip(words, 40)}”), not a goal or an initiative; ${met()}`;
      return 'Unclear';
    }

    // A section's heading names the list the rows under it make; one that other rows name as
    // their parent is a goal they serve ("Growth initiatives" as a pillar), and is read on.
    if (!description && !context.isParent && isHeading(title)) {
      reason = () => `Reads as a heading of the plan (“${clip(title, 40)}”), not a goal or an initiative; ${met()}`;
      return 'Unclear';
    }

    const parentDecides = context.isParent === true && wording.goal < 0.5 + model.band && goal >= 0.5 + model.band;
    if (parentDecides) {
      basis = 'parent';
      reason = () => `Other rows name it as their parent, so it is a goal they serve (wording alone ${percent(wording.goal)} goal); ${met()}`;
      return 'Goal';
    }
    if (wording.content === 0 && !context.isParent) {
      reason = () => `No words to judge, only codes, numbers or signs (“${clip(words, 30)}”); ${met()}${notes()}`;
      return 'Unclear';
    }
    // One word ("Total", "Notes:", "Innovation") is a label, a heading or a pillar's name: too
    // little to tell a goal from a piece of work by wording alone.
    if (wording.content === 1 && !context.isParent && Math.abs(goal - 0.5) < ONE_WORD_MARGIN) {
      reason = () =>
        `${wording.words > 1 ? 'One word that carries meaning' : 'One word'} is too little to judge by wording (“${clip(words, 30)}”); ${met()}${notes()}`;
      return 'Unclear';
    }
    if (wording.known / wording.words < model.minKnown && !context.isParent) {
      reason = () => `Too few words Goalpost knows to judge the wording (${wording.known} of ${wording.words}); ${met()}${notes()}`;
      return 'Unclear';
    }
    if (goal >= 0.5 + model.band) {
      reason = () => {
        const owner = executiveRole ? `; owned by an executive role (“${executiveRole}”)` : '';
        const parent = context.isParent ? '; other rows name it as their parent' : '';
        // Where the wording alone would not make it a goal, say what did.
        const lead =
          wording.goal >= 0.5 + model.band
            ? `Goal by its wording (${leaning()})`
            : `Goal by what the plan says of it (${percent(goal)}; the wording alone ${percent(wording.goal)} goal)`;
        const resultNote = resultLabel ? ', and its wording names no work' : '';
        return `${lead}${because(true)}; ${met()}${owner}${parent}${labelNote}${resultNote}`;
      };
      return 'Goal';
    }
    if (goal <= 0.5 - model.band) {
      // Wording stands in for criteria the plan cannot show (no column, nothing in the text);
      // where the plan has the columns and they are empty or TBD, the work is an idea, not yet
      // an initiative in execution.
      const unseen = UNSEEN_CRITERIA.filter((key) => !reading.met[key] && !CRITERION_COLUMNS[key].some((field) => mapped.has(field)));
      if (score + unseen.length < need) {
        reason = () => `Reads as work (${percent(1 - wording.goal)} by its wording), but the plan records only ${met()}; an initiative needs ${need}${notes()}`;
        return 'Unclear';
      }
      reason = () => `Initiative by its wording (${percent(1 - wording.goal)}), not by the ${need}-of-5 rule${because(false)}; ${met()}${labelNote}${notes()}`;
      return 'Initiative';
    }
    reason = () => {
      const alone = hints && percent(goal) !== percent(wording.goal) ? ` (the wording alone ${percent(wording.goal)} goal)` : '';
      return `Too close to call: ${percent(goal)} goal, ${percent(1 - goal)} initiative${alone}; ${met()}; an initiative needs ${need}${labelNote}${notes()}`;
    };
    return 'Unclear';
  }
}
