/**
 * Corpus statements as training examples: the features the shipped engine computes for a
 * bare statement (the same feature code, and the same criteria read from the words), so
 * what the model learns is what it will see in a user's cell.
 */
import { readCriteria } from '../core/criteria';
import { statementFeatures, type TextCriteria } from '../core/model/features';
import type { Field } from '../core/types';
import type { Statement } from './corpus';
import type { Example } from './logistic';

const TITLE_ONLY: ReadonlySet<Field> = new Set(['title']);

/** The criteria a bare statement's words show, as classify reads them for a one-cell statement. */
export function textCriteria(text: string): TextCriteria {
  return readCriteria({ title: text }, TITLE_ONLY, text).met;
}

export function statementExample(statement: Statement, weight = 1): Example {
  const features = statementFeatures(statement.text, textCriteria(statement.text)).map((hit) => hit.name);
  return { features, label: statement.label === 'GOAL' ? 1 : 0, group: statement.org, weight };
}
