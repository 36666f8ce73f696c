/**
 * A deterministic synthetic account plan for benchmarks: structured rows (goals and
 * initiatives with messy budgets, dates and owners) and bare-text statements, from a seeded
 * generator so every run measures the same input.
 */
export const SYNTHETIC_HEADERS = [
  'Account', 'Objective ID', 'Objective Name', 'Description', 'Business Unit', 'Owner', 'Project Manager',
  'Budget', 'Start Date', 'Due Date', 'Parent Objective',
];

/** mulberry32: a tiny, fast, seedable PRNG. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
const PEOPLE = ['Dana Whitfield', 'Raj Patel', 'Lucía Fernández', 'Whitfield, Dana', 'CFO', 'VP Operations', 'TBD', ''];
const BUDGETS = ['$2,400,000', '2.4M', '€85k', '1.250.000,00 €', 'USD 90,000', 'TBD', 'n/a', '0', '', '$310k'];
const STARTS = ['2026-01-15', '1/15/2026', '15.01.2026', 'Q3 FY27', 'H2 2026', 'TBD', ''];
const DUES = ['2027-06-30', '6/30/2027', '31.12.2027', 'Q4 2027', 'FY28', ''];
const BARE = [
  'Grow ARR 3x YoY.', 'Develop targeted outreach to new residents.', 'To be the most student-centric university.',
  'Review zoning in light of plan goals', '25% reduction in waste intensity by 2030 (2019 baseline).',
  'Construct more sidewalks according to the priority list. Timing: Ongoing. Lead Owner: Engineering Department.',
  'Earn community trust and credibility.', '$1.5 million to start academic degrees that meet employer demand',
];

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)];
}

/** `count` structured plan rows (no header), about one goal for every five initiatives. */
export function structuredRows(count: number, seed = 1): string[][] {
  const next = random(seed);
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const account = `Account ${1 + (Math.floor(i / 50) % 400)}`;
    const goalId = `G${Math.floor(i / 6)}`;
    if (i % 6 === 0) {
      rows.push([account, goalId, pick(GOALS, next), '', '', pick(['CFO', 'VP Sales', 'Chief Risk Officer'], next), '', 'n/a', '', pick(DUES, next), '']);
    } else {
      const title = `${pick(VERBS, next)} ${pick(OBJECTS, next)}`;
      rows.push([
        account, `I${i}`, title, next() < 0.3 ? `Phase ${1 + Math.floor(next() * 3)} of the ${pick(OBJECTS, next)} work` : '',
        pick(UNITS, next), pick(PEOPLE, next), pick(PEOPLE, next), pick(BUDGETS, next), pick(STARTS, next), pick(DUES, next),
        next() < 0.85 ? goalId : '',
      ]);
    }
  }
  return rows;
}

/** `count` one-cell statements. */
export function bareRows(count: number, seed = 2): string[][] {
  const next = random(seed);
  return Array.from({ length: count }, () => [pick(BARE, next)]);
}
