/**
 * The statement model: a logistic regression over the named features of features.ts,
 * trained by `npm run train` on real plans (see src/training). It gives the probability
 * that a statement is a goal, and the features that weighed most, so every verdict it
 * decides can say why in the user's own words.
 */
import { LetterTriples } from './letters';
import { pairName, rarityFeature, readFeatures, spanText, visitFeatures, type FeatureHit, type TextCriteria, type WordReading } from './features';
import { statementWords, type Word } from './words';

export interface StatementModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
  /** Half-width of the Unclear band around 0.5, set on cross-validation. */
  band: number;
  /** The least share of a statement's words the model must know for its wording to be read. */
  minKnown: number;
  /** The letter triples of the words it was trained on: what tells a word from gibberish. */
  letters: LetterTriples;
}

/** A word the model has no weight for still reads as a word when this share of its letter triples were seen in training. */
const SEEN_LETTERS = 0.8;

export interface WeighedFeature extends FeatureHit {
  weight: number;
}

export interface StatementScore {
  /** Probability that the statement is a goal (1 − that of an initiative). */
  goal: number;
  /** Words with letters in the statement, and how many of them the model knows (by the word, or by its letters). */
  words: number;
  known: number;
  /** Words that carry meaning by themselves (not acronyms, codes or single letters). */
  content: number;
  /** The kinds of words (`k:`) the statement shows, weighed or not, each once: what the wording shows, for the program criterion. */
  kinds: FeatureHit[];
  /**
   * The features that weigh toward a goal (or toward an initiative), strongest first, the
   * earlier of equals first; letter pieces (`x:`), which no reason can show, left out.
   */
  strongest(towardGoal: boolean): Iterable<WeighedFeature>;
  /** Every feature of the statement, weighed or not; read again when asked for. */
  readonly features: FeatureHit[];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}


/**
 * The model's weights as arrays, built once per model: a feature's weight is found with one
 * lookup, a word's letter pieces with one lookup for all of them, and a feature met twice in a
 * statement is told by a stamp, with no set per row.
 */
interface WeightIndex {
  ids: Map<string, number>;
  weights: Float64Array;
  stamps: Uint32Array;
  stamp: number;
  /** Per word's reading (the same object each time the word is met), what the model holds of it. */
  readings: WeakMap<WordReading, WordWeights>;
}

/** What a model holds of one word: its stem's weight id (−1 for none), its weighed letter pieces, and whether it knows the word. */
interface WordWeights {
  stem: number;
  pieces: Int32Array;
  known: boolean;
  /** The weight ids (−1 for none) of the pairs this word opens, by the word that follows: plans repeat their phrases. */
  pairs: Map<WordReading, number>;
}

/** Enough for a plan's phrases; past it a pair is looked up by its name each time. */
const MAX_PAIRS = 500;

const indexes = new WeakMap<StatementModel, WeightIndex>();

function weightIndex(model: StatementModel): WeightIndex {
  let index = indexes.get(model);
  if (index && index.ids.size === model.weights.size) return index;
  const ids = new Map<string, number>();
  const weights = new Float64Array(model.weights.size);
  for (const [name, weight] of model.weights) {
    weights[ids.size] = weight;
    ids.set(name, ids.size);
  }
  index = { ids, weights, stamps: new Uint32Array(weights.length), stamp: 0, readings: new WeakMap() };
  indexes.set(model, index);
  return index;
}

function wordWeights(index: WeightIndex, model: StatementModel, reading: WordReading): WordWeights {
  let found = index.readings.get(reading);
  if (!found) {
    const pieces: number[] = [];
    for (const name of reading.pieces) {
      const id = index.ids.get(name);
      if (id !== undefined) pieces.push(id);
    }
    const stem = index.ids.get(reading.name) ?? -1;
    found = { stem, pieces: Int32Array.from(pieces), known: stem >= 0 || model.letters.seen(reading.form) >= SEEN_LETTERS, pairs: new Map() };
    index.readings.set(reading, found);
  }
  return found;
}

/**
 * What a feature quotes of the statement: words first..last, or a text of its own when
 * `first` is −1. Kept as numbers and made into text only when a reason asks.
 */
class Quotes {
  readonly first: number[] = [];
  readonly last: number[] = [];
  readonly own: string[] = [];

  span(first: number, last: number): void {
    this.first.push(first);
    this.last.push(last);
    this.own.push('');
  }

  text(shown: string): void {
    this.first.push(-1);
    this.last.push(-1);
    this.own.push(shown);
  }

  of(i: number, words: readonly Word[]): string {
    return this.first[i] < 0 ? this.own[i] : spanText(words, this.first[i], this.last[i]);
  }
}

const isKind = (name: string): boolean => name.charCodeAt(0) === 107 /* k */ && name.charCodeAt(1) === 58;

/** A statement's score; its strongest features and its full feature list are made only when read. */
class Score implements StatementScore {
  constructor(
    readonly goal: number,
    readonly words: number,
    readonly known: number,
    readonly content: number,
    readonly kinds: FeatureHit[],
    private readonly names: string[],
    private readonly quotes: Quotes,
    private readonly statementWords: readonly Word[],
    private readonly weights: number[],
    private readonly text: string,
    private readonly criteria: TextCriteria,
  ) {}

  *strongest(towardGoal: boolean): Generator<WeighedFeature> {
    // A reason quotes only the first few: picking them one by one costs less than sorting,
    // and gives the heavier first, the earlier of equals first.
    const taken = new Uint8Array(this.weights.length);
    for (;;) {
      let best = -1;
      for (let i = 0; i < this.weights.length; i++) {
        const weight = this.weights[i];
        if (taken[i] || (towardGoal ? weight <= 0 : weight >= 0)) continue;
        if (best < 0 || Math.abs(weight) > Math.abs(this.weights[best])) best = i;
      }
      if (best < 0) return;
      taken[best] = 1;
      yield { name: this.names[best], text: this.quotes.of(best, this.statementWords), weight: this.weights[best] };
    }
  }

  get features(): FeatureHit[] {
    return readFeatures(this.text, this.criteria).hits;
  }
}

export function scoreStatement(text: string, model: StatementModel, criteria: TextCriteria = {}): StatementScore {
  const index = weightIndex(model);
  const { ids, weights, stamps } = index;
  if (++index.stamp === 0xffffffff) {
    stamps.fill(0);
    index.stamp = 1;
  }
  const stamp = index.stamp;
  let z = model.bias;
  // Kept apart and made into sorted features only when a reason asks for them: most rows decided by their criteria never do.
  const names: string[] = [];
  const quotes = new Quotes();
  const weighedBy: number[] = [];
  // The kinds the wording shows, weighed or not, each once (resolved to text after the words are known).
  const kindNames: string[] = [];
  const kindQuotes = new Quotes();
  let count = 0;
  let known = 0;
  let rare = 0;
  let content = 0;
  // Adds a feature's weight the first time it is met; a feature a reason may show is also kept.
  const fresh = (id: number): boolean => {
    if (stamps[id] === stamp) return false;
    stamps[id] = stamp;
    z += weights[id];
    return true;
  };
  const weigh = (id: number): boolean => fresh(id) && weighedBy.push(weights[id]) > 0;
  const kind = (name: string): boolean => isKind(name) && !kindNames.includes(name) && kindNames.push(name) > 0;
  // The same sum in the same order as over readFeatures' list: each feature once, at its first appearance.
  const words = statementWords(text);
  visitFeatures(text, words, criteria, {
    span(name, first, last) {
      const id = ids.get(name);
      if (id !== undefined && weigh(id)) {
        names.push(name);
        quotes.span(first, last);
      }
      if (kind(name)) kindQuotes.span(first, last);
    },
    stem(reading, at) {
      const id = wordWeights(index, model, reading).stem;
      if (id >= 0 && weigh(id)) {
        names.push(reading.name);
        quotes.span(at, at);
      }
    },
    pair(before, reading, at) {
      const pairs = wordWeights(index, model, before).pairs;
      let id = pairs.get(reading);
      if (id === undefined) {
        id = ids.get(pairName(before, reading)) ?? -1;
        if (pairs.size < MAX_PAIRS) pairs.set(reading, id);
      }
      if (id >= 0 && weigh(id)) {
        names.push(pairName(before, reading));
        quotes.span(at - 1, at);
      }
    },
    pieces(reading) {
      // Letter pieces weigh, but no reason shows them.
      for (const id of wordWeights(index, model, reading).pieces) fresh(id);
    },
    text(name, shown) {
      const id = ids.get(name);
      if (id !== undefined && weigh(id)) {
        names.push(name);
        quotes.text(shown);
      }
      if (kind(name)) kindQuotes.text(shown);
    },
    word(reading, isContent, _capital, shouted) {
      count++;
      const held = wordWeights(index, model, reading);
      if (isContent || (shouted && held.stem >= 0)) content++;
      if (held.stem < 0) rare++;
      if (held.known) known++;
    },
  });
  // Pushed, not mapped (see visitFeatures): the verdict's checks read this list in optimised code.
  const kinds: FeatureHit[] = [];
  for (let i = 0; i < kindNames.length; i++) kinds.push({ name: kindNames[i], text: kindQuotes.of(i, words) });
  const rarity = rarityFeature(rare, count);
  const rarityWeight = rarity ? model.weights.get(rarity) : undefined;
  if (rarity && rarityWeight !== undefined) {
    z += rarityWeight;
    names.push(rarity);
    quotes.text(`${rare} of ${count} words`);
    weighedBy.push(rarityWeight);
  }
  return new Score(sigmoid(z), count, known, content, kinds, names, quotes, words, weighedBy, text, criteria);
}

export interface SerializedModel {
  bias: number;
  band: number;
  minKnown: number;
  /** One `name<TAB>weight` line per feature, sorted by name. */
  weights: string;
  /** The letter triples, base64. */
  letters: string;
}

/** Parses the generated weights into a model. */
export function loadModel(serialized: SerializedModel): StatementModel {
  const weights = new Map<string, number>();
  for (const line of serialized.weights.split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) weights.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return { bias: serialized.bias, band: serialized.band, minKnown: serialized.minKnown, weights, letters: LetterTriples.decode(serialized.letters) };
}

/** Writes a model as the generated module's data. */
export function serializeModel(model: StatementModel): SerializedModel {
  const lines = [...model.weights]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, weight]) => `${name}\t${weight}`);
  return { bias: model.bias, band: model.band, minKnown: model.minKnown, weights: lines.join('\n'), letters: model.letters.encode() };
}
