/**
 * Does a word read as a word? Every three-letter sequence of the words the model was
 * trained on (in all the corpus's languages, word edges included) is kept as one bit of a
 * small set; a word whose letter triples were almost all seen reads as a word, and one made
 * of unseen triples ("fdwrhuyrj", "xqzv") does not. It is what tells gibberish from a real
 * statement in words the model has never met, at a few kilobytes, and it does not depend on
 * which weights training kept.
 */

// 26 letters, the word edge, and one symbol for every other letter (ø, ł, Greek, Cyrillic...).
const SYMBOLS = 28;
const EDGE = 26;
const OTHER = 27;
const SIZE = SYMBOLS * SYMBOLS * SYMBOLS;

function symbol(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : OTHER;
}

function triples(form: string, each: (index: number, other: boolean) => void): void {
  let a = EDGE;
  let b = symbol(form.charCodeAt(0));
  for (let i = 1; i <= form.length; i++) {
    const c = i < form.length ? symbol(form.charCodeAt(i)) : EDGE;
    each((a * SYMBOLS + b) * SYMBOLS + c, a === OTHER || b === OTHER || c === OTHER);
    a = b;
    b = c;
  }
}

export class LetterTriples {
  private constructor(private readonly bits: Uint8Array) {}

  static empty(): LetterTriples {
    return new LetterTriples(new Uint8Array(Math.ceil(SIZE / 8)));
  }

  /** Adds the triples of a folded word (see words.ts). */
  add(form: string): void {
    if (!form) return;
    triples(form, (index) => {
      this.bits[index >> 3] |= 1 << (index & 7);
    });
  }

  /**
   * The share of a folded word's letter triples that were seen. A triple with a letter
   * outside a-z never counts as seen: one symbol stands for every such letter, so Greek or
   * Cyrillic would otherwise read as known because training met a Japanese line.
   */
  seen(form: string): number {
    if (!form) return 0;
    let seen = 0;
    let all = 0;
    triples(form, (index, other) => {
      all++;
      if (!other && this.bits[index >> 3] & (1 << (index & 7))) seen++;
    });
    return seen / all;
  }

  encode(): string {
    return encodeBase64(this.bits);
  }

  static decode(text: string): LetterTriples {
    const bits = LetterTriples.empty().bits;
    bits.set(decodeBase64(text).subarray(0, bits.length));
    return new LetterTriples(bits);
  }
}

// Apps Script's V8 has no atob/btoa and core code uses no platform API, so base64 is written out.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (ALPHABET.indexOf(clean[i]) << 18) |
      (ALPHABET.indexOf(clean[i + 1]) << 12) |
      ((i + 2 < clean.length ? ALPHABET.indexOf(clean[i + 2]) : 0) << 6) |
      (i + 3 < clean.length ? ALPHABET.indexOf(clean[i + 3]) : 0);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
