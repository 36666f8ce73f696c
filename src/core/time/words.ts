/**
 * The words time-frames are written with, in English, German, French, Spanish and Italian:
 * months, duration units, ordinals, quarter and half words, and the phrases before a date
 * that make it a deadline, a start or a period ("by", "bis Ende", "d'ici", "para", "entro il").
 * The reader (timeframe.ts and time/) looks tokens up here; it lowercases them but keeps accents, so
 * both "année" and "annee" are listed where people type either.
 */
import { CURRENCY_CODES, CURRENCY_SIGNS } from '../lexicon';

export const MONTHS = new Map<string, number>();
for (const [month, names] of [
  [1, 'jan january januar jänner janner janvier janv enero ene gennaio gen'],
  [2, 'feb february februar février fevrier févr fevr febrero febbraio'],
  [3, 'mar march märz maerz marz mrz mars marzo'],
  [4, 'apr april avril avr abril abr aprile'],
  [5, 'may mai mayo maggio mag'],
  [6, 'jun june juni juin junio giugno giu'],
  [7, 'jul july juli juillet juil julio luglio lug'],
  [8, 'aug august août aout agosto ago'],
  [9, 'sep sept september septembre septiembre setiembre settembre set'],
  [10, 'oct october oktober okt octobre octubre ottobre ott'],
  [11, 'nov november novembre noviembre'],
  [12, 'dec december dezember dez décembre decembre déc diciembre dic dicembre'],
] as const) {
  for (const name of names.split(' ')) MONTHS.set(name, month);
}
/** Month names that are also everyday words ("we may", "el mar", "3 years ago", "set up"): a time only when capitalised or with a year. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'mai', 'ago', 'set', 'gen', 'mag', 'march', 'dic']);

export const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30, sixty: 60, ninety: 90,
    ein: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, sechs: 6, zwölf: 12, achtzehn: 18,
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, douze: 12, dix: 10, huit: 8,
    uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, seis: 6, doce: 12, dieciocho: 18,
    due: 2, tre: 3, sei: 6, dodici: 12, diciotto: 18,
  }),
);

export interface Unit {
  days?: number;
  months?: number;
}
/** Duration units: days, or calendar months (so "6 months" from Jan 31 ends on Jul 31). */
export const UNITS = new Map<string, Unit>();
for (const [unit, names] of [
  [{ days: 1 }, 'day days tag tage tagen jour jours día días dia dias giorno giorni'],
  [{ days: 7 }, 'week weeks wk wks woche wochen semaine semaines semana semanas settimana settimane'],
  [{ days: 14 }, 'fortnight fortnights'],
  [{ months: 1 }, 'month months mo mos mth mths monat monate monaten monats mois mes meses mese mesi'],
  [{ months: 3 }, 'quarter quarters qtr qtrs quartal quartale quartalen trimestre trimestres trimestri'],
  [{ months: 12 }, 'year years yr yrs jahr jahre jahren ans année années annee annees año años anno anni'],
] as const) {
  for (const name of names.split(' ')) UNITS.set(name, unit);
}

/** English ordinals before "quarter" and "half" ("third quarter", "the first half"); 0 is the last one. */
export const ORDINALS = new Map<string, number>(
  Object.entries({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 0, final: 0 }),
);
/** Ordinal words in the other languages, before a quarter or half word ("premier trimestre", "segundo semestre"). */
export const ORDINAL_WORDS = new Map<string, number>(
  Object.entries({
    erstes: 1, erste: 1, ersten: 1, zweites: 2, zweite: 2, zweiten: 2, drittes: 3, dritte: 3, dritten: 3, viertes: 4, vierte: 4, vierten: 4,
    premier: 1, première: 1, premiere: 1, deuxième: 2, deuxieme: 2, second: 2, seconde: 2, troisième: 3, troisieme: 3, quatrième: 4, quatrieme: 4,
    primer: 1, primero: 1, primera: 1, segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4,
    primo: 1, secondo: 2, terzo: 3, quarto: 4,
    // German writes a quarter in Roman numerals too: "II. Quartal 2027".
    i: 1, ii: 2, iii: 3, iv: 4,
  }),
);
/** "3e", "1er", "2ème", "2º", "1ª", "2do", "3rd": a written ordinal of a quarter or half. */
export const ORDINAL_NUMBER = /^([1-4])(?:st|nd|rd|th|er|re|e|ème|eme|è|º|ª|o|a|do|da|ro|ra|to|ta|°)$/;
/** Words naming a quarter (q) or a half (h) after an ordinal: "1. Quartal", "2. Halbjahr", "3e trimestre", "segundo semestre". */
export const PERIOD_WORDS = new Map<string, 'q' | 'h'>(
  Object.entries({
    // "1º tri 2027": Brazilian plans shorten trimestre to tri.
    quartal: 'q', quartals: 'q', trimestre: 'q', tri: 'q',
    halbjahr: 'h', halbjahres: 'h', hj: 'h', semester: 'h', semestre: 'h', semestres: 'h',
  }),
);
/** Words after which "2027" is a fiscal year ("Geschäftsjahr 2027", "exercice 2027"), like "fiscal year". */
export const FISCAL_WORDS = new Set(['fiscal', 'geschäftsjahr', 'geschaeftsjahr', 'exercice', 'ejercicio']);

/** "early", "mid" and "late" in a year, and their equivalents: the third of the year each names. */
export const PART_OF_YEAR = new Map<string, number>(
  Object.entries({ early: 0, mid: 1, late: 2, anfang: 0, mitte: 1, début: 0, debut: 0, mi: 1, principios: 0, mediados: 1, inizio: 0, metà: 1 }),
);

export const RANGE_WORDS = new Set(['-', '–', '—', '~', 'to', 'through', 'thru', 'until', 'till', 'til', 'bis', 'à', 'a', 'au', 'al', 'hasta']);

// A number right after one of these is money, not a date.
export const MONEY_BEFORE = new Set<string>([...CURRENCY_SIGNS, '#', ...CURRENCY_CODES.map((code) => code.toLowerCase())]);
export const MONEY_AFTER = new Set<string>(['%', 'percent', 'pct', 'k', 'm', 'bn', 'mn', 'million', 'billion', 'thousand', 'dollars', 'euros', ...CURRENCY_SIGNS, ...CURRENCY_CODES.map((code) => code.toLowerCase())]);
// "every 6-month period" is a cadence, not a time-frame.
export const CADENCE = new Set(['every', 'per', 'each', 'jede', 'jeden', 'jedes', 'alle', 'chaque', 'tous', 'cada', 'ogni']);
/** After a bare duration in a sentence, words that make it a cadence or an age ("2 weeks a year", "6 months ago"), not a time-frame. */
export const NOT_AFTER_DURATION = new Set(['a', 'an', 'per', 'par', 'pro', 'al', 'ago', 'old', 'later', 'earlier', 'each', 'every', 'fa', 'zuvor', 'später']);
/** Before a bare duration in a sentence, words that make it a target value ("cut lead time to 6 weeks") or past ("the last 6 months", "vor 2 Jahren", "hace 6 meses"), not a time-frame. */
export const NOT_BEFORE_DURATION = new Set([
  'to', 'than', 'under', 'below', 'least', 'most', 'max', 'aged', 'auf', 'unter', 'sous', 'menos', 'moins',
  'last', 'past', 'previous', 'prior', 'letzten', 'vergangenen', 'vor', 'últimos', 'ultimos', 'hace', 'ultimi', 'depuis',
]);

export type Role = 'period' | 'deadline' | 'before' | 'start' | 'between';

export interface Prefix {
  words: string[];
  role: Role;
  /** Whether a duration may follow ("over 18 months"; "by 18 months" is not English). */
  duration: boolean;
  /** "end of" makes "year", "quarter" and "month" mean the current one. */
  endOf?: boolean;
}

const PREFIXES: Prefix[] = [];
/** Phrases are comma-separated; words are split as the reader's tokens are ("d'ici" is d ' ici). */
function prefixes(role: Role, duration: boolean, phrases: string, endOf = false): void {
  for (const phrase of phrases.split(',')) {
    const words = phrase.trim().replace(/(['’])/g, ' $1 ').split(/\s+/);
    PREFIXES.push({ words, role, duration, endOf });
    // The same phrase typed with the other apostrophe.
    if (phrase.includes("'")) PREFIXES.push({ words: words.map((w) => (w === "'" ? '’' : w)), role, duration, endOf });
  }
}
prefixes('deadline', false, 'by the end of, by end of, at the end of, the end of, end of, before the end of', true);
prefixes('deadline', false, 'by end, by, no later than, not later than, until, till, til, through, thru, up to and including');
prefixes('deadline', false, 'due by, due on, due date, due, deadline, target date, end date, ends, ending, end, eta, complete by, completed by, finish by');
prefixes('before', false, 'before, prior to');
prefixes('start', false, 'start by, start in, start on, start date, start, starts, starting in, starting from, starting on, starting');
prefixes('start', false, 'begin in, begin by, beginning in, beginning, begins, from, since, commencing, effective, as of, kick off in');
prefixes('between', false, 'between');
prefixes('period', true, 'over the next, in the next, within the next, during the next, for the next, over the coming, in the coming, for the coming, the next, the coming, next, coming, over a period of, for a period of');
// "up to 3 months" is a duration, "up to 2030" a deadline.
prefixes('deadline', true, 'up to');
prefixes('period', true, 'within, over, in, for, during, throughout');
prefixes('period', false, 'on, timing, timeline, timeframe, time frame, target, scheduled for, planned for, expected in');
// German
prefixes('deadline', false, 'bis ende, bis zum ende, spätestens ende, ende, zum ende', true);
prefixes('deadline', false, 'bis spätestens, bis zum, bis, spätestens, fällig am, fällig');
prefixes('before', false, 'vor');
prefixes('start', false, 'ab dem, ab, seit, von, beginnend');
prefixes('period', true, 'in den nächsten, innerhalb von, innerhalb, binnen, über, während, für, im laufe von, im');
// French
prefixes('deadline', false, "d'ici fin, d'ici la fin de, d'ici à fin, à la fin de, avant la fin de, fin, jusqu'à fin, jusqu'à la fin de", true);
prefixes('deadline', false, "d'ici à, d'ici le, d'ici, jusqu'au, jusqu'à, jusqu'en, au plus tard, pour");
prefixes('before', false, 'avant le, avant');
prefixes('start', false, 'à partir de, à compter de, dès, depuis');
prefixes('period', true, 'dans les, dans, sur, pendant, en, au cours du, au cours de, au, courant');
// Spanish
prefixes('deadline', false, 'a finales de, a fines de, para finales de, para fines de, antes de finales de, finales de, fines de, fin de, a fin de, para fin de', true);
prefixes('deadline', false, 'para el, para, hasta el, hasta, a más tardar');
prefixes('before', false, 'antes del, antes de');
prefixes('start', false, 'a partir del, a partir de, desde el, desde');
prefixes('period', true, 'en los próximos, en el, en, durante, dentro de');
// Italian
prefixes('deadline', false, 'entro fine, entro la fine del, entro la fine di, alla fine del, fine', true);
prefixes('deadline', false, 'entro il, entro la, fino al, fino a');
// "entro 12 mesi" is a duration, "entro 2026" a deadline.
prefixes('deadline', true, 'entro');
prefixes('before', false, 'prima del, prima di');
prefixes('start', false, 'a partire dal, a partire da, dal, dalla');
prefixes('period', true, 'nei prossimi, nel, nella');

/** Indexed by first word and longest first, so each token checks only its own candidates. */
export const PREFIX_BY_FIRST = new Map<string, Prefix[]>();
for (const p of PREFIXES) {
  const list = PREFIX_BY_FIRST.get(p.words[0]) ?? [];
  // Phrases listed in two languages ("fin" in French and Italian) are read once.
  if (!list.some((q) => q.words.join(' ') === p.words.join(' '))) list.push(p);
  PREFIX_BY_FIRST.set(p.words[0], list);
}
for (const list of PREFIX_BY_FIRST.values()) list.sort((x, y) => y.words.length - x.words.length);

/**
 * Text with no digit is skipped unless it has a word that can open a time-frame without one
 * ("by March", "next year", "premier trimestre"): the reader runs on every row's text. Month
 * names must be whole words ("decrease" is no "Dec"), and those that are everyday words only
 * count capitalised ("by May", not "we may").
 */
const PERIOD_STEMS = 'year quarter month week day fortnight half fy fiscal eo[yq] quartal halbjahr jahr monat woche trimestre semestre mois semaine année annee año semana anno mese settimana';
const MONTH_WORDS = [...MONTHS.keys()].filter((name) => !AMBIGUOUS_MONTHS.has(name));
export const MAYBE_TIME_WORD = new RegExp(`(?:^|[^\\p{L}])(?:(?:${PERIOD_STEMS.split(' ').join('|')})|(?:${MONTH_WORDS.join('|')})(?![\\p{L}]))`, 'iu');
export const MAYBE_TIME_MONTH = new RegExp(`(?:^|[^\\p{L}])(?:${[...AMBIGUOUS_MONTHS].map((name) => name[0].toUpperCase() + name.slice(1)).join('|')})(?![\\p{L}])`, 'u');
