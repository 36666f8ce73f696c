/**
 * The column mapping: the header row Goalpost read (which the user can change), then one
 * line per field, each a dropdown of the sheet's headers plus "(none)", showing what
 * Goalpost reads now and whether that is the user's choice, the header's name or the
 * column's contents (with the evidence on hover), and where header and contents disagreed.
 */
import { FIELDS, type Field } from '../core/types';
import type { SidebarState } from '../gas/sidebarApi';
import { fill, h } from './dom';

export const NONE = '';

const NAMES: Record<Field, string> = {
  id: 'ID',
  account: 'Account',
  title: 'Title',
  description: 'Description',
  organization: 'Organization',
  leader: 'Leader',
  manager: 'Project manager',
  owner: 'Owner',
  sponsor: 'Sponsor',
  budget: 'Budget',
  currency: 'Currency',
  start: 'Start',
  end: 'End',
  timeframe: 'Time-frame',
  parent: 'Parent',
};

const HOW = { explicit: 'your choice', header: 'by header', content: 'by content' } as const;

/** The header-row line: a row number box; clearing it hands the choice back to Goalpost. */
function headerRowLine(state: SidebarState, onHeaderRow: (row: number | null) => void): HTMLElement {
  const input = h('input', { id: 'header-row', type: 'number', min: '1', step: '1', value: String(state.headerRow), class: 'header-row' }) as HTMLInputElement;
  input.addEventListener('change', () => {
    const value = input.value.trim();
    const row = Number(value);
    if (value === '') onHeaderRow(null);
    else if (Number.isInteger(row) && row >= 1) onHeaderRow(row);
    else input.value = String(state.headerRow);
  });
  const how = state.headerRowChosen ? 'your choice' : 'found';
  return h('div', { class: 'header-row-line' }, h('label', { for: 'header-row' }, 'Header row'), input, h('span', { class: 'how gray', title: state.headerRowChosen ? 'The row you chose; clear the box to let Goalpost find it' : 'The row that reads like column names' }, how));
}

/** Draws the mapping; `onChoose` gets the field and the chosen header, or NONE; `onHeaderRow` a row number, or null. */
export function renderMapping(
  container: HTMLElement,
  state: SidebarState,
  onChoose: (field: Field, header: string) => void,
  onHeaderRow: (row: number | null) => void = () => undefined,
): void {
  const lines = FIELDS.map((field) => {
    const id = `map-${field}`;
    const current = state.mapping[field] ?? NONE;
    const select = h('select', { id, 'data-field': field });
    select.append(h('option', { value: NONE }, '(none)'));
    // Two columns may share a header; the first is the one a header name maps to, so one option each.
    for (const header of new Set(state.headers)) select.append(h('option', { value: header }, header));
    select.value = current;
    select.addEventListener('change', () => onChoose(field, select.value));
    const how = state.mapping[field] !== undefined ? state.how[field] : state.saved[field] === '' ? 'explicit' : undefined;
    return h(
      'div',
      { class: 'mapping-line' },
      h('label', { for: id }, NAMES[field]),
      select,
      h('span', { class: 'how gray', title: how ? `Mapped ${HOW[how]}${state.evidence?.[field] && how !== 'explicit' ? `: ${state.evidence[field]}` : ''}` : 'Not read' }, how ? HOW[how] : ''),
    );
  });
  const notes = (state.notes ?? []).map((note) => h('p', { class: 'mapping-note gray' }, note));
  fill(container, headerRowLine(state, onHeaderRow), ...lines, ...notes);
  container.removeAttribute('aria-busy');
}

export function setMappingEnabled(container: HTMLElement, enabled: boolean): void {
  container.querySelectorAll('select').forEach((select) => (select.disabled = !enabled));
}
