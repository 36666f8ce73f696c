/**
 * Organizations: the team, department or business unit a row is assigned to. In a column
 * any real value counts; in free text we look for a group noun ("the Finance IT team",
 * "Planning Department", "the PMO") or an explicit owner cue ("Lead Owner: ...").
 */
import { placeholderCell } from './lexicon';
import { cellText } from './text';
import type { CellValue } from './types';

const PLACEHOLDER = placeholderCell(['unassigned', 'other', 'various', 'all', '0']);

/** The organization a cell names, or null for blanks and placeholders. */
export function parseOrganization(value: CellValue): string | null {
  const text = cellText(value);
  if (!text || PLACEHOLDER.test(text)) return null;
  // A number or a date in an organization column is a mis-mapped column, not a team.
  if (/^[\d\s.,:/-]+$/.test(text)) return null;
  return text;
}

// "Lead Owner: Planning Department", "owned by the Finance IT team": the phrase after the cue,
// up to the end of its clause, counts when it names a group.
const OWNER_CUE =
  /\b(?:[Ll]ead [Oo]wner|[Oo]wner|[Oo]wned by|[Ll]ed by|[Rr]esponsible|[Aa]ssigned to|[Rr]un by|[Mm]anaged by|[Ll]ead [Aa]gency)\s*[:\-–]?\s*(?:the\s+)?(\p{Lu}[^.,;(\n]{1,80})/u;
const GROUP_WORD = /\b(?:department|dept|committee|commission|council|board|team|office|division|unit|group|selectmen|trustees|pmo|staff|agency|authority)\b/i;

const GROUP_NOUN = new RegExp(
  '\\b(?:team|department|dept|division|unit|office|committee|commission|council|board|group|bureau|agency|' +
    'task ?force|squad|practice|directorate|ministry|authority|pmo|selectmen|trustees)\\b',
  'gi',
);
const CAPITALISED = /^(?:\p{Lu}[\p{L}&'’-]*|&)$/u;

/** "Finance IT team", "Planning Department", "the PMO": a group noun with its capitalised name before it. */
function namedGroup(text: string): string | null {
  GROUP_NOUN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = GROUP_NOUN.exec(text))) {
    const noun = match[0];
    if (/^(?:PMO|Selectmen|Trustees)$/i.test(noun) && /\p{Lu}/u.test(noun)) return noun;
    const before = text.slice(Math.max(0, match.index - 60), match.index).trimEnd().split(/\s+/);
    const name: string[] = [];
    for (let i = before.length - 1; i >= 0 && name.length < 4; i--) {
      if (!CAPITALISED.test(before[i]) || /^(?:The|A|An|Our|Their)$/.test(before[i])) break;
      name.unshift(before[i]);
    }
    if (name.length) return `${name.join(' ')} ${noun}`;
  }
  return null;
}

const REGION_FUNCTION =
  /\b((?:EMEA|APAC|AMER|LATAM|NA|EU|US|UK|DACH|Nordics|Americas|Europe)\s+(?:[Ss]ales|[Mm]arketing|[Oo]perations|[Oo]ps|[Ff]inance|IT|[Ee]ngineering|[Ss]upport|[Ss]ervices|[Tt]eam))\b/;

/** Finds an organization named in a sentence; returns the phrase, or null. */
export function findOrganizationInText(text: string): string | null {
  const cue = OWNER_CUE.exec(text);
  if (cue && GROUP_WORD.test(cue[1])) {
    return cue[1].trim();
  }
  const region = REGION_FUNCTION.exec(text);
  if (region) return region[1];
  // A bare group noun ("a team that thrives") is not an assignment: it must be named.
  return namedGroup(text);
}
