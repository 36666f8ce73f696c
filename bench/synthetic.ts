/**
 * A deterministic synthetic account plan for benchmarks: structured rows (goals and
 * initiatives with messy budgets, dates and owners) and bare-text statements, from a seeded
 * generator so every run measures the same input.
 */
import { seededRandom } from '../src/training/seededRandom';

export const SYNTHETIC_HEADERS = [
  'Account', 'Objective ID', 'Objective Name', 'Description', 'Business Unit', 'Owner', 'Project Manager',
  'Budget', 'Start Date', 'Due Date', 'Parent Objective',
];

const VERBS = ['Implement', 'Migrate', 'Roll out', 'Launch', 'Pilot', 'Deploy', 'Consolidate', 'Upgrade', 'Automate', 'Replace'];
const OBJECTS = [
  'core ledger to cloud', 'driver telematics', 'the partner referral program', 'self-service portal', 'CRM data warehouse',
  'discharge planning module', 'fraud scoring engine', 'warehouse robotics', 'e-invoicing platform', 'SSO for all apps',
];
const GOALS = [
  'Grow commercial lending revenue 15% by FY27', 'Reduce patient readmissions below 12%', 'Pass SOC 2 Type II audit',
  'Become the top-rated carrier in the Midwest', 'Cut customer churn to under 5%', 'Increase EMEA ARR 25%',
  'Achieve net zero operations by 2030', 'Be the most trusted regional bank',
];
const UNITS = ['Finance IT', 'EMEA Sales', 'Operations', 'Clinical Informatics', 'PMO', 'Risk & Compliance', 'TBD', ''];
const FIRST = ['Dana', 'Raj', 'Lucía', 'Tobias', 'Mia', 'Yusuf', 'Anneliese', 'Corinne', 'Hollis', 'Priya', 'Kenji', 'Amara'];
const LAST = ['Whitfield', 'Patel', 'Fernández', 'Reinholt', 'Chen', 'Amberley', 'Croft', 'Maldek', 'Brandt', 'Osei', 'Sato', 'Novak'];
const ROLES = ['CFO', 'VP Operations', 'Head of Revenue', 'TBD', ''];
const PLACES = ['Midwest', 'EMEA', 'Tri-County', 'Joliet', 'Frankfurt', 'Dublin', 'Austin', 'Lyon', 'Osaka', 'Porto'];
const BARE = [
  'Grow ARR 3x YoY.', 'Develop targeted outreach to new residents.', 'To be the most student-centric university.',
  'Review zoning in light of plan goals', '25% reduction in waste intensity by 2030 (2019 baseline).',
  'Construct more sidewalks according to the priority list. Timing: Ongoing. Lead Owner: Engineering Department.',
  'Earn community trust and credibility.', '$1.5 million to start academic degrees that meet employer demand',
];

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)];
}

// Cells vary as in real exports: people, amounts and dates drawn from wide ranges, in the
// formats CRMs and hand-made sheets write them.
function person(next: () => number): string {
  const roll = next();
  if (roll < 0.2) return pick(ROLES, next);
  const first = pick(FIRST, next);
  const last = pick(LAST, next);
  return roll < 0.3 ? `${last}, ${first}` : `${first} ${last}`;
}

function budget(next: () => number): string {
  const roll = next();
  const amount = 10_000 + Math.floor(next() * 4_990) * 1_000;
  if (roll < 0.15) return pick(['TBD', 'n/a', '0', ''], next);
  if (roll < 0.4) return `$${amount.toLocaleString('en-US')}`;
  if (roll < 0.55) return `${(amount / 1_000_000).toFixed(1)}M`;
  if (roll < 0.7) return `€${Math.round(amount / 1000)}k`;
  if (roll < 0.85) return `${amount.toLocaleString('de-DE')},00 €`;
  return `USD ${amount.toLocaleString('en-US')}`;
}

function date(next: () => number, year: number): string {
  const roll = next();
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (roll < 0.1) return pick(['TBD', ''], next);
  if (roll < 0.45) return `${year}-${pad(month)}-${pad(day)}`;
  if (roll < 0.65) return `${month}/${day}/${year}`;
  if (roll < 0.8) return `${pad(day)}.${pad(month)}.${year}`;
  if (roll < 0.9) return `Q${1 + Math.floor(next() * 4)} FY${String(year + 1).slice(2)}`;
  return `H${1 + Math.floor(next() * 2)} ${year}`;
}

/** `count` structured plan rows (no header), about one goal for every five initiatives. */
export function structuredRows(count: number, seed = 1): string[][] {
  const next = seededRandom(seed);
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const account = `Account ${1 + (Math.floor(i / 50) % 400)}`;
    const goalId = `G${Math.floor(i / 6)}`;
    if (i % 6 === 0) {
      rows.push([account, goalId, `${pick(GOALS, next)} in ${pick(PLACES, next)}`, '', '', pick(['CFO', 'VP Sales', 'Chief Risk Officer'], next), '', 'n/a', '', date(next, 2028), '']);
    } else {
      const title = `${pick(VERBS, next)} ${pick(OBJECTS, next)} for ${pick(PLACES, next)} site ${1 + Math.floor(next() * 900)}`;
      rows.push([
        account, `I${i}`, title, next() < 0.3 ? `Phase ${1 + Math.floor(next() * 3)} of the ${pick(OBJECTS, next)} work` : '',
        pick(UNITS, next), person(next), person(next), budget(next), date(next, 2026), date(next, 2027),
        next() < 0.85 ? goalId : '',
      ]);
    }
  }
  return rows;
}

/** `count` one-cell statements, each made distinct as real statements are. */
export function bareRows(count: number, seed = 2): string[][] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => [`${pick(BARE, next)} (${pick(PLACES, next)} ${i})`]);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * `count` lines of random "words" (random letters, 2-10 of them, 3-12 words a line): text
 * that is not a plan, for measuring what junk costs and checking it is not called a plan.
 */
export function randomWordRows(count: number, seed = 3): string[][] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 3 + Math.floor(next() * 10) }, () =>
      Array.from({ length: 2 + Math.floor(next() * 9) }, () => LETTERS[Math.floor(next() * 26)]).join(''),
    );
    return [words.join(' ')];
  });
}
