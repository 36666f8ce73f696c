/**
 * Corpus statements as training examples: the features the shipped engine computes for a
 * bare statement (the same feature code, and the same criteria read from the words), so
 * what the model learns is what it will see in a user's cell.
 */
import { readCriteria } from '../core/criteria';
import { readFeatures, type TextCriteria } from '../core/model/features';
import type { Field } from '../core/types';
import type { Statement } from './corpus';
import type { Example } from './logistic';

const TITLE_ONLY: ReadonlySet<Field> = new Set(['title']);

/** The criteria a bare statement's words show, as classify reads them for a one-cell statement. */
export function textCriteria(text: string): TextCriteria {
  return readCriteria({ title: text }, TITLE_ONLY, text).met;
}

export function statementExample(statement: Statement, weight = 1): Example {
  const read = readFeatures(statement.text, textCriteria(statement.text));
  const features = read.hits.map((hit) => hit.name);
  return { features, label: statement.label === 'GOAL' ? 1 : 0, group: statement.org, weight, ...nameEvidence(read.words) };
}

/**
 * Which words a statement writes as names: capitalised inside a sentence ("led by Michael
 * Dawson", "the FreeBSD project") where its other words are not, against words it writes in
 * lower case. A word only ever written as a name is one organisation's person, product or
 * place, and teaches nothing about the next plan.
 */
function nameEvidence(words: ReadonlyArray<{ word: string; capital: boolean }>): { names: string[]; common: string[] } {
  const capitals = words.filter((w) => w.capital).length;
  const sentence = words.length >= 4 && capitals / words.length < 0.5;
  const names: string[] = [];
  const common: string[] = [];
  words.forEach((w, i) => {
    if (!w.capital) common.push(w.word);
    else if (sentence && i > 0) names.push(w.word);
  });
  return { names, common };
}
