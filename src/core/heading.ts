/**
 * Whether a row is a section heading of the plan ("Key Initiatives", "Strategic Priorities
 * FY27", "OFFENE PUNKTE", "Objetivos del cliente 2027", "Next steps:") or a bare label with
 * a number ("Initiative 2"), rather than a statement. A heading names a list; the rows under
 * it are the goals and initiatives. It is read from the words a heading is made of: a word
 * that names a list or a section, with at most a qualifier or two ("key", "open", "customer",
 * a year), and no verb. "Analysis" is not such a word: "Gap analysis" is as often a piece of
 * work to deliver.
 */
import { OUTCOME_VERBS, WORK_VERBS } from './model/lexicon';
import { isFunctionWord, stemWord, type Language } from './model/stemmer';
import { fold } from './model/words';

/** Words that name a list or a section of a plan, folded (lower case, no accents). */
const SECTION_WORDS = new Set(
  (
    // en
    'initiatives goals objectives priorities actions steps items points risks issues opportunities results okrs okr kpis ' +
    'projects programs programmes overview summary background notes appendix landscape swot milestones ' +
    'deliverables metrics pillars themes workstreams challenges contents agenda ' +
    // de
    'initiativen ziele massnahmen prioritaten schritte punkte risiken chancen projekte programme uberblick ubersicht ' +
    'zusammenfassung hintergrund anhang meilensteine kennzahlen handlungsfelder themen schwerpunkte ' +
    // fr
    'objectifs priorites etapes risques opportunites projets apercu synthese resume contexte annexe jalons indicateurs axes ' +
    // es / pt
    'iniciativas objetivos acciones prioridades pasos riesgos oportunidades proyectos programas resumen contexto anexo ' +
    'hitos indicadores ejes acoes passos pontos riscos projetos resumo marcos eixos ' +
    // it
    'iniziative obiettivi azioni priorita passi punti rischi opportunita progetti programmi sintesi riepilogo allegato traguardi assi'
  ).split(' '),
);

/** The singular labels a template numbers its rows with: "Initiative 2", "Ziel 3", "Objectif 1". */
const LABELS = new Set(
  'initiative goal objective project action priority item ziel massnahme projekt objectif projet objetivo proyecto meta accion obiettivo progetto azione iniciativa projeto acao'.split(
    ' ',
  ),
);

/** Words that qualify a heading without making it a statement. */
const QUALIFIERS = new Set(
  (
    'key main top strategic customer customers account client our current open next other additional proposed planned ' +
    'business sales corporate company annual quarterly general overall high level and ' +
    'wichtigste wichtige strategische offene nachste kunde kunden unsere weitere ' +
    'principaux principales cles strategiques ouverts prochaines client nos autres ' +
    'principales clave estrategicas estrategicos abiertos proximos cliente nuestras nuestros otros ' +
    'principali chiave strategiche strategici aperti prossimi nostri altri ' +
    'principais chave estrategicas estrategicos abertos proximos nossos outros em aberto'
  ).split(' '),
);

/** A year, a fiscal year or a quarter: "2027", "FY27", "FY 2027", "Q3", "H1". */
const PERIOD = /^(?:(?:19|20)\d\d|fy\d{2,4}|fy|q[1-4]|h[12]|\d{2}\/\d{2})$/;
/** List numbering before a heading: "1.", "2)", "A.", "II.". */
const NUMBERING = /^\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+/i;
const MAX_WORDS = 5;
/** Longer than any five words of a heading. */
const MAX_CHARACTERS = 80;
const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'it', 'pt'];

function isVerb(word: string): boolean {
  return LANGUAGES.some((language) => {
    const stem = stemWord(word, language);
    return WORK_VERBS.has(stem) || OUTCOME_VERBS.has(stem) || WORK_VERBS.has(word) || OUTCOME_VERBS.has(word);
  });
}

export function isHeading(text: string): boolean {
  // A heading is short: every longer line (most rows) is told at once, before any other work.
  if (text.length > MAX_CHARACTERS) return false;
  const trimmed = text.replace(NUMBERING, '').replace(/[:\s]+$/, '');
  // A heading is a few words and nothing else: no sentence, no amount, no percentage.
  if (!trimmed || /[%$€£¥.!?,;()]/.test(trimmed)) return false;
  const words = trimmed.split(/[\s/&–—-]+/).filter(Boolean).map((word) => fold(word));
  if (words.length > MAX_WORDS) return false;
  // "Initiative 2", "Goal #3": a template's label and its number.
  if (words.length === 2 && LABELS.has(words[0]) && /^#?\d{1,3}[a-z]?$/.test(words[1])) return true;
  let sections = 0;
  let others = 0;
  for (const word of words) {
    if (SECTION_WORDS.has(word)) sections++;
    else if (PERIOD.test(word) || QUALIFIERS.has(word) || isFunctionWord(word)) continue;
    else if (/\d/.test(word) || isVerb(word)) return false;
    else others++;
  }
  return sections >= 1 && others <= 1;
}
