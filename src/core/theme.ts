/**
 * The theme of a goal: growth, differentiation or risk mitigation, read from its words in
 * the languages plans are written in. Each theme has words (folded stems, see
 * model/stemmer.ts) and a few written marks ("#1", "ISO 27001"); the theme with the most
 * weight wins. Risk words weigh more than the others because a risk goal usually also names
 * what it protects ("Avoid GDPR fines on customer data": fines and GDPR, not customers).
 * Only goals have a theme, so it is read once a row is known to be one.
 */
import { guessLanguage, stemWord, type Language } from './model/stemmer';
import { statementWords } from './model/words';
import type { Theme } from './types';

interface ThemeWords {
  theme: Theme;
  weight: number;
  words: Set<string>;
  marks: RegExp;
  /** False when the text cannot hold a mark: a cheap test before the costlier pattern. */
  mayMark?: (text: string) => boolean;
}

const LANGUAGES: Language[] = ['en', 'de', 'fr', 'es', 'it', 'pt'];

/** Stems of the words in every language's stemmer, so a word is found whatever language the statement is guessed to be in. */
function stems(words: string): Set<string> {
  const set = new Set<string>();
  for (const word of words.split(/\s+/).filter(Boolean)) for (const language of LANGUAGES) set.add(stemWord(word, language));
  return set;
}

const THEMES: ThemeWords[] = [
  {
    theme: 'Risk mitigation',
    weight: 1.5,
    words: stems(
      'risk risks compliance compliant audit audits soc gdpr hipaa sox pci regulatory regulation security secure cyber cybersecurity ' +
        'breach breaches fraud safety safe safer resilience resilient continuity disaster recovery outage outages downtime uptime ' +
        'emissions ghg carbon waste spill spills churn attrition readmission readmissions error errors defect defects incident incidents ' +
        'vulnerability vulnerabilities penalty penalties fine fines exposure protect protection preserve conserve conservation ' +
        'stabilize stabilise certification certified certify accreditation accredited attestation hitrust fedramp iso shrink shrinkage ' +
        'loss losses theft avoid prevent prevention mitigate mitigation threat threats liability lawsuit injuries injury ' +
        'accident accidents contamination pollution flood wildfire hazard hazards complaint complaints water energy consumption ' +
        'risiko risiken sicherheit datenschutz ausfall ausfalle schutz schutzen vermeiden verhindern emission emissionen abfall unfall unfalle storung wasser energieverbrauch verbrauch ' +
        'risque risques securite conformite protection proteger eviter prevenir incidents pannes dechets amende amendes attrition eau energie reclamations ' +
        'riesgo riesgos seguridad cumplimiento proteccion proteger evitar prevenir incidentes residuos multa multas fraude perdidas agua energia reclamaciones ' +
        'rischio rischi sicurezza conformita protezione proteggere evitare prevenire rifiuti sanzioni ' +
        'risco riscos seguranca conformidade protecao proteger evitar prevenir acidentes incidentes residuos multa multas fraude perdas agua energia reclamacoes',
    ),
    marks: /\bsoc ?2\b|\biso ?\d{4,5}\b|\bnis ?2\b|\bdora\b|\bzero (?:incidents|breaches|findings|exceptions)\b/i,
  },
  {
    theme: 'Differentiation',
    weight: 1,
    words: stems(
      'best leading leader leaders top top-rated most first unique innovative innovation innovate brand reputation trust trusted ' +
        'credibility preferred experience satisfaction nps csat promoter quality differentiate differentiation premium excellence ' +
        'world-class distinctive recognized recognised recognition award awards centric faster fastest quicker speed turnaround ' +
        'personalized personalised personalization gartner forrester magic quadrant mq rated rating ratings choice admired easiest easy effortless ' +
        'marktfuhrer fuhrend fuhrende beste qualitat innovation innovativ marke vertrauen zufriedenheit kundenerlebnis bevorzugt bevorzugte ' +
        'meilleur meilleure leader qualite innovation marque confiance satisfaction reference prefere preferee ' +
        'mejor lider calidad innovacion marca confianza satisfaccion referente preferido preferida reconocido reconocida valorado valorada ' +
        'migliore leader qualita innovazione marchio fiducia soddisfazione eccellenza ' +
        'melhor lider qualidade inovacao marca confianca satisfacao referencia preferido preferida',
    ),
    // Being the market leader is the plainest differentiation there is, in any language.
    marks: /#\s?1\b|\bnumber one\b|\bno\.\s?1\b|\bnr\.\s?1\b|\bn[°º]\s?1\b|\bbest[- ]in[- ]class\b|\bmarket[- ]leader|\bmarktf(?:ü|ue|u)hrer|\bleader (?:du|sur le) march[ée]\b|\bl[ií]der (?:del|en el) mercado\b|\bleader (?:di|del) mercato\b/i,
  },
  {
    theme: 'Growth',
    weight: 1,
    words: stems(
      'revenue sales arr mrr growth grow market share customers customer acquisition expand expansion pipeline leads bookings ' +
        'upsell cross-sell adoption reach awareness traffic users subscribers enrollment enrolment volume profit profitability ' +
        'margin margins income scale markets lending deposits wallet retention members visitors participation graduation ' +
        'workforce opportunities jobs investment exports footprint penetration logo logos ' +
        'umsatz wachstum wachsen kunden markt marktanteil gewinn marge expansion absatz ' +
        'chiffre croissance croitre clients marche ventes benefice marge expansion ' +
        'ingresos crecimiento crecer clientes mercado ventas beneficio margen expansion ' +
        'fatturato crescita crescere clienti mercato vendite utile margine espansione ' +
        'receita faturamento crescimento crescer clientes mercado vendas lucro margem expansao',
    ),
    marks: /\b\d+(?:[.,]\d+)?\s?x\b/i,
    // "3x": every mark has an x.
    mayMark: (text) => text.includes('x') || text.includes('X'),
  },
];

/**
 * German, Dutch and Finnish join words. The last part is what the word is
 * ("Kundenzufriedenheit" is a satisfaction), so it is looked for first; failing that, the
 * first part says what kind ("Ausfallzeiten" are times of outage).
 */
// Goals reuse their long words, so each word's compound reading is made once (bounded like memo.ts).
const MAX_REMEMBERED = 50_000;
const compounds = new Map<string, ThemeWords | null>();

function compoundPart(form: string, themes: readonly ThemeWords[]): ThemeWords | null {
  if (form.length < 9) return null;
  const known = compounds.get(form);
  if (known !== undefined) return known;
  const found = readCompound(form, themes);
  if (compounds.size >= MAX_REMEMBERED) compounds.clear();
  compounds.set(form, found);
  return found;
}

function readCompound(form: string, themes: readonly ThemeWords[]): ThemeWords | null {
  for (let start = 3; start <= form.length - 5; start++) {
    const head = form.slice(start);
    const found = themes.find((theme) => theme.words.has(head));
    if (found) return found;
  }
  for (let length = form.length - 3; length >= 5; length--) {
    const modifier = form.slice(0, length);
    const found = themes.find((theme) => theme.words.has(modifier));
    if (found) return found;
  }
  return null;
}

// What one word adds to each theme's score, in a statement of a given language: a bit for
// each theme whose words hold its stem or its form, or failing any, the theme of its compound
// reading (bit 3 + its index). Made once per word and language (bounded like memo.ts).
const COMPOUND = 3;
const contributions = new Map<Language, Map<string, number>>();

function contributionOf(form: string, language: Language): number {
  let known = contributions.get(language);
  if (!known) contributions.set(language, (known = new Map()));
  const remembered = known.get(form);
  if (remembered !== undefined) return remembered;
  const stemmed = stemWord(form, language);
  let bits = 0;
  THEMES.forEach((theme, t) => {
    if (theme.words.has(stemmed) || theme.words.has(form)) bits |= 1 << t;
  });
  if (!bits) {
    const part = compoundPart(form, THEMES);
    if (part) bits = 1 << (COMPOUND + THEMES.indexOf(part));
  }
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(form, bits);
  return bits;
}

/** The theme of a goal's statement, or null when no theme's words show. On a tie the order above decides. */
export function themeOf(text: string): Theme | null {
  if (!text) return null;
  const words = statementWords(text);
  // Built by push and a typed array, not map (see visitFeatures): one array kind in every tier.
  const forms: string[] = [];
  for (const word of words) forms.push(word.form);
  const language = guessLanguage(forms);
  const scores = new Float64Array(THEMES.length);
  for (let t = 0; t < THEMES.length; t++) {
    const theme = THEMES[t];
    if ((theme.mayMark?.(text) ?? true) && theme.marks.test(text)) scores[t] = 2 * theme.weight;
  }
  for (const form of forms) {
    const bits = contributionOf(form, language);
    if (!bits) continue;
    for (let t = 0; t < THEMES.length; t++) {
      if (bits & (1 << t) || bits & (1 << (COMPOUND + t))) scores[t] += THEMES[t].weight;
    }
  }
  let best: Theme | null = null;
  let most = 0;
  for (let t = 0; t < scores.length; t++) {
    if (scores[t] > most) {
      most = scores[t];
      best = THEMES[t].theme;
    }
  }
  return best;
}
