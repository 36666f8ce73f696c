/** Account plans as users export them, for the add-on tests. */
import type { Cell } from '../fakes/appsScript';

export const HEADERS = ['ID', 'Account', 'Title', 'Owning team', 'Leader', 'Budget', 'Start', 'End', 'Parent'];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const GOAL = ['G1', 'Acme', 'Increase EMEA revenue 20% by FY2027', '', 'CRO', '', '', '', ''];
export const INITIATIVE = ['I1', 'Acme', 'Migrate finance ERP to SAP S/4HANA', 'Finance IT', 'Dana Whitfield', '$2.4M', day('2026-01-15'), day('2027-06-30'), 'G1'];

/** A plan with goals, initiatives, a blank row and a thin row, header row first. */
export function plan(): Cell[][] {
  return [
    HEADERS,
    GOAL,
    INITIATIVE,
    ['I2', 'Acme', 'Roll out Salesforce CPQ pilot to EMEA sales', 'EMEA Sales Ops', 'Raj Patel', '€85k', day('2026-03-01'), day('2026-09-30'), 'G1'],
    ['G2', 'Acme', 'Reduce customer churn below 5%', '', 'CFO', '', '', '', ''],
    ['', '', '', '', '', '', '', '', ''],
    ['I3', 'Acme', 'Launch SOC 2 readiness program', 'Security', 'Mia Chen', 'USD 90,000', day('2026-02-01'), day('2026-12-31'), 'G2'],
    ['N1', 'Acme', 'Follow up with procurement', '', '', '', '', '', ''],
  ];
}

/** `count` data rows under the header row, cycling through the plan's rows. */
export function bigPlan(count: number): Cell[][] {
  const rows = plan().slice(1);
  return [HEADERS, ...Array.from({ length: count }, (_, i) => rows[i % rows.length].map((cell, c) => (c === 0 && cell ? `${cell}-${i}` : cell)))];
}
