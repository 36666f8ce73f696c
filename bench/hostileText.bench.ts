/**
 * The time the money and time-frame readers take on 50,000-character cells written to
 * provoke backtracking (long runs of digits, separators, prefixes). The tests assert what
 * they read (nothing); this measures that the work grows with the length of the text.
 */
import { findMoneyInText, parseMoney } from '../src/core/money';
import { findTimeFrameInText, parseTimeFrame } from '../src/core/timeframe';

const HOSTILE: Record<string, string> = {
  digits: '9'.repeat(50_000),
  'spaced digits': '1 '.repeat(25_000),
  'dashes and slashes': '1-1/'.repeat(12_500),
  quarters: 'Q3 '.repeat(16_000),
  prefixes: 'by the end of '.repeat(3_500),
  'dollar signs': '$'.repeat(50_000),
  'budget words': 'budget of '.repeat(5_000),
  'control characters': '\u0000\u0001\u0007 1'.repeat(10_000),
};

export function hostileTextBench(): Array<{ name: string; ms: number }> {
  const today = new Date(2026, 0, 15);
  return Object.entries(HOSTILE).map(([name, text]) => {
    // Warm on a short piece: what is measured is how the work grows with the text, not the JIT.
    for (let k = 0; k < 10; k++) findTimeFrameInText(text.slice(0, 2_000), today);
    const started = performance.now();
    parseTimeFrame(text, today);
    findTimeFrameInText(text, today);
    parseMoney(text);
    findMoneyInText(text);
    return { name, ms: performance.now() - started };
  });
}
