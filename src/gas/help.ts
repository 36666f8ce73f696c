/**
 * The in-app help: a short version of docs/help.md in a dialog, with a link to the full page
 * (published from docs/ at the address in docs/marketplace/listing.json). Every word is fixed
 * text of the add-on and still goes through escapeHtml, so the dialog can never carry markup
 * from anywhere else.
 */
import listing from '../../docs/marketplace/listing.json';

export const HELP_TITLE = 'Goalpost help';
// Apps Script has no URL global: the site ends in "/" and the links are relative to it.
export const HELP_URL = listing.site + listing.links.help;
export const PRIVACY_URL = listing.site + listing.links.privacy;

/** The short help, one paragraph or list per entry; a list is an array of lines. */
export const HELP_SECTIONS: ReadonlyArray<{ heading: string; body: ReadonlyArray<string | readonly string[]> }> = [
  {
    heading: 'Goals and initiatives',
    body: [
      'Goalpost sorts the rows of an account plan into customer goals and initiatives, and says why.',
      'An initiative is a project already under way. It usually shows at least 3 of 5 signs: a defined program, an owning organization, a named leader, an allocated budget and a time-frame.',
      'A goal is a measurable end result that senior management sets (growth, differentiation or risk mitigation) and that several initiatives serve. Ask "why?" of an initiative until you reach it.',
    ],
  },
  {
    heading: 'Why is this row an Initiative with 1/5, or Unclear?',
    body: [
      'When the criteria do not settle a row, its wording does: a model learned from real plans reads the statement ("Migrate…" reads as work, "Grow revenue 20%" as a result). The reason then says the wording decided, and which words weighed most.',
      'Unclear means the wording is too close to call, or the text has too few words Goalpost knows (a code, a number, a fragment). Add a description, an owner or a budget, or map the right column in the sidebar.',
    ],
  },
  {
    heading: 'The menu',
    body: [
      [
        'Open Goalpost: the sidebar, with the columns it detected, the threshold and Run.',
        'Classify selected rows: writes Label, Score, the five criteria, Theme and Reason into "Goalpost:" columns right of your data. It only ever writes into those columns.',
        'Build goal roll-up: the "Goalpost roll-up" sheet, initiatives under their goals, with budgets, dates and a chart.',
      ],
    ],
  },
  {
    heading: 'Functions (a cell, a row or a whole range, plus an optional header row)',
    body: [
      [
        '=CLASSIFY(A2:F200, A1:F1)  Initiative, Goal or Unclear',
        '=INITIATIVE_SCORE(...)  criteria met, 0-5',
        '=INITIATIVE_CRITERIA(...)  five TRUE/FALSE: program, organization, leadership, budget, timeframe',
        '=GOAL_THEME(...)  Growth, Differentiation or Risk mitigation',
        '=CLASSIFY_REASON(...)  the one-line reason',
        '=WHY_CHAIN(id, A2:F200, A1:F1)  the path of parent links up to the goal',
        '=GOAL_ROLLUP(A2:F200, A1:F1)  the roll-up table',
      ],
    ],
  },
  {
    heading: 'Your data',
    body: ['Nothing leaves this spreadsheet: Goalpost makes no network calls, keeps no copy and writes only its own columns and its roll-up sheet.'],
  },
];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

const link = (url: string, text: string) => `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;

/** The dialog's page: plain HTML and CSS, no script, nothing loaded from elsewhere. */
export function helpDialogHtml(): string {
  const sections = HELP_SECTIONS.map(({ heading, body }) => {
    const parts = body.map((part) =>
      typeof part === 'string' ? `<p>${escapeHtml(part)}</p>` : `<ul>${part.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    );
    return `<h2>${escapeHtml(heading)}</h2>${parts.join('')}`;
  });
  return [
    '<!DOCTYPE html><html><head><style>',
    'body{font:13px/1.45 Roboto,Arial,sans-serif;color:#202124;margin:0 4px}h2{font-size:14px;font-weight:500;margin:14px 0 4px}p{margin:4px 0}ul{margin:4px 0;padding-left:18px}li{margin:2px 0}a{color:#1a73e8}',
    '</style></head><body>',
    ...sections,
    `<p>The full guide, with an example for every function: ${link(HELP_URL, 'Goalpost help')}. How Goalpost treats your data: ${link(PRIVACY_URL, 'privacy policy')}.</p>`,
    '</body></html>',
  ].join('');
}
