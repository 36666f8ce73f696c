/**
 * The results of a run: counts by label, a filter, and one entry per classified row with
 * its label, the five criteria as ticks, its theme and reason. Opening an entry shows the
 * evidence for each criterion met and selects the row in the sheet. Long lists are drawn
 * a page at a time: a 10,000-row plan would otherwise freeze the sidebar.
 */
import { whereText } from '../core/corrections/correction';
import { TAUGHT_LABELS, type TaughtLabel } from '../core/corrections/labels';
import { CRITERIA, type Basis, type CriterionKey, type Label } from '../core/types';
import type { SidebarRow } from '../gas/sidebarApi';
import { fill, h } from './dom';
import { count, plural } from './format';

// Shown on hover over "by wording": why a verdict may stand with fewer than 3 criteria.
const BASIS_HELP: Record<Basis, string> = {
  criteria: 'Decided by the 3-of-5 initiative criteria',
  wording: 'Decided by how the statement is worded, as Goalpost learned from real plans',
  parent: 'Other rows name this row as their parent',
  correction: 'You corrected this row; it keeps your label on every run until you remove the correction',
  'similar-correction': 'It reads like a row you corrected, so it leans the way you labelled that row',
};

/** How the basis is shown on a result: "by wording", "your correction", "like row 12 you corrected". */
export function basisText(row: Pick<SidebarRow, 'basis' | 'taught'>): string {
  if (row.basis === 'correction') return 'your correction';
  if (row.basis === 'similar-correction' && row.taught) return `like ${whereText(row.taught)} you corrected`;
  return `by ${row.basis}`;
}

export const PAGE = 100;

const CRITERION_NAMES: Record<CriterionKey, string> = {
  program: 'Program',
  organization: 'Organization',
  leadership: 'Leadership',
  budget: 'Budget',
  timeframe: 'Time-frame',
};

export type Filter = Label | 'all';

export function countsOf(rows: readonly SidebarRow[]): Record<Label, number> {
  const counts: Record<Label, number> = { Initiative: 0, Goal: 0, Unclear: 0 };
  for (const row of rows) counts[row.label]++;
  return counts;
}

export function renderCounts(container: HTMLElement, rows: readonly SidebarRow[]): void {
  const counts = countsOf(rows);
  const box = (label: Label, name: string) =>
    h('div', { class: `count count-${label.toLowerCase()}`, 'data-label': label }, h('span', { class: 'count-number' }, count(counts[label])), h('span', { class: 'count-name' }, name));
  fill(container, box('Initiative', 'Initiatives'), box('Goal', 'Goals'), box('Unclear', 'Unclear'));
}

export interface ListOptions {
  filter: Filter;
  /** How many matching rows to draw. */
  shown: number;
  onSelect: (row: SidebarRow) => void;
  onMore: () => void;
  /** The user sets a row's label (with an optional note), or removes their correction (label null). */
  onCorrect: (row: SidebarRow, label: TaughtLabel | null, note: string) => void;
}

export function renderList(list: HTMLElement, more: HTMLElement, rows: readonly SidebarRow[], options: ListOptions): void {
  const matching = options.filter === 'all' ? rows : rows.filter((row) => row.label === options.filter);
  fill(list, ...matching.slice(0, options.shown).map((row) => entry(row, options)));
  if (matching.length > options.shown) {
    const button = h('button', { type: 'button', class: 'link' }, `Show ${count(Math.min(PAGE, matching.length - options.shown))} more`);
    button.addEventListener('click', options.onMore);
    fill(more, h('span', { class: 'gray' }, `Showing ${count(options.shown)} of ${plural(matching.length, 'row', 'rows')}. `), button);
  } else {
    fill(more, matching.length ? null : h('span', { class: 'gray' }, 'No rows with this label.'));
  }
}

function entry(row: SidebarRow, { onSelect, onCorrect }: ListOptions): HTMLLIElement {
  const evidenceId = `evidence-${row.row}`;
  const ticks = h(
    'span',
    { class: 'ticks', 'aria-label': `${row.score} of 5 criteria` },
    ...CRITERIA.map((key) =>
      h(
        'span',
        { class: row.criteria[key] ? 'tick met' : 'tick', 'data-criterion': key, title: `${CRITERION_NAMES[key]}: ${row.criteria[key] ? 'met' : 'not met'}` },
        row.criteria[key] ? '✓' : '·',
        CRITERION_NAMES[key][0],
      ),
    ),
  );
  const main = h(
    'button',
    { type: 'button', class: 'result-main', 'aria-expanded': 'false', 'aria-controls': evidenceId },
    h(
      'span',
      { class: 'result-head' },
      h('span', { class: `chip chip-${row.label.toLowerCase()}` }, row.label),
      h('span', { class: 'row-number gray' }, `Row ${count(row.row)}`),
      h('span', { class: 'basis gray', title: BASIS_HELP[row.basis] }, basisText(row)),
      row.theme ? h('span', { class: 'theme' }, row.theme) : null,
    ),
    h('span', { class: 'title' }, row.title || '(no title)'),
    ticks,
    h('span', { class: 'reason gray' }, row.reason),
  );
  const evidence = h('div', { class: 'evidence', id: evidenceId, hidden: true }, h('dl', {}, ...evidenceLines(row)), correctionControls(row, onCorrect));
  main.addEventListener('click', () => {
    const open = main.getAttribute('aria-expanded') !== 'true';
    main.setAttribute('aria-expanded', String(open));
    evidence.hidden = !open;
    onSelect(row);
  });
  return h('li', { class: 'result', 'data-row': row.row, 'data-label': row.label, 'data-basis': row.basis }, main, evidence);
}

function evidenceLines(row: SidebarRow): Node[] {
  const met = CRITERIA.filter((key) => row.criteria[key]);
  if (!met.length) return [h('dd', { class: 'gray' }, 'No initiative criterion is met.')];
  return met.flatMap((key) => [h('dt', {}, CRITERION_NAMES[key]), h('dd', {}, row.evidence[key] ?? '')]);
}

/** "Correct it": the three labels, a note, and removing a correction already made. */
function correctionControls(row: SidebarRow, onCorrect: ListOptions['onCorrect']): HTMLElement {
  const note = h('input', { type: 'text', class: 'correction-note', placeholder: 'Note (optional)', maxlength: 500, 'aria-label': `Note for row ${row.row}` });
  const choices = TAUGHT_LABELS.map((label) => {
    const button = h('button', { type: 'button', class: 'correct', 'data-correct': label }, label);
    button.addEventListener('click', () => onCorrect(row, label, note.value));
    return button;
  });
  const remove = row.basis === 'correction' ? h('button', { type: 'button', class: 'link remove-correction' }, 'Remove my correction') : null;
  remove?.addEventListener('click', () => onCorrect(row, null, ''));
  return h('div', { class: 'correction' }, h('span', { class: 'gray' }, row.basis === 'correction' ? 'Change your correction:' : 'Correct it:'), h('span', { class: 'correct-choices' }, ...choices), note, remove);
}
