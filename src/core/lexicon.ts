/**
 * The word lists more than one reader of a plan shares, in one place, so that a word added
 * for one reader is known to all: the placeholders a cell uses to say "nothing yet", the
 * executive titles that make a leader a seat rather than a person (and a goal's owner), and
 * the currencies money is written in. Lists that belong to one reader stay with it.
 */

// --- placeholders -----------------------------------------------------------------------
// Shared by the readers of leaders (people.ts), owning teams (organization.ts) and budgets
// (money.ts); each adds the words that are placeholders only in its own column ("vacant"
// for a leader, "other" for a team, "unfunded" for a budget).

/** Placeholder words every field reads as blank. */
export const PLACEHOLDER_WORDS = ['tbd', 'tbc', 'tba', 'n/a', 'na', 'none', 'unknown'] as const;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A whole cell that is a placeholder: the shared words, runs of dashes or question marks, and `extra`. */
export function placeholderCell(extra: readonly string[]): RegExp {
  const words = [...PLACEHOLDER_WORDS, ...extra].map(escapeRegExp);
  return new RegExp(`^(?:${words.join('|')}|-+|—|\\?+)$`, 'i');
}

// --- executive titles -------------------------------------------------------------------
// A seat at the top: as a leader it names no one (people.ts), as a goal's owner it marks an
// end result senior management set (classify.ts).

/** The C-suite and vice-president abbreviations, lower case. */
export const EXECUTIVE_ABBREVIATIONS = ['ceo', 'cfo', 'coo', 'cto', 'cio', 'ciso', 'cmo', 'cro', 'cpo', 'cdo', 'chro', 'cso', 'clo', 'cco', 'caio', 'evp', 'svp', 'avp', 'vp', 'vps'];

/** Executive titles written out, in the languages plans are kept in; regular-expression fragments, matched as whole words. */
export const EXECUTIVE_TITLES = [
  'chief', 'c[a-z]?[a-z]o', 'president', 'head of', 'director', 'general manager', 'gm', 'board', 'executive', 'leadership team',
  'md', 'managing director', 'partner', 'gesch[aä]ftsf[uü]hr\\w*', 'vorstand', 'directeur', 'directrice', 'pdg', 'director general',
  'direttore', 'presidente',
];

/** True when a role names an executive seat ("CFO", "VP Sales", "Geschäftsführerin"). */
export const EXECUTIVE = new RegExp(`\\b(?:${[...EXECUTIVE_ABBREVIATIONS, ...EXECUTIVE_TITLES].join('|')})\\b`, 'i');

// --- currencies -------------------------------------------------------------------------

/** The ISO codes Goalpost reads money in. */
export const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'ZAR', 'KRW', 'AED', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'BRL', 'MXN',
  'COP', 'ARS', 'CLP', 'PEN', 'HUF', 'CZK',
] as const;

/**
 * The ISO 4217 codes in use, for a currency column's cells, where a code stands alone and
 * "TBD" or "NEW" must not pass for one. "ALL" (the Albanian lek) is left out: in a plan's
 * currency column it says "all currencies" far more often.
 */
export const ISO_CURRENCY_CODES: ReadonlySet<string> = new Set(
  ('AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP ' +
    'CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF ' +
    'IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD ' +
    'MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB ' +
    'RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD ' +
    'UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL RMB').split(' '),
);

/** Currency signs, as written before or after an amount. */
export const CURRENCY_SIGNS = ['$', '€', '£', '¥', '₹', '₩'] as const;

/**
 * Each way a currency is written, lower case without dots or doubled spaces, with its ISO
 * code: signs, codes, names, and the dollars that need their country ("A$", "HK$").
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CURRENCY_CODES.map((code) => [code.toLowerCase(), code === 'RMB' ? 'CNY' : code])),
  '$': 'USD', 'us$': 'USD', 'dollar': 'USD', 'dollars': 'USD',
  'us dollar': 'USD', 'us dollars': 'USD', 'american dollar': 'USD', 'american dollars': 'USD',
  'a$': 'AUD', 'au$': 'AUD', 'australian dollar': 'AUD', 'australian dollars': 'AUD',
  'c$': 'CAD', 'ca$': 'CAD', 'canadian dollar': 'CAD', 'canadian dollars': 'CAD',
  'nz$': 'NZD', 'new zealand dollar': 'NZD', 'new zealand dollars': 'NZD', 'newzealand dollar': 'NZD', 'newzealand dollars': 'NZD',
  'hk$': 'HKD', 'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD', 'hongkong dollar': 'HKD', 'hongkong dollars': 'HKD',
  's$': 'SGD', 'singapore dollar': 'SGD', 'singapore dollars': 'SGD',
  'r$': 'BRL', 'reais': 'BRL', 'mx$': 'MXN',
  '€': 'EUR', 'euro': 'EUR', 'euros': 'EUR',
  '£': 'GBP', 'sterling': 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP',
  '¥': 'JPY', 'yen': 'JPY',
  'yuan': 'CNY',
  '₹': 'INR', 'rs': 'INR', 'rupee': 'INR', 'rupees': 'INR',
  'sfr': 'CHF', 'franc': 'CHF', 'francs': 'CHF', 'swiss franc': 'CHF', 'swiss francs': 'CHF',
  '₩': 'KRW',
};
