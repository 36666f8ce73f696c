/**
 * The sidebar page: reads the active sheet's mapping, runs the classification block by
 * block, shows the results, and reports every server error in the message area, since a
 * failed google.script.run call is otherwise silent.
 */
import { CHUNK_ROWS as DEFAULT_CHUNK_ROWS } from '../core/limits';
import type { TaughtLabel } from '../core/corrections/labels';
import type { Field } from '../core/types';
import type { SidebarRow, SidebarState } from '../gas/sidebarApi';
import { byId, fill } from './dom';
import { blockText, count, plural, sheetRows } from './format';
import { NONE, renderMapping, setMappingEnabled } from './mapping';
import { basisText, renderCounts, renderList, PAGE, type Filter } from './results';
import { ChunkedRun, type RunProgress, type RunSpan } from './run';
import { server } from './server';

/**
 * Rows per server call: a few thousand, so a call takes seconds, not minutes. The local
 * preview sets a smaller figure (window.goalpostChunkRows) so a small plan still runs in
 * several blocks.
 */
const CHUNK_ROWS = Number((window as unknown as { goalpostChunkRows?: unknown }).goalpostChunkRows) || DEFAULT_CHUNK_ROWS;

const ui = {
  message: byId('message'),
  sheetName: byId('sheet-name'),
  mapping: byId('mapping'),
  threshold: byId<HTMLSelectElement>('threshold'),
  writeAsTheyCome: byId<HTMLInputElement>('write-as-they-come'),
  run: byId<HTMLButtonElement>('run'),
  cancel: byId<HTMLButtonElement>('cancel'),
  write: byId<HTMLButtonElement>('write'),
  progress: byId('progress'),
  progressBar: byId('progress').querySelector<HTMLElement>('.bar')!,
  progressFill: byId('progress').querySelector<HTMLElement>('.fill')!,
  progressText: byId('progress-text'),
  status: byId('status'),
  startOver: byId<HTMLButtonElement>('start-over'),
  results: byId('results'),
  counts: byId('counts'),
  filter: byId<HTMLSelectElement>('filter'),
  list: byId('result-list'),
  more: byId('list-more'),
  rollup: byId<HTMLButtonElement>('rollup'),
  rollupStatus: byId('rollup-status'),
};

let state: SidebarState | null = null;
/** The last run: continued by Run when nothing about it has changed. */
let last: ChunkedRun | null = null;
/** A "Write to sheet" of the last preview that has not finished. */
let writing: ChunkedRun | null = null;
/** The run going now (a classification or a "Write to sheet"). */
let active: ChunkedRun | null = null;
let shown = PAGE;
/** The rows the list shows, kept so the filter and "Show more" can redraw them. */
let listed: readonly SidebarRow[] = [];

function showError(error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  ui.message.hidden = false;
  fill(ui.message, text);
}

function clearError(): void {
  ui.message.hidden = true;
  fill(ui.message);
}

function setBusy(busy: boolean): void {
  ui.run.disabled = busy || !state;
  ui.threshold.disabled = busy;
  ui.writeAsTheyCome.disabled = busy;
  ui.rollup.disabled = busy;
  setMappingEnabled(ui.mapping, !busy);
  ui.cancel.hidden = !busy;
  ui.cancel.disabled = false;
  ui.cancel.textContent = 'Cancel';
  if (busy) ui.write.hidden = true;
}

/** The settings a run sends, as the sheet has them saved; the same object for a run and its continuation. */
function settingsOf(current: SidebarState): RunSpan['settings'] {
  return { mapping: current.saved, threshold: current.threshold, headerRow: current.headerRowChosen ? current.headerRow : undefined };
}

/**
 * A writing run that stopped before its end (the sidebar was closed, the connection lost,
 * Cancel pressed) is remembered in the document: Run continues it at the row it reached.
 */
function offerResume(current: SidebarState): void {
  if (!current.resume || last) return;
  const span: RunSpan = { sheetName: current.sheetName, firstRow: current.resume.firstRow, lastRow: current.resume.lastRow, settings: settingsOf(current), write: true };
  last = new ChunkedRun(span, server(), CHUNK_ROWS);
  last.next = current.resume.next;
  ui.writeAsTheyCome.checked = true;
  fill(ui.status, `A run stopped after ${sheetRows(span.firstRow, current.resume.next - 1)}, written to the sheet. Run continues from row ${count(current.resume.next)}.`);
  ui.startOver.hidden = false;
}

function showState(next: SidebarState): void {
  state = next;
  fill(ui.sheetName, `Sheet “${next.sheetName}”`);
  renderMapping(ui.mapping, next, choose, chooseHeaderRow);
  ui.threshold.value = String(next.threshold);
  if (next.problem) showError(next.problem);
  ui.run.disabled = false;
}

async function loadState(): Promise<SidebarState | null> {
  try {
    const next = await server().sidebarState();
    clearError();
    showState(next);
    return next;
  } catch (error) {
    showError(error);
    return null;
  }
}

/** Saves a mapping or threshold change at once: the menu command and the formulas use it too. */
async function save(mapping: SidebarState['saved'], threshold: number, headerRow: number | undefined = state?.headerRowChosen ? state.headerRow : undefined): Promise<void> {
  if (!state) return;
  setBusy(true);
  ui.cancel.hidden = true;
  try {
    clearError();
    showState(await server().saveSidebarSettings(state.sheetName, { mapping, threshold, headerRow }));
  } catch (error) {
    showError(error);
    if (state) renderMapping(ui.mapping, state, choose, chooseHeaderRow); // put the dropdown back to what is saved
  } finally {
    setBusy(false);
  }
}

function choose(field: Field, header: string): void {
  if (!state) return;
  void save({ ...state.saved, [field]: header === NONE ? '' : header }, state.threshold);
}

/** A header row the user typed; a blank box gives the choice back to Goalpost. */
function chooseHeaderRow(row: number | null): void {
  if (!state) return;
  void save(state.saved, state.threshold, row ?? undefined);
}

function scopeOf(current: SidebarState): { firstRow: number; lastRow: number } | string {
  const scope = document.querySelector<HTMLInputElement>('input[name="scope"]:checked')?.value;
  if (scope === 'selection') {
    if (!current.selection) return 'Select the plan rows to classify in the sheet (any cells in those rows, below the header row), then press Run.';
    return { firstRow: current.selection.firstRow, lastRow: current.selection.firstRow + current.selection.numRows - 1 };
  }
  if (current.lastRow <= current.headerRow) return 'This sheet has no rows below its header row.';
  return { firstRow: current.headerRow + 1, lastRow: current.lastRow };
}

function showProgress(progress: RunProgress, verb: string): void {
  const share = progress.total ? Math.round((progress.done / progress.total) * 100) : 100;
  ui.progress.hidden = false;
  ui.progressFill.style.width = `${share}%`;
  ui.progressBar.setAttribute('aria-valuenow', String(share));
  fill(ui.progressText, progress.block ? `${verb} ${blockText(progress.block.from, progress.block.to, progress.total)}` : `${count(progress.done)} of ${plural(progress.total, 'row', 'rows')} done`);
}

function showResults(rows: readonly SidebarRow[]): void {
  listed = rows;
  ui.results.hidden = rows.length === 0 && !last;
  renderCounts(ui.counts, rows);
  renderList(ui.list, ui.more, rows, {
    filter: ui.filter.value as Filter,
    shown,
    onSelect: (row) => {
      if (!state) return;
      server()
        .selectSheetRow(state.sheetName, row.row)
        .catch(showError);
    },
    onMore: () => {
      shown += PAGE;
      showResults(rows);
    },
    onCorrect: (row, label, note) => void correct(row.row, label, note),
  });
}

/** Records (or removes) the user's label for a row and shows the row as Goalpost now judges it. */
async function correct(rowNumber: number, label: TaughtLabel | null, note: string): Promise<void> {
  if (!state) return;
  clearError();
  const request = { sheetName: state.sheetName, row: rowNumber, label: label ?? undefined, note, settings: settingsOf(state) };
  try {
    const row = label ? await server().correctSidebarRow(request) : await server().removeSidebarCorrection(request);
    const replace = (rows: SidebarRow[]) => rows.forEach((r, i) => r.row === row.row && rows.splice(i, 1, row));
    if (last) replace(last.rows);
    if (writing) replace(writing.rows);
    const next = listed.map((r) => (r.row === row.row ? row : r));
    showResults(next);
    const what = label ? `Row ${count(row.row)} is now ${row.label} (${basisText(row)})` : `Your correction of row ${count(row.row)} is removed: Goalpost says ${row.label}`;
    fill(ui.status, `${what}. Run again to update the rows like it.`);
    ui.startOver.hidden = false;
    if (last) last.next = last.span.firstRow; // the next Run goes over the rows again, so rows like it can learn
  } catch (error) {
    showError(error);
  }
}

/** What a finished or stopped run says, in the status line under the buttons. */
function report(run: ChunkedRun, outcome: 'done' | 'cancelled' | 'failed'): void {
  const { span } = run;
  const reached = span.firstRow + run.done - 1;
  const done = run.done > 0 ? sheetRows(span.firstRow, reached) : null;
  const where = span.write ? 'written to the sheet' : 'previewed; nothing was written';
  let text: string;
  if (outcome === 'done') {
    text = `Done: ${plural(run.total, 'row', 'rows')} (${sheetRows(span.firstRow, span.lastRow)}) ${where}.`;
  } else {
    const stopped = outcome === 'cancelled' ? 'Stopped' : 'Stopped by the error above';
    text = done
      ? `${stopped} after ${count(run.done)} of ${plural(run.total, 'row', 'rows')}: ${done} ${where}. Run continues from row ${count(run.next)}.`
      : `${stopped} before any row was done. Run starts again at row ${count(run.next)}.`;
  }
  fill(ui.status, text);
  ui.startOver.hidden = outcome === 'done' || run.done === 0;
  ui.write.hidden = span.write || run.done === 0;
}

type Outcome = 'done' | 'cancelled' | 'failed';

async function drive(run: ChunkedRun, verb: string, onRows: () => void): Promise<Outcome> {
  active = run;
  setBusy(true);
  fill(ui.status);
  ui.startOver.hidden = true;
  let outcome: Outcome;
  try {
    const progressed = (progress: RunProgress) => {
      showProgress(progress, verb);
      onRows();
    };
    outcome = await run.run(progressed);
  } catch (error) {
    showError(error);
    outcome = 'failed';
  } finally {
    active = null;
    setBusy(false);
  }
  onRows();
  return outcome;
}

async function onRun(): Promise<void> {
  clearError();
  setBusy(true);
  ui.cancel.hidden = true;
  // The user may have changed the selection, the data or the active sheet since the sidebar opened.
  const current = await loadState();
  setBusy(false);
  if (!current) return;
  const scope = scopeOf(current);
  if (typeof scope === 'string') {
    showError(scope);
    return;
  }
  const span: RunSpan = { sheetName: current.sheetName, ...scope, settings: settingsOf(current), write: ui.writeAsTheyCome.checked };
  if (!last || last.finished || last.key !== ChunkedRun.key(span) || last.next === last.span.firstRow) {
    last = new ChunkedRun(span, server(), CHUNK_ROWS);
    shown = PAGE;
  }
  const run = last;
  writing = null;
  report(run, await drive(run, span.write ? 'Classifying and writing' : 'Classifying', () => showResults(run.rows)));
}

/**
 * "Write to sheet" after a preview: the previewed rows again, through the same write-back.
 * A write that is cancelled or refused continues from where it stopped when pressed again.
 */
async function onWrite(): Promise<void> {
  const preview = last;
  if (!preview || preview.span.write || preview.done === 0) return;
  clearError();
  const span: RunSpan = { ...preview.span, lastRow: preview.next - 1, write: true };
  if (!writing || writing.key !== ChunkedRun.key(span)) writing = new ChunkedRun(span, server(), CHUNK_ROWS);
  const run = writing;
  // The server classifies again as it writes; what it wrote replaces the preview, row by row.
  const byRow = new Map(preview.rows.map((row) => [row.row, row]));
  const outcome = await drive(run, 'Writing', () => {
    for (const row of run.rows) byRow.set(row.row, row);
    showResults([...byRow.values()].sort((a, b) => a.row - b.row));
  });
  const written = run.done > 0 ? `; ${sheetRows(span.firstRow, run.next - 1)} written` : '';
  if (outcome === 'done') {
    fill(ui.status, `Wrote ${plural(run.total, 'row', 'rows')} (${sheetRows(span.firstRow, span.lastRow)}) to the sheet.`);
    writing = null;
    if (preview.finished) last = run;
  } else {
    fill(ui.status, `Writing stopped${outcome === 'failed' ? ' by the error above' : ''}${written}. Write to sheet continues from row ${count(run.next)}.`);
  }
  ui.write.hidden = outcome === 'done';
  ui.startOver.hidden = outcome === 'done' && preview.finished;
}

function onStartOver(): void {
  last = null;
  writing = null;
  shown = PAGE;
  fill(ui.status);
  ui.startOver.hidden = true;
  ui.write.hidden = true;
  ui.progress.hidden = true;
  ui.results.hidden = true;
  listed = [];
  fill(ui.list);
  fill(ui.more);
}

async function onRollup(): Promise<void> {
  clearError();
  fill(ui.rollupStatus, 'Building the roll-up…');
  ui.rollup.disabled = true;
  try {
    const built = await server().buildRollupSheet();
    const flags = built.flags.length ? ` Look at: ${built.flags.join('; ')}.` : '';
    fill(ui.rollupStatus, `${built.notice ? `${built.notice} ` : ''}Built “${built.sheetName}” from ${built.text}.${flags}`);
  } catch (error) {
    fill(ui.rollupStatus);
    showError(error);
  } finally {
    ui.rollup.disabled = !!active;
  }
}

ui.run.addEventListener('click', () => void onRun());
ui.cancel.addEventListener('click', () => {
  if (!active) return;
  active.cancel();
  ui.cancel.disabled = true;
  ui.cancel.textContent = 'Stopping…';
});
ui.write.addEventListener('click', () => void onWrite());
ui.startOver.addEventListener('click', onStartOver);
ui.rollup.addEventListener('click', () => void onRollup());
ui.filter.addEventListener('change', () => {
  shown = PAGE;
  showResults(listed);
});
ui.threshold.addEventListener('change', () => {
  if (state) void save(state.saved, Number(ui.threshold.value));
});

void loadState().then((current) => current && offerResume(current));
