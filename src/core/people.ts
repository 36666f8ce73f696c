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
    'customer success support service services systems solutions revenue growth strategy planning risk compliance security ' +
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
// Italian, German and Spanish plans write the degree before the name ("Ing. Paolo Rinaldi",
// "Dott.ssa Giulia Ferri", "Dipl.-Ing. Jana Berg", "Lic. Ana Ruiz").
const HONORIFICS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle', 'sr', 'sra', 'srta', 'dott',
  'dott.ssa', 'prof.ssa', 'ing', 'avv', 'arch', 'geom', 'rag', 'mag', 'dipl.-ing', 'dipl', 'lic', 'dr.-ing',
]);
const PARTICLES = new Set(['van', 'von', 'der', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'st']);

// A name token: capitalised word (with apostrophes or hyphens: O'Neil, Jean-Luc, McArthur),
// or an initial such as "J." or "J".
const NAME_TOKEN = /^(?:\p{Lu}[\p{Ll}\p{M}'’`-]*\p{L}*|\p{Lu}\.?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+)$/u;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const HAS_DIGIT = /\d/;

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
  // No name token, particle or honorific has a digit, and a role word makes no name either.
  if (HAS_DIGIT.test(cleaned)) return null;
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
    // German capitalises every noun, so its "Leitung" and "Leiter" count only with a colon ("Leiter Vertrieb" is a role).
    'leitung:|leiter(?:in)?:|pl:|directeur|directrice|direttore|direttrice|referente:?|capo ?progetto:?|' +
    'respons[áa]vel:?|l[íi]der(?: do projeto)?:?|gerente(?: de projeto| do projeto)?:?|chefe de projeto:?|' +
    String.raw`project (?:lead|leader|manager):?|lead(?:er)?:|pm:?|owner:?|sponsor:?|manager:|champion:?)\s*(?::\s*)?`,
  'gi',
);
const SINGLE_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const INITIAL = /^\p{Lu}\.$/u;
const isHonorific = (word: string): boolean => HONORIFICS.has(folded(word.toLowerCase()).replace(/\.$/, ''));
// "Jane Liu leads the rollout": a name before the verb that says it leads the work.
// The verb is looked for first: the name's Unicode classes are slow to try at every position.
const LEADS_VERB = /\b(?:leads|owns|runs|drives|sponsors|heads|leitet|dirige|lidera|guida|coordina)\b/;
const NAME_THEN_LEADS = /(?:^|[\s(,;])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\.?|\s\p{Lu}\p{Ll}+){1,2})\s(?:leads|owns|runs|drives|sponsors|heads|leitet|dirige|lidera|guida|coordina)\b/u;

/** One given name: capitalised, not a role, a group or an honorific. */
function givenName(word: string): string | null {
  const lower = folded(word.toLowerCase());
  return SINGLE_NAME.test(word) && word.length >= 2 && !ROLE_WORDS.has(lower) && !HONORIFICS.has(lower) && !PARTICLES.has(lower) ? word : null;
}

// "Sales Dev (Lena)": a name in brackets right after a team or a role.
// Any mark that findPersonInText's detail split cuts at.
const DETAIL_MARK = /[,;|()[\]–—]|\s-\s/;
// The name inside the brackets, read at the character after "(". What stands before the
// bracket is found by walking back from it: a whole-text regex with a letter run before
// "\s*\(" retries every start and length of every word of the text.
const BRACKET_INSIDE = /(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\)/uy;
const LETTER_OR_DOT = /^[\p{L}.]$/u;
const SPACE = /^\s$/;

function isLetterOrDot(code: number, char: string): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46) return true;
  return code >= 128 && LETTER_OR_DOT.test(char);
}

/**
 * The word and the bracketed text of the first "word (Name)" at or after `from`: what
 * /([\p{L}.]+)\s*\((\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\)/u finds there, with where it ends.
 */
function bracketedAfter(text: string, from: number): { word: string; inside: string; end: number } | null {
  for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
    BRACKET_INSIDE.lastIndex = open + 1;
    const inside = BRACKET_INSIDE.exec(text);
    if (!inside) continue;
    let end = open;
    while (end > from) {
      const code = text.charCodeAt(end - 1);
      if (code === 32 || (code >= 9 && code <= 13) || (code >= 128 && SPACE.test(text[end - 1]))) end--;
      else break;
    }
    let start = end;
    while (start > from) {
      const code = text.charCodeAt(start - 1);
      // A letter outside the Basic Multilingual Plane is two code units, read as one character.
      const pair = code >= 0xdc00 && code <= 0xdfff && start - 2 >= from && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
      const width = pair ? 2 : 1;
      if (!isLetterOrDot(code, text.slice(start - width, start))) break;
      start -= width;
    }
    if (start === end) continue;
    return { word: text.slice(start, end), inside: inside[1], end: BRACKET_INSIDE.lastIndex };
  }
  return null;
}

/** Finds a named person in a sentence, introduced by a cue such as "led by" or "PM:". */
export function findPersonInText(text: string): string | null {
  PERSON_CUE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PERSON_CUE.exec(text))) {
    const words: string[] = [];
    for (const word of text.slice(match.index + match[0].length, match.index + match[0].length + 80).split(/\s+/)) {
      // An initial or an honorific keeps its dot and the name goes on: "K. Osei", "Dr. Meier".
      const initial = INITIAL.test(word) || isHonorific(word);
      const bare = initial ? word : word.replace(/[.,;:)]+$/, '');
      if (!/^\p{Lu}/u.test(bare) && !PARTICLES.has(bare)) break;
      words.push(bare);
      if ((bare !== word && !initial) || words.length === 4) break;
    }
    for (let length = words.length; length >= 2; length--) {
      const name = nameIn(words.slice(0, length).join(' '));
      if (name) return name;
    }
    // After a cue, an honorific and a surname name a person: "Verantwortlich: Dr. Meier", "PL: Frau Schulz".
    if (words.length >= 2 && isHonorific(words[0]) && givenName(words[1])) return `${words[0]} ${words[1]}`;
    if (words.length >= 1 && (words.length === 1 || !/^\p{Lu}/u.test(words[1]))) {
      const name = givenName(words[0]);
      if (name) return name;
    }
  }
  const leads = LEADS_VERB.test(text) ? NAME_THEN_LEADS.exec(text) : null;
  if (leads) {
    // "VP Customer Care Luis Ferraz owns…": the name is the last two words before the verb.
    const name = nameIn(leads[1].split(/\s/).slice(-2).join(' '));
    if (name) return name;
  }
  // "Implement Okta SSO — CISO office, John Park, $180K": a detail of its own that is a name.
  // A detail after a separator, and a bracketed name, need their marks: most statements have neither.
  const details = DETAIL_MARK.test(text) ? text.slice(0, 400).split(/\s*(?:[,;|()[\]]|\s[-–—]\s|[–—])\s*/) : [];
  for (let i = 1; i < details.length; i++) {
    const detail = details[i];
    // A detail with a digit is no name (see nameIn), nor one of fewer than two words: nameIn
    // names one word only when it is an e-mail address, which is skipped below.
    if (HAS_DIGIT.test(detail)) continue;
    const count = tokens(detail).length;
    if (count > 3 || count < 2) continue;
    const name = nameIn(detail);
    if (name && !name.includes('@')) return name;
  }
  for (let found = bracketedAfter(text, 0); found; found = bracketedAfter(text, found.end)) {
    if (!ROLE_WORDS.has(folded(found.word.toLowerCase()))) continue;
    const inside = found.inside;
    const name = inside.includes(' ') ? nameIn(inside) : givenName(inside);
    if (name) return name;
  }
  return null;
}
