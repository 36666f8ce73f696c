/**
 * Whether a row's title is a seller's note to self ("Follow up with procurement", "Call back
 * re: renewal", "Ask finance about budget") rather than the customer's goal or program.
 * The verbs such notes open with also open real plan lines: "Call center consolidation",
 * "Meet systemwide vending targets", "Email security gateway replacement", "Get the invoice
 * exception rate under 3%", "Sync and async behave the same", and Spanish "Todo el personal…".
 * So those verbs make a note only with what makes one: whom it is with or about ("with",
 * "back", "re", "about"), in a line short enough to be a note.
 */

/** Openers that are a note whatever follows: nobody writes a plan line this way. */
const ALWAYS = new Set(['ping', 'remind', 'chase', 'ask', 'need', 'needs', 'fyi', 'nachfassen', 'rückruf', 'rueckruf', 'relancer', 'ricontattare', 'recontactar']);
const ALWAYS_PHRASES = ['follow up', 'follow-up', 'followup', 'reach out', 'loop in', 'touch base', 'circle back', 'look into', 'find out'];

/**
 * Openers that are a note only with one of their cues among the next few words. A Map, not
 * an object: a line opening with "Constructor" must not find Object's own constructor here.
 */
const CUED = new Map<string, ReadonlySet<string>>(Object.entries({
  call: new Set(['back', 'with', 're', 'about']),
  check: new Set(['in', 'with', 'on', 'back', 're', 'about', 'if', 'whether']),
  meet: new Set(['with', 'up', 're', 'about']),
  sync: new Set(['with', 'up', 're', 'about']),
  email: new Set(['to', 'with', 'back', 're', 'about']),
  'e-mail': new Set(['to', 'with', 'back', 're', 'about']),
  send: new Set(['to', 'over', 'back', 're', 'about']),
  get: new Set(['back', 'with', 're', 'about']),
  talk: new Set(['to', 'with', 're', 'about']),
  discuss: new Set(['with', 're', 'about']),
  confirm: new Set(['with', 're', 'about']),
  termin: new Set(['mit', 'bei']),
  enviar: new Set(['a', 'al']),
  mandar: new Set(['a', 'al']),
  envoyer: new Set(['a', 'à', 'au']),
  inviare: new Set(['a', 'al']),
  sentire: new Set(['per']),
  llamar: new Set(['a', 'al', 'con']),
  ligar: new Set(['para', 'pro', 'com']),
  appeler: new Set(['le', 'la', 'les']),
  chiamare: new Set(['il', 'la', 'per']),
}));
/** How far after the verb a cue may stand ("Call Bob about renewal", "Discuss pricing with procurement"). */
const CUE_REACH = 4;
/** A note is short; a longer line that opens with "Send" or "Discuss" is a piece of the plan. */
const MAX_NOTE_WORDS = 10;

/** "TODO: …", "To do – …", "Note: …": a label that says so. */
const NOTE_LABEL = /^\s*(?:to[- ]?do|notes?)\s*[:–—-]/i;
const CAPITAL_TODO = /^\s*TODO\b/;

const WORD = /\S+/g;

/** The first `count` words of the text as split(/\s+/) gives them: a title's opening is all a note is told by. */
function leadingWords(text: string, count: number): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  while (words.length < count) {
    const match = WORD.exec(text);
    if (!match) break;
    words.push(match[0]);
  }
  return words;
}

/** The words a note may open with: any other opening is no note, told before the title is split. */
const OPENERS = new Set([...ALWAYS, ...CUED.keys(), ...ALWAYS_PHRASES.map((phrase) => phrase.split(' ')[0])]);
const FIRST_WORD = /^[\s\p{P}]*(\p{L}+(?:-\p{L}+)?)/u;

export function isTodoNote(title: string): boolean {
  if (NOTE_LABEL.test(title) || CAPITAL_TODO.test(title)) return true;
  const opener = FIRST_WORD.exec(title);
  if (!opener || !OPENERS.has(opener[1].toLowerCase())) return false;
  const lower = title.toLowerCase().trim();
  // The verb, and the few words after it where a cue may stand.
  const words = leadingWords(lower, 1 + CUE_REACH).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const first = words[0] ?? '';
  // "Needs-based", "Call-center" are words of their own, not the verb.
  if (/^[a-z]+-[a-z]/.test(words[0] ?? '') && !ALWAYS_PHRASES.includes(first) && first !== 'e-mail') return false;
  if (ALWAYS.has(first)) return true;
  const opening = words.slice(0, 2).join(' ');
  if (ALWAYS_PHRASES.some((phrase) => opening === phrase || first === phrase)) return true;
  const cues = CUED.get(first);
  if (!cues || leadingWords(lower, MAX_NOTE_WORDS + 1).length > MAX_NOTE_WORDS) return false;
  return words.slice(1, 1 + CUE_REACH).some((word) => cues.has(word));
}
