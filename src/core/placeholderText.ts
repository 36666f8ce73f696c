/**
 * Rows of a plan that nobody wrote as a statement: the filler a template ships with
 * ("Lorem ipsum dolor sit amet", "Sample text here", "New row"), its instructions
 * ("[Insert goal here]", "Click to add text"), a totals row ("Total budget"), a field written
 * as a row ("Owner: Finance") and notes about the sheet ("Row intentionally left blank",
 * "See tab 'Initiatives'"). Their words may read as a goal or as work ("Add" opens work), so
 * they are told apart before the wording is judged.
 */
import { fieldOfHeader } from './fields';
import { PLACEHOLDER_WORDS } from './lexicon';
import { normalize } from './text';
import { lex, type Token } from './tokens';

export type PlaceholderKind = 'filler' | 'instruction' | 'total' | 'field' | 'note';

const words = (list: string) => new Set(list.split(/\s+/));

// Words a template fills a cell with, in the languages Goalpost reads.
const FILLER = words(
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore dolore magna aliqua ' +
    'test testing sample example placeholder dummy filler new row text here item entry line foo bar baz ' +
    'beispiel beispieltext muster mustertext neu neue neuer zeile eintrag hier ' +
    'exemple texte ici nouveau nouvelle ligne entree ' +
    'ejemplo texto aqui nuevo nueva fila entrada prueba ' +
    'esempio testo qui nuovo nuova riga voce prova',
);
// A title that only says it is still to be written ("TBD", "TBC", "n/a"): the words a budget
// or a date cell says the same with, from the one list of them.
for (const word of PLACEHOLDER_WORDS) for (const part of word.split('/')) FILLER.add(part);
// What a template asks for, and how it asks.
const ASKS = words(
  'insert enter type add write put click tap fill describe edit replace ' +
    'einfugen eingeben hinzufugen schreiben eintragen klicken ' +
    'inserer saisir ajouter ecrire cliquer remplir ' +
    'insertar introducir anadir escribir agregar haga clic pulse ' +
    'inserire aggiungere scrivere digitare fare clicca',
);
const ASKED_FOR = words(
  'goal goals objective objectives initiative initiatives statement title description name project key result results ' +
    'ziel ziele massnahme titel beschreibung objectif objectifs titre objetivo objetivos titulo descripcion obiettivo obiettivi titolo descrizione nome',
);
const GLUE = words(
  'a an the your my our of to for or and here me this on please ' +
    'de du le la les ici votre el los las su aqui il lo di del qui vostro ihr ihre hier der die das ein eine und zu um pour para per 1 2 3',
);
const TOTALS = words('total totals subtotal grand totale totali summe gesamt gesamtsumme zwischensumme somme suma subtotale totaal');
// A plan's status column has no field of its own, but "Status: on hold" is a field all the same.
const STATUS = /^\s*(?:status|stato|statut|estado|stand)\s*$/i;
// Notes about the sheet itself: "Row intentionally left blank", "See tab 'Initiatives'",
// "Delete this row before sending" (and in the other languages), and the name a copied file
// or tab gets ("Copy of Q3 plan (1)", "Kopie von Ziele (2)").
const NOTE = new RegExp(
  [
    String.raw`\bintentionally left blank\b|\bdo not (?:share|distribute|edit|delete)\b`,
    String.raw`^\s*(?:see|siehe|voir|ver|vedi)\s+(?:tab|sheet|row|line|page|column|above|below|blatt|zeile|tabelle|onglet|ligne|hoja|fila|pestana|foglio|riga|scheda)\b`,
    String.raw`\b(?:delete|remove|hide) (?:this|these) (?:rows?|lines?|tabs?|sheets?|columns?)\b`,
    String.raw`\b(?:diese|die) (?:zeilen?|spalten?)\b[^.]{0,40}\b(?:l(?:ö|oe)schen|entfernen)\b|\bsupprimer (?:cette|ces) (?:lignes?|colonnes?)\b`,
    String.raw`\b(?:borrar|eliminar) (?:esta|estas) (?:filas?|columnas?)\b|\b(?:eliminare|cancellare) (?:questa|queste) (?:riga|righe|colonna|colonne)\b`,
    String.raw`^\s*(?:copy of|kopie von|copie de|copia de|copia di)\s[^()]{1,60}\(\d{1,3}\)\s*$`,
  ].join('|'),
  'i',
);

const LABEL = /^([^:]{1,25}):\s*\S/;

function fieldLabel(text: string): string | null {
  // The label ends at the text's first colon, 1 to 25 characters in: most text has none there.
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 25) return null;
  return LABEL.exec(text)?.[1] ?? null;
}

/** A column header's words before a colon ("Owner", "Fällig", "Budget (EUR)"), the statement's own fields aside. */
function isFieldLabel(label: string | null): boolean {
  if (label === null) return false;
  if (STATUS.test(label)) return true;
  const header = fieldOfHeader(label);
  return header !== null && header.match === 'exact' && header.field !== 'title';
}

const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * The text's words as normalize(text).split(/[^a-z0-9]+/) gives them. The text was just
 * lexed by the junk check, so ASCII text (where normalize only lowercases and spells "&" as
 * "and") reads them from the shared tokens; other text takes normalize's Unicode folding.
 */
export function placeholderWords(text: string, tokens: readonly Token[] = lex(text)): string[] {
  if (NOT_ASCII.test(text)) return normalize(text).split(/[^a-z0-9]+/).filter(Boolean);
  const all: string[] = [];
  for (const token of tokens) {
    if (token.word) all.push(token.lower);
    else if (token.text === '&') all.push('and');
  }
  return all;
}

/** What kind of non-statement the text is, or null when it may be a statement. */
export function placeholderKind(text: string): PlaceholderKind | null {
  // Runs on every row: what opens a real statement is rarely any of these words.
  const tokens = lex(text);
  const first = tokens.find((token) => token.word);
  if (!first) return null;
  const opening = normalize(first.text);
  const label = fieldLabel(text);
  const opensLikeOne = FILLER.has(opening) || ASKS.has(opening) || ASKED_FOR.has(opening) || TOTALS.has(opening) || label !== null || GLUE.has(opening) || (text.length <= 80 && NOTE.test(text));
  if (!opensLikeOne) return null;
  const all = placeholderWords(text, tokens);
  // A note about the sheet is short; a statement may say "do not" or "see" in passing.
  if (all.length <= 8 && NOTE.test(text)) return 'note';
  if (all.includes('lorem') && all.includes('ipsum')) return 'filler';
  // "Owner: Finance", "Budget: TBD": a field's label and a value, not a statement.
  if (all.length <= 4 && isFieldLabel(label)) return 'field';
  if (TOTALS.has(opening) && all.length <= 3) return 'total';
  let filler = 0;
  let asks = 0;
  for (const word of all) {
    if (FILLER.has(word)) filler++;
    else if (ASKS.has(word)) asks++;
    else if (!GLUE.has(word) && !ASKED_FOR.has(word)) return null;
  }
  // German asks last ("Ziel hier eingeben").
  if (asks && all.length <= 6) return 'instruction';
  return filler > 0 && asks === 0 ? 'filler' : null;
}
