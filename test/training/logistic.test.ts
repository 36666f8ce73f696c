import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING, type Example, trainLogistic } from '../../src/training/logistic';

// Two plans: one lists only goals and writes every line in capitals; the other holds goals
// and projects in lower case, told apart by the word "project". Capitals say which plan a
// line came from, not what it is.
function plans(): Example[] {
  const examples: Example[] = [];
  for (let i = 0; i < 20; i++) examples.push({ features: ['s:capitals', `w:goalword${i % 4}`], label: 1, group: 'capitals plan', writer: 'capitals plan' });
  for (let i = 0; i < 20; i++) {
    const goal = i % 2 === 0;
    examples.push({ features: goal ? [`w:goalword${i % 4}`] : ['w:project', `w:goalword${i % 4}`], label: goal ? 1 : 0, group: 'mixed plan', writer: 'mixed plan' });
  }
  // A third writer lets the words pass the two-writer vocabulary rule.
  examples.push({ features: ['s:capitals', 'w:project'], label: 0, group: 'third', writer: 'third' });
  return examples;
}

describe('trainLogistic', () => {
  it('gives each real writer a bias of its own, so how one plan writes is not learnt as its label', () => {
    const settings = { ...DEFAULT_TRAINING, l2: 1, l2Signals: 1 };
    const pooled = trainLogistic(plans(), settings);
    const byWriter = trainLogistic(plans(), { ...settings, l2Writer: 0.3 });
    expect(pooled.weights.get('s:capitals')!).toBeGreaterThan(0.5);
    expect(Math.abs(byWriter.weights.get('s:capitals')!)).toBeLessThan(pooled.weights.get('s:capitals')! / 2);
    // What tells the two kinds apart inside a plan still weighs.
    expect(byWriter.weights.get('w:project')!).toBeLessThan(-0.5);
    // The writers' biases are training's own: the model keeps only features and one bias.
    expect([...byWriter.weights.keys()].every((name) => name.includes(':'))).toBe(true);
  });

  it('trains as before when examples have no writer (synthetic text, the bag-of-words baseline)', () => {
    const anonymous = plans().map(({ writer: _, ...example }) => example);
    const settings = { ...DEFAULT_TRAINING, l2Writer: 0.3 };
    expect(trainLogistic(anonymous, settings)).toEqual(trainLogistic(anonymous, DEFAULT_TRAINING));
  });
});
