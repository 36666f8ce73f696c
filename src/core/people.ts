/**
 * People: is a cell (or a phrase) an identified person, or only a role? The method counts
 * a project leader as identified when someone is named; "CFO" or "VP Customer Success"
 * names a seat, not a person, and a department names an organization.
 */
import { EXECUTIVE_ABBREVIATIONS, placeholderCell } from './lexicon';
import { cellText } from './text';
import type { CellValue } from './types';

export type PersonReading =
  | { kind: 'person'; name: string }
  | { kind: 'role'; text: string }
  | { kind: 'none' };

// Words that make a phrase a job title, a seat or a group rather than a person's name.
const ROLE_WORDS = new Set(
  (
    'president chair chairman chairwoman chairperson chief head director directors manager managers lead leads ' +
    'leader officer owner sponsor executive exec founder partner principal analyst architect engineer ' +
    'consultant specialist coordinator administrator admin controller treasurer secretary counsel ' +
    'gm md pm pmo svp evp board committee council commission department dept team group office ' +
    'division unit staff selectmen selectboard trustees steering taskforce task force working ' +
    'tbd tbc tba n/a na none unassigned vacant open hiring unknown various multiple all everyone ' +
    'sales marketing finance operations ops it hr legal procurement purchasing engineering product ' +
    'customer success support service services revenue growth strategy planning risk compliance security ' +
    'information technology digital data analytics supply chain logistics quality facilities ' +
    'human resources help desk helpdesk corp corporation inc llc ltd gmbh plc co company lab labs innovation ' +
    'center centre institute foundation university school hospital clinic bank group holdings partners ' +
    'global regional national emea apac amer latam na americas europe north south east west central ' +
    'and of the for & to dev development devops revops enablement partnerships sdr bdr csm ae alliances channel ' +
    // The same seats and groups in the other languages plans are kept in.
    'leiter leiterin leitung geschaftsfuhrer geschaftsfuhrerin geschaftsfuhrung vorstand vorsitzender vorsitzende abteilung bereich ' +
    'referat amt direktor direktorin referent referentin koordinator koordinatorin beauftragter beauftragte sachbearbeiter ' +
    'vertrieb einkauf personal verwaltung produktion qualitat gruppe stadt kreis gemeinde ' +
    'directeur directrice responsable chef cheffe equipe service departement direction commercial commerciale ventes achats ' +
    'ressources humaines informatique qualite groupe pole mairie ' +
    'jefe jefa gerente director directora equipo departamento direccion ventas compras recursos humanos informatica calidad ' +
    'area oficina grupo ayuntamiento coordinador coordinadora ' +
    'direttore direttrice responsabile ufficio dipartimento direzione vendite acquisti qualita gruppo comune coordinatore ' +
    'del de la le les los las des du di da der die das y et e und'
  )
    .split(' ')
    .concat(EXECUTIVE_ABBREVIATIONS),
);

// Honorifics stand before names ("Dr. Amara Osei") and say nothing either way.
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame', 'herr', 'frau', 'mme', 'sr', 'sra', 'dott']);
const PARTICLES = new Set(['van', 'von', 'der', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'st']);

// A name token: capitalised word (with apostrophes or hyphens: O'Neil, Jean-Luc, McArthur),
// or an initial such as "J." or "J".
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{M}'’`-]*\p{L}*|\p{Lu}\.?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+)$/u;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

function folded(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss') : word;
}

function tokens(part: string): string[] {
  return part.split(/\s+/).filter(Boolean);
}

/** A part of a cell that looks like one person's name: 2-4 capitalised tokens, none a role word. */
function nameIn(part: string): string | null {
  const cleaned = part.replace(/^[\s"'“”‘’]+|[\s"'“”‘’.,;:]+$/g, '');
  // A shared mailbox ("sales-ops@", "pmo@") is a group, not a person.
  if (EMAIL.test(cleaned)) return ROLE_WORDS.has(cleaned.split('@')[0].toLowerCase().split(/[.\-_+]/)[0]) ? null : cleaned;
  const words = tokens(cleaned);
  if (words.length < 2 || words.length > 5) return null;
  let capitalised = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/[.,]$/, '');
    if (ROLE_WORDS.has(lower) || ROLE_WORDS.has(folded(lower))) return null;
    if (PARTICLES.has(lower) || HONORIFICS.has(lower.replace(/\.$/, ''))) continue;
    if (!NAME_TOKEN.test(word.replace(/,$/, ''))) return null;
    capitalised++;
  }
  // "WHITFIELD DANA" and other all-caps cells are names too, but "IT OPS" is not; the role
  // words above have already ruled out the common all-caps group names.
  return capitalised >= 2 ? cleaned : null;
}

/** "Whitfield, Dana" is how many CRMs export a name. */
function reorderSurnameFirst(text: string): string | null {
  const match = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (!match) return null;
  const surname = match[1].trim();
  const given = match[2].trim();
  if (tokens(surname).length > 2 || tokens(given).length > 2) return null;
  return nameIn(`${given} ${surname}`) ? `${given} ${surname}` : null;
}

const NO_LEADER = placeholderCell(['unassigned', 'vacant', 'open', 'hiring']);

/** Reads a person cell: a named person (perhaps with a title beside the name), a bare role, or nothing. */
export function parsePerson(value: CellValue): PersonReading {
  if (typeof value !== 'string') return { kind: 'none' };
  const text = cellText(value);
  if (!text || text.length > 200) return text ? { kind: 'role', text: text.slice(0, 60) } : { kind: 'none' };
  if (NO_LEADER.test(text)) return { kind: 'none' };

  const reordered = reorderSurnameFirst(text);
  if (reordered) return { kind: 'person', name: reordered };

  // A cell may hold a name and a title ("Dana Whitfield (CFO)", "CFO - Dana Whitfield",
  // "Dana Whitfield, VP Sales") or several people ("Raj Patel / Ana Ruiz").
  for (const part of text.split(/\s*(?:[()[\]|/;,]|\s[-–—]\s|\s&\s|\sand\s)\s*/)) {
    const name = part ? nameIn(part) : null;
    if (name) return { kind: 'person', name };
  }
  return { kind: 'role', text };
}

// In free text a person is introduced by words such as "led by", "PM:", "owner", "geleitet
// von", "dirigé par"; the name is the run of capitalised words right after the cue. After a
// cue, one given name is enough ("owner Priya"), as it is in brackets after a team ("Sales
// Dev (Lena)").
const PERSON_CUE = new RegExp(
  String.raw`(?:^|[\s(,;])(?:led by|managed by|owned by|sponsored by|headed by|run by|championed by|driven by|` +
    'geleitet von|verantwortlich(?:e|er)?:?|projektleit(?:er|erin|ung):?|ansprechpartner(?:in)?:?|' +
    'dirig[ée]e? par|pilot[ée]e? par|port[ée]e? par|chef de projet:?|responsable:?|' +
    'dirigido por|liderado por|a cargo de|jefe de proyecto:?|responsabile:?|guidato da|coordinato da|' +
    String.raw`project (?:lead|leader|manager):?|lead(?:er)?:|pm:?|owner:?|sponsor:?|manager:|champion:?)\s*`,
  'gi',
);
const SINGLE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** One given name: capitalised, not a role, a group or an honorific. */
function givenName(word: string): string | null {
  const lower = folded(word.toLowerCase());
  return SINGLE_NAME.test(word) && word.length >= 2 && !ROLE_WORDS.has(lower) && !HONORIFICS.has(lower) && !PARTICLES.has(lower) ? word : null;
}

// "Sales Dev (Lena)": a name in brackets right after a team or a role.
// Any mark that findPersonInText's detail split cuts at.
const DETAIL_MARK = /[,;|()[\]–—]|\s-\s/;
const BRACKETED_NAME = /([\p{L}.]+)\s*\((\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\)/gu;

/** Finds a named person in a sentence, introduced by a cue such as "led by" or "PM:". */
export function findPersonInText(text: string): string | null {
  PERSON_CUE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PERSON_CUE.exec(text))) {
    const words: string[] = [];
    for (const word of text.slice(match.index + match[0].length, match.index + match[0].length + 80).split(/\s+/)) {
      const bare = word.replace(/[.,;:)]+$/, '');
      if (!/^\p{Lu}/u.test(bare) && !PARTICLES.has(bare)) break;
      words.push(bare);
      if (bare !== word || words.length === 4) break;
    }
    for (let length = words.length; length >= 2; length--) {
      const name = nameIn(words.slice(0, length).join(' '));
      if (name) return name;
    }
    if (words.length >= 1 && (words.length === 1 || !/^\p{Lu}/u.test(words[1]))) {
      const name = givenName(words[0]);
      if (name) return name;
    }
  }
  // "Implement Okta SSO — CISO office, John Park, $180K": a detail of its own that is a name.
  // A detail after a separator, and a bracketed name, need their marks: most statements have neither.
  const details = DETAIL_MARK.test(text) ? text.slice(0, 400).split(/\s*(?:[,;|()[\]]|\s[-–—]\s|[–—])\s*/) : [];
  for (let i = 1; i < details.length; i++) {
    const detail = details[i];
    if (tokens(detail).length > 3) continue;
    const name = nameIn(detail);
    if (name && !name.includes('@')) return name;
  }
  BRACKETED_NAME.lastIndex = 0;
  while (text.includes('(') && (match = BRACKETED_NAME.exec(text))) {
    if (!ROLE_WORDS.has(folded(match[1].toLowerCase()))) continue;
    const inside = match[2];
    const name = inside.includes(' ') ? nameIn(inside) : givenName(inside);
    if (name) return name;
  }
  return null;
}
