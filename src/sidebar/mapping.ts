/**
 * The column mapping: one line per field, each a dropdown of the sheet's headers plus
 * "(none)", showing what Goalpost reads now and whether that is the user's choice or its
 * own reading of the sheet.
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
  start: 'Start',
  end: 'End',
  timeframe: 'Time-frame',
  parent: 'Parent',
};

const HOW = { explicit: 'your choice', header: 'by header', content: 'by contents' } as const;

/** Draws the mapping; `onChoose` gets the field and the chosen header, or NONE. */
export function renderMapping(container: HTMLElement, state: SidebarState, onChoose: (field: Field, header: string) => void): void {
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
      h('span', { class: 'how gray', title: how ? `Mapped ${HOW[how]}` : 'Not read' }, how ? HOW[how] : ''),
    );
  });
  fill(container, ...lines);
  container.removeAttribute('aria-busy');
}

export function setMappingEnabled(container: HTMLElement, enabled: boolean): void {
  container.querySelectorAll('select').forEach((select) => (select.disabled = !enabled));
}
