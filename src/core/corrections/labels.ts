/**
 * The labels a user can teach Goalpost with: Goal, Initiative, or "not a plan row" (a
 * heading, a seller's note, a total that slipped in). Read from what a user types in an
 * examples range or a corrections sheet, in the languages Goalpost reads plans in.
 */
import { fold } from '../model/words';
import type { CellValue } from '../types';

export const TAUGHT_LABELS = ['Goal', 'Initiative', 'Not a plan row'] as const;
export type TaughtLabel = (typeof TAUGHT_LABELS)[number];

const SPELLINGS: ReadonlyArray<[TaughtLabel, readonly string[]]> = [
  ['Goal', ['goal', 'g', 'objective', 'ziel', 'objectif', 'objetivo', 'obiettivo', 'doel']],
  ['Initiative', ['initiative', 'i', 'initiativ', 'initiativa', 'iniciativa', 'iniziativa', 'initiatief', 'project', 'program', 'programme']],
  ['Not a plan row', ['not a plan row', 'not plan', 'none', 'neither', 'n/a', 'na', 'kein', 'aucun', 'ninguno', 'nessuno']],
];
const BY_SPELLING = new Map<string, TaughtLabel>(SPELLINGS.flatMap(([label, words]) => words.map((word) => [word, label] as [string, TaughtLabel])));

/** The label a cell names, or null when it names none (blank, a typo, a number). */
export function readTaughtLabel(value: CellValue): TaughtLabel | null {
  if (typeof value !== 'string') return null;
  const key = fold(value.trim())
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ');
  return BY_SPELLING.get(key) ?? null;
}
