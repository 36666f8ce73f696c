/**
 * The form of a statement. In a single cell most of the five criteria cannot be observed,
 * so the engine weighs how the statement is put: a concrete project or program ("Implement
 * ...", "Scenic Roads Bylaw", "Pilot a referral program") against an end result ("Grow ARR
 * 3x", "25% reduction in waste by 2030", "To be the most trusted provider", a mission line
 * that says what "we" value). Each signal keeps the words that raised it, so the reason
 * can quote them. All patterns are general wording, compiled once at load.
 */
import type { Theme } from './types';

export interface Signal {
  /** What kind of wording this is, in a user's words ("a change in a metric"). */
  kind: string;
  /** The words in the statement that showed it. */
  text: string;
  weight: number;
}

export interface StatementForm {
  /** Wording of an end result, strongest first. */
  goal: Signal[];
  /** Wording of a concrete project, program or deliverable, strongest first. */
  project: Signal[];
  goalWeight: number;
  projectWeight: number;
}

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;

// --- goal wording ----------------------------------------------------------------------

const CHANGE_VERB =
  'increase|increased|increasing|grow|grew|grown|growing|raise|boost|improve|improved|improving|reduce|reduced|reducing|' +
  'cut|lower|decrease|decreased|double|triple|halve|lift|expand|drive|drives|achieve|reach|hit|hits|attain|exceed|' +
  'accelerate|shrink|decline|rise|climb|gain|save|eliminate|maintain|keep|sustain';
const METRIC_UNIT = String.raw`(?:%|\s?percent\b|\s?pct\b|x\b|\s?pts\b|\s?points?\b|\s?bps\b|\s?basis points\b|-fold\b)`;

// `digit`: the pattern cannot match text without a digit, so such text skips it (a hot-path saving).
const GOAL_PATTERNS: Array<{ kind: string; weight: number; pattern: RegExp; digit?: boolean }> = [
  {
    kind: 'a change in a metric',
    weight: 3,
    digit: true,
    pattern: new RegExp(String.raw`\b(?:${CHANGE_VERB})\b[^.;:!?]{0,60}?\b${NUMBER}${METRIC_UNIT}`, 'i'),
  },
  {
    kind: 'a change in a metric',
    weight: 3,
    digit: true,
    pattern: new RegExp(
      String.raw`\b${NUMBER}${METRIC_UNIT}\s+(?:annual\s+|yearly\s+|year-over-year\s+)?(?:reduction|increase|improvement|growth|decrease|cut|lift|uplift|gain|rise|drop|decline|fewer|more|less|higher|lower|faster|better)\b`,
      'i',
    ),
  },
  { kind: 'a change in a metric', weight: 3, digit: true, pattern: new RegExp(String.raw`\b${NUMBER}x\s+(?:yoy|year over year|growth)\b`, 'i') },
  {
    kind: 'a measurable target',
    weight: 2.5,
    pattern: new RegExp(
      String.raw`(?:^|[\s(])[<>≥≤]\s?${NUMBER}|\b${NUMBER}\s?%\s+(?:of|participation|coverage|adoption|compliance|retention|renewal|attainment|accuracy|availability|uptime|completion|satisfaction|on-time|quota)\b|\b(?:below|above|under|at least|at most|less than|more than|fewer than|no more than|to|of)\s+[$€£]?${NUMBER}\s?(?:%|percent|days?|hours?|minutes?|k\b|m\b)|\b(?:nps|csat|net promoter score|uptime|sla|churn|attrition|retention rate|win rate|market share|share of voice|quota)\b[^.;]{0,30}${NUMBER}|\btop\s+\d+\b(?!\s+(?:customers|accounts|clients|suppliers|vendors|partners|sites|stores|markets|products|projects|risks|issues|users|members|hospitals|banks))|#\s?1\b|\bnumber one\b|\bno\.\s?1\b`,
      'i',
    ),
  },
  {
    kind: 'a measurable target',
    weight: 2,
    digit: true,
    pattern: new RegExp(String.raw`\b\d+\s+[\w\s-]{1,40}?\b(?:per|every|each|a)\s+(?:quarter|month|year|week|qtr)\b|\b${NUMBER}\s?%`, 'i'),
  },
  {
    kind: 'an end state',
    weight: 3,
    pattern:
      /^(?:our (?:goal|aim|ambition|vision) is )?(?:to\s+)?(?:be|become|remain|stay)\s+(?:the|a|an|one of|recognized|recognised|known|seen|#1|number one|top|best|leading|most|first|trusted|preferred)\b/i,
  },
  {
    kind: 'an end state',
    weight: 2,
    pattern:
      /\b(?:become|becoming|be recognized as|be known as|be the|remain the|the most \w+|the leading|best[- ]in[- ]class|world[- ]class|industry[- ]leading|market[- ]leading|top[- ]rated|first choice|trusted partner|partner of choice|provider of choice|employer of choice)\b/i,
  },
  {
    kind: 'a statement of what "we" value or do',
    weight: 2,
    pattern:
      /\bwe(?:'ve| have| are| will)?\s+(?:value|believe|feel|recognize|recognise|welcome|strive|aim|aspire|want|envision|commit|pair|provide|create|design|collect|recruit|actively|reach|ensure|seek|care|support|celebrate|embrace|foster|champion|deliver|sourced|achieved|reached|grew|empower|inspire|serve|offer|make|build|help|enable|connect|protect|preserve)\b/i,
  },
  {
    kind: 'an outcome rather than a deliverable',
    weight: 1,
    pattern:
      /\b(?:trust|credibility|awareness|reputation|loyalty|well-?being|character|diversity|inclusion|inclusive|equity|equitable|resilien\w*|sustainab\w*|excellence|momentum|valuable|accessible|thriv\w*|flourish\w*|success(?:ful)?|profitab\w*|competitive\w*|win(?:ning)? the \w+|the \w+ market|market share|leadership position|vision|culture|safer|stronger|healthier|vibrant|prosper\w*)\b/i,
  },
  {
    kind: 'an aim for the whole organization',
    weight: 0.5,
    pattern: /\b(?:every|all|entire|around the world|worldwide|global(?:ly)?|largest|across the (?:company|organization|organisation|enterprise|region))\b/i,
  },
];

// --- project wording -------------------------------------------------------------------

// Verbs that open a statement of work to be carried out. The strong ones name a
// deliverable by themselves; the soft ones can also open an aspiration ("Build a company
// that thrives"), so they weigh less.
const STRONG_ACTION =
  'implement|deploy|migrate|launch|roll out|pilot|install|construct|develop|design|create|establish|introduce|set up|' +
  'stand up|replace|upgrade|modernize|modernise|consolidate|automate|integrate|digitize|digitise|standardize|standardise|' +
  'redesign|rebuild|redevelop|renovate|refurbish|acquire|purchase|procure|hire|train|conduct|perform|complete|review|' +
  'assess|evaluate|investigate|study|survey|map|inventory|update|coordinate|consider|curate|prioritize|prioritise|fund|' +
  'finance|host|hold|organize|organise|publish|negotiate|document|draft|adopt|retire|decommission|sunset|refactor|' +
  'replatform|re-platform|transition|convert|centralize|centralise|outsource|deliver|execute|open|start|begin|add|' +
  'invest|allocate|onboard|configure|test|prototype|select|contract|rfp|issue|run|recruit|form|appoint|schedule|plan|' +
  'explore|identify|digitalize|write|produce|print|equip|fit|retrofit|relocate|move|merge|combine|split|' +
  'extend|revise|rewrite|amend|enact|apply|submit|file';
const SOFT_ACTION =
  'build|expand|strengthen|align|position|support|provide|promote|continue|maintain|encourage|partner|collaborate|' +
  'work with|offer|enable|ship|enhance|improve|focus|leverage|engage|pursue|invest in|deepen|broaden|' +
  'concentrate|guide|protect|preserve|conserve|help|assist|foster|facilitate|ensure|increase|use|utilize';

const LEADING_STRONG = new RegExp(String.raw`^(?:(?:and|then|also|to)\s+)?(${STRONG_ACTION})\b`, 'i');
const LEADING_SOFT = new RegExp(String.raw`^(?:(?:and|then|also|to)\s+)?(${SOFT_ACTION})\b`, 'i');
// Verbs that open an end result rather than work ("Earn trust", "Grow ARR", "Become ...").
const LEADING_OUTCOME =
  /^(?:to\s+)?(?:grow|increase|reduce|improve|enhance|preserve|make|solve|earn|become|be|achieve|win|scale|drive|maximize|maximise|minimize|minimise|eliminate|sustain|ensure|accelerate|double|triple|cut|lower|raise|boost|advance|cultivate|transform|lead|dominate|own|capture|gain|retain|attract|save|deliver|strengthen|protect|reach|halve|hit|exceed|meet|pass|stay|keep|remain)\b/i;

const DELIVERABLE =
  /\b(?:program(?:me)?s?|projects?|initiatives?|pilots?|roll-?outs?|migrations?|implementations?|deployments?|upgrades?|systems?|platforms?|tools?|modules?|portals?|dashboards?|apps?|applications?|software|(?:\w+ )?plan|policy|policies|bylaws?|by-laws?|ordinances?|legislation|guidelines?|standards?|inventory|study|studies|surveys?|assessments?|workshops?|trainings?|curriculum|campaigns?|events?|competitions?|studios?|centers?|centres?|facilit(?:y|ies)|buildings?|sidewalks?|paths?|lanes?|shuttles?|vans?|housing|hires?|hiring|degrees?|partnerships?|collaborations?|outreach|contracts?|rfps?|vendors?|processes|workflows?|playbooks?|frameworks?|roadmaps?|day|celebrations?|plaques?|markers?|collections?|renovations?|pipelines? (?:tool|system)|integrations?|licen[cs]es?|servers?|data ?centers?|networks?|routes?|fleet|trucks?|vehicles?|equipment|machines?|lines?|stores?|branches?|kiosks?|website|site|portal|rebrand|redesign|consolidation|automation|certification program|list)\b/i;

const FUNDING_WORDS = /\b(?:funds?|funding|funded|budget(?:ed)?|capital|grant|appropriation|investment of)\b/i;
// "Priority: High. Timing: Ongoing. Lead Owner: ..." — a plan item's own fields written out in text.
const PLAN_ITEM_FIELDS = /\b(?:priority|timing|lead owner|owner|status|capital|phase|milestones?|deliverables?)\s*:/gi;

// --- theme -------------------------------------------------------------------------------

const THEMES: Array<{ theme: Theme; pattern: RegExp }> = [
  {
    theme: 'Risk mitigation',
    pattern:
      /\b(?:risks?|compliance|compliant|audits?|soc ?2|iso ?27001|gdpr|hipaa|sox|pci|regulat\w*|security|secure|cyber\w*|breach\w*|fraud|safety|safe|safer|resilien\w*|continuity|disaster|recovery|outages?|downtime|uptime|emissions?|ghg|carbon|waste|spills?|releases?|water intensity|churn|attrition|readmissions?|errors?|defects?|incidents?|vulnerabilit\w*|penalt\w*|fines?|exposure|protect\w*|preserv\w*|conserv\w*|financial well-?being|stabili\w*|certif\w*|accredit\w*|attestation|hitrust|fedramp|licen[cs]e to operate)\b/gi,
  },
  {
    theme: 'Differentiation',
    pattern:
      /\b(?:best|#\s?1|number one|leading|leader|top|top-rated|most|first|unique|innovat\w*|brand|reputation|trust\w*|credib\w*|preferred|customer experience|experience|satisfaction|nps|csat|net promoter|quality|differentiat\w*|premium|excellence|world-class|special|distinctive|recogni[sz]ed|centric|discovery|on-time|faster|fastest|quicker|speed|turnaround|cycle time|decision time|response time|wait times?|time to \w+|personali[sz]\w*|share of voice|social proof|character|welcoming)\b/gi,
  },
  {
    theme: 'Growth',
    pattern:
      /\b(?:revenue|sales|arr|mrr|growth|grow|market share|new customers?|customer acquisition|expand\w*|expansion|pipeline|leads|bookings|upsell|cross-sell|adoption|reach|awareness|traffic|users|subscribers|enrol+ment|volume|profit\w*|margins?|income|tax base|economic development|scale|new markets?|lending|deposits|wallet share|retention|market|customers|members|visitors|participation|graduation|hires|workforce|community|opportunit\w*)\b/gi,
  },
];

function firstMatch(pattern: RegExp, text: string): string | null {
  const match = pattern.exec(text);
  return match ? match[0].trim() : null;
}

/** Splits "Title: what it means" into its two parts, when the part before the colon is a short title. */
function splitTitle(text: string): { title: string; body: string } {
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 90) {
    const title = text.slice(0, colon).trim();
    const words = title.split(/\s+/).length;
    if (words <= 10 && !/\d$/.test(title)) return { title, body: text.slice(colon + 1).trim() };
  }
  return { title: text, body: '' };
}

function sum(signals: Signal[]): number {
  return signals.reduce((total, signal) => total + signal.weight, 0);
}

/** The leading verb of a clause, as a project signal, an outcome signal, or nothing. */
function leadingVerb(clause: string, goal: Signal[], project: Signal[]): void {
  const start = clause.replace(/^[\s"'“‘(\-–•*\d.)]+/, '');
  const strong = LEADING_STRONG.exec(start);
  if (strong) {
    project.push({ kind: 'work to be carried out', text: clip(start), weight: 2 });
    return;
  }
  const outcome = LEADING_OUTCOME.exec(start);
  const soft = LEADING_SOFT.exec(start);
  if (outcome && !DELIVERABLE.test(start.slice(0, 80))) {
    goal.push({ kind: 'an aim rather than a task', text: clip(start), weight: 1 });
    return;
  }
  if (soft || outcome) project.push({ kind: 'work to be carried out', text: clip(start), weight: 1 });
}

function clip(text: string): string {
  const words = text.slice(0, 200).split(/\s+/);
  return words.length > 8 ? words.slice(0, 8).join(' ') + '…' : text;
}

/** Reads the form of one statement (a title, a description, or both joined). */
export function readStatement(text: string): StatementForm {
  const goal: Signal[] = [];
  const project: Signal[] = [];
  const trimmed = text.trim();
  if (!trimmed) return { goal, project, goalWeight: 0, projectWeight: 0 };

  const hasDigit = /\d/.test(trimmed);
  for (const { kind, weight, pattern, digit } of GOAL_PATTERNS) {
    if (digit && !hasDigit) continue;
    const found = firstMatch(pattern, trimmed);
    // One signal of each kind: "20% ... 30% ... 40%" is one target, not three.
    if (found && !goal.some((signal) => signal.kind === kind)) goal.push({ kind, text: found, weight });
  }

  const { title, body } = splitTitle(trimmed);
  leadingVerb(title, goal, project);
  if (body) leadingVerb(body, goal, project);

  const deliverable = firstMatch(DELIVERABLE, trimmed);
  if (deliverable) project.push({ kind: 'a named deliverable', text: deliverable, weight: 1 });
  const funding = firstMatch(FUNDING_WORDS, trimmed);
  if (funding) project.push({ kind: 'funding', text: funding, weight: 0.5 });
  const fields = trimmed.match(PLAN_ITEM_FIELDS);
  if (fields) project.push({ kind: 'a plan item with its own fields', text: fields.slice(0, 3).join(' '), weight: Math.min(2, fields.length * 0.75) });

  // A short noun phrase with no verb and no end result ("Key Centers Plan", "Regional
  // cooperation on development issues") names a thing to be done or made.
  const titleWords = title.split(/\s+/).length;
  if (!project.length && !goal.length && titleWords <= 8 && !/[.!?]\s/.test(title)) {
    project.push({ kind: 'names a piece of work', text: clip(title), weight: 1 });
  }

  goal.sort((a, b) => b.weight - a.weight);
  project.sort((a, b) => b.weight - a.weight);

  return { goal, project, goalWeight: sum(goal), projectWeight: sum(project) };
}

/**
 * The theme of a goal, read from its wording: the theme with the most telling words wins,
 * and on a tie the order of THEMES decides. Only goals have a theme, so it is asked for
 * only once a row is known to be one.
 */
export function themeOf(text: string): Theme | null {
  let theme: Theme | null = null;
  let best = 0;
  for (const candidate of THEMES) {
    const found = text.match(candidate.pattern);
    if (found && found.length > best) {
      best = found.length;
      theme = candidate.theme;
    }
  }
  return theme;
}
