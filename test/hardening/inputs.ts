/**
 * Sheets real users have: the hostile and broken inputs every entry point of Goalpost is
 * run on by catalogue.test.ts. Each is a whole sheet, header row first, as getValues()
 * hands it over (errors as their text, blanks as '', dates as Date).
 */
import type { Cell } from '../fakes/appsScript';
import { HEADERS, plan } from '../gas/plans';

export interface HostileSheet {
  name: string;
  values: Cell[][];
  /**
   * What each kind of entry point must say instead of doing its work, where it cannot:
   * `sheet` for everything that reads the sheet (menu, roll-up, sidebar), `write` for what
   * writes Goalpost's columns, `functions` for the custom functions, `cli` for the command
   * line. Where a kind is not named, it must do its work.
   */
  refuses?: { sheet?: RegExp; write?: RegExp; functions?: RegExp; cli?: RegExp };
  /** Row 1 is data: the CLI reads such a file by its contents. */
  noHeaderRow?: boolean;
  /** Sheet rows a filter hides (a display choice: Goalpost classifies them like any other row). An exported file has no filters. */
  hiddenRows?: number[];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TITLE = HEADERS.indexOf('Title');

/** The example plan with some cells replaced: `changes` maps a sheet row (2 = first data row) to cells by header. */
function planWith(changes: Record<number, Record<string, Cell>>, headers: Cell[] = HEADERS): Cell[][] {
  const values = plan().map((row) => [...row]);
  values[0] = [...headers];
  for (const [row, cells] of Object.entries(changes)) {
    for (const [header, value] of Object.entries(cells)) values[Number(row) - 1][HEADERS.indexOf(header)] = value;
  }
  return values;
}

export const ERROR_VALUES = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!', '#SPILL!'];

export const FORMULA_TEXT = [
  '=IMPORTXML("http://evil.example/x", "//a")',
  '=HYPERLINK("http://evil.example", "click me")',
  '+SUM(1, 2)',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)',
  "'=1+1",
];

export const MARKUP = [
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '</textarea><iframe src="https://evil.example"></iframe>',
];

const LONG = 50_000;

export const HOSTILE_SHEETS: HostileSheet[] = [
  {
    name: 'Sheets error values in every kind of column',
    values: planWith({
      2: { Title: '#N/A', Leader: '#REF!' },
      3: { Budget: '#VALUE!', Start: '#DIV/0!', Parent: '#NAME?' },
      4: { ID: '#NUM!', 'Owning team': '#NULL!', End: '#ERROR!' },
      7: { Title: '#SPILL!', Account: '#N/A' },
    }),
  },
  {
    name: 'an error value in a header cell',
    values: planWith({}, HEADERS.map((h) => (h === 'Leader' ? '#REF!' : h))),
  },
  {
    name: 'merged-cell blanks in the middle of a block',
    values: [
      HEADERS,
      ['G1', 'Acme', 'Increase EMEA revenue 20% by FY2027', '', 'CRO', '', '', '', ''],
      ['I1', '', 'Migrate finance ERP to SAP S/4HANA', 'Finance IT', 'Dana Whitfield', '$2.4M', day('2026-01-15'), day('2027-06-30'), 'G1'],
      ['I2', '', '', 'Finance IT', '', '€85k', '', '', 'G1'],
      ['', '', 'Roll out Salesforce CPQ pilot', '', 'Raj Patel', '', day('2026-03-01'), '', ''],
      ['G2', 'Beta', 'Reduce customer churn below 5%', '', 'CFO', '', '', '', ''],
      ['I3', '', 'Launch SOC 2 readiness program', 'Security', 'Mia Chen', 'USD 90,000', '', '', 'G2'],
    ],
  },
  {
    name: '50,000-character cells',
    values: planWith({
      2: { Title: `Increase EMEA revenue 20% ${'and grow '.repeat(LONG / 9)}`.slice(0, LONG) },
      3: { Leader: 'Dana Whitfield '.repeat(LONG / 15).slice(0, LONG), Budget: `$${'9'.repeat(LONG - 1)}`, Parent: 'G'.repeat(LONG) },
      4: { Title: 'x'.repeat(LONG), 'Owning team': 'Finance IT '.repeat(LONG / 11).slice(0, LONG) },
      7: { Start: '2026-01-01 '.repeat(LONG / 11).slice(0, LONG), Account: 'A'.repeat(LONG) },
    }),
  },
  {
    name: 'control characters, zero-width spaces and line separators',
    values: planWith(
      {
        2: { Title: 'Increase\u0000 EMEA\u0007 revenue\u001b 20%\u200b by FY2027', Leader: 'C\u0000RO' },
        3: { Title: 'Migrate\u2028finance ERP\u2029to SAP\r\nS/4HANA\u0085', Leader: 'Dana\u200bWhitfield', Budget: '$2.4M\u0000' },
        4: { 'Owning team': '\u001f\u001e\u001d', Parent: 'G1\u200b', ID: '\ufeffI2' },
        7: { Title: Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') },
      },
      HEADERS.map((h) => (h === 'Title' ? 'Title\u200b' : h === 'Budget' ? '\u0000Budget' : h)),
    ),
  },
  {
    name: 'right-to-left text and emoji',
    values: planWith({
      2: { Title: 'زيادة إيرادات منطقة الشرق الأوسط بنسبة 20% بحلول 2027', Account: 'شركة أكمي', Leader: 'محمد العلي' },
      3: { Title: 'הטמעת מערכת ERP חדשה במחלקת הכספים', Leader: 'דנה וויטפילד', 'Owning team': 'צוות IT' },
      4: { Title: '🚀 Roll out 👩‍💻 CPQ pilot 🇩🇪 to EMEA sales', Leader: 'Raj Patel 🙂', Budget: '€85k 💶' },
      7: { Title: '\u202eLaunch SOC 2 readiness program\u202c', Parent: 'G2 🔒' },
    }),
  },
  {
    name: 'numbers, booleans and dates where text is expected',
    values: planWith({
      2: { Title: 20_2027, Account: 42, Leader: day('2026-01-01') },
      3: { Title: true, 'Owning team': 12.5, Leader: 1e21, Parent: day('2026-02-02') },
      4: { ID: 0, Title: -1, Budget: day('2026-03-03'), Start: 'next Tuesday', End: false },
      7: { Title: day('2026-04-04'), Budget: Number.MAX_SAFE_INTEGER, Start: 45678 },
    }),
  },
  {
    name: 'text that looks like a formula',
    values: planWith({
      2: { Title: FORMULA_TEXT[0], Account: FORMULA_TEXT[2], Leader: FORMULA_TEXT[4] },
      3: { Title: FORMULA_TEXT[1], 'Owning team': FORMULA_TEXT[3], Budget: '=2400000', Parent: FORMULA_TEXT[5] },
      4: { Title: `+${plan()[3][TITLE]}`, Leader: '-Raj Patel', ID: '=I2' },
      5: { Title: '@Reduce customer churn below 5%' },
      7: { Title: '-Launch SOC 2 readiness program', Parent: '=G2' },
    }),
  },
  {
    name: 'HTML and script payloads',
    values: planWith(
      {
        2: { Title: `${MARKUP[0]} Increase EMEA revenue 20%`, Account: MARKUP[1] },
        3: { Title: MARKUP[2], Leader: MARKUP[3], 'Owning team': MARKUP[4] },
        4: { Parent: MARKUP[0], ID: MARKUP[1] },
      },
      HEADERS.map((h) => (h === 'Account' ? '<b onmouseover=alert(1)>Account</b>' : h)),
    ),
  },
  {
    name: 'duplicate headers',
    values: [
      ['Title', 'Title', 'Budget', 'Budget', 'Leader', 'Leader', 'Parent', 'ID'],
      ['Increase EMEA revenue 20% by FY2027', 'Grow revenue', '', '', 'CRO', '', '', 'G1'],
      ['Migrate finance ERP to SAP S/4HANA', 'ERP project', '$2.4M', '€1M', 'Dana Whitfield', 'Raj Patel', 'G1', 'I1'],
      ['Follow up with procurement', '', '', '', '', '', '', 'N1'],
    ],
  },
  {
    name: 'missing header cells',
    values: plan().map((row, r) => (r === 0 ? row.map((h, c) => (c % 2 === 1 ? '' : h)) : row)),
  },
  {
    name: 'no header row at all (data in row 1)',
    values: plan().slice(1),
    noHeaderRow: true,
    // The functions and the CLI read a plan without a header row by its contents.
    refuses: { sheet: /needs column names in row 1/ },
  },
  {
    name: 'a header row only',
    values: [HEADERS],
    refuses: { sheet: /has no rows to (classify|read): Goalpost reads a header row and the rows below it/, cli: /has a header row but no rows below it to classify/ },
  },
  {
    name: 'an empty sheet',
    values: [],
    refuses: { sheet: /has no rows to (classify|read): Goalpost reads a header row and the rows below it/, cli: /holds no rows to classify/ },
  },
  {
    name: 'a 1-column sheet of statements',
    values: [
      ['Statement'],
      ['Increase EMEA revenue 20% by FY2027'],
      ['Migrate the finance ERP to SAP S/4HANA by Q3 2026, led by Dana Whitfield, $2.4M budget'],
      [''],
      ['Follow up with procurement'],
      [FORMULA_TEXT[0]],
    ],
  },
  {
    name: 'a 200-column sheet',
    values: plan().map((row, r) => [...row, ...Array.from({ length: 200 - row.length }, (_, c) => (r === 0 ? `Note ${c + 1}` : (r + c) % 7 === 0 ? `note ${r}.${c}` : ''))]),
  },
  {
    name: 'rows hidden by a filter',
    values: plan(),
    hiddenRows: [3, 4, 5],
  },
  {
    name: 'no column Goalpost can read as goal or initiative text',
    values: [
      ['Budget', 'Start'],
      ['$2.4M', day('2026-01-15')],
      ['€85k', day('2026-03-01')],
    ],
    refuses: {
      sheet: /No column holds goal or initiative text \(found headers "Budget", "Start"\)/,
      functions: /No column holds goal or initiative text \(found headers "Budget", "Start"\)/,
      cli: /No column holds goal or initiative text \(found headers "Budget", "Start"\)/,
    },
  },
  {
    name: 'a column named like a Goalpost column that holds the user’s notes',
    values: plan().map((row, r) => [...row, r === 0 ? 'Goalpost: Reason ' : r === 4 ? 42 : '']),
    refuses: { write: /^Goalpost did not write anything: the cells it would use hold content that isn't Goalpost's \(J5\)/ },
  },
];
