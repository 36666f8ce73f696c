/**
 * Template filler: the rows a plan template ships with before anyone writes in it
 * ("Lorem ipsum dolor sit amet", "Sample text here", "New row", "Test test"). Such a row
 * is nobody's goal or project, though its words may read as one ("Test" opens work).
 */
import { normalize } from './text';

// Words a template fills a cell with, in the languages Goalpost reads; with the words that
// hold such filler together ("here", "the").
const FILLER = new Set(
  (
    'lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor incididunt labore dolore magna aliqua ' +
    'test testing tested sample example placeholder dummy filler new row text here item entry line foo bar baz ' +
    'beispiel beispieltext muster mustertext neu neue neuer zeile eintrag hier ' +
    'exemple texte ici nouveau nouvelle ligne entree ' +
    'ejemplo texto aqui nuevo nueva fila entrada prueba ' +
    'esempio testo qui nuovo nuova riga voce prova'
  ).split(' '),
);
const GLUE = new Set(['a', 'an', 'the', 'goes', 'go', 'your', 'my', 'of', 'to', 'de', 'du', 'le', 'la', 'el', 'il', 'der', 'die', 'das', 'ein', 'eine', 'un', 'une', 'uno', 'una', 'di', 'del', 'for', 'or', 'and', 'et', 'y', 'e', 'und', '1', '2', '3']);

/** True when every word of the text is template filler, or it is the "Lorem ipsum" of typesetting. */
export function isPlaceholderText(text: string): boolean {
  // Runs on every row: a statement whose first word is neither filler nor glue is none.
  const first = /[\p{L}\p{N}]+/u.exec(text);
  if (!first) return false;
  const opening = normalize(first[0]);
  if (!FILLER.has(opening) && !GLUE.has(opening)) return false;
  const words = normalize(text).split(/[^a-z0-9]+/).filter(Boolean);
  if (!words.length) return false;
  if (words.includes('lorem') && words.includes('ipsum')) return true;
  let filler = 0;
  for (const word of words) {
    if (FILLER.has(word)) filler++;
    else if (!GLUE.has(word)) return false;
  }
  return filler > 0;
}
