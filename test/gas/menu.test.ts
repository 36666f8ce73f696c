import { afterEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { escapeHtml, HELP_URL, PRIVACY_URL } from '../../src/gas/help';
import { AuthMode, installFakeAppsScript, uninstallFakeAppsScript, type AuthModeValue } from '../fakes/appsScript';

afterEach(uninstallFakeAppsScript);

const MENU = [
  { caption: 'Open Goalpost', functionName: 'openSidebar' },
  { caption: 'Classify selected rows', functionName: 'classifySelectedRows' },
  { caption: 'Build goal roll-up', functionName: 'buildRollupFromMenu' },
  { caption: 'Help', functionName: 'showHelp' },
];

describe('the add-on menu', () => {
  for (const mode of [AuthMode.NONE, AuthMode.LIMITED, AuthMode.FULL] as AuthModeValue[]) {
    it(`is built by onOpen in AuthMode.${mode} without touching properties or sheet data`, () => {
      const env = installFakeAppsScript({ authMode: mode });
      env.spreadsheet.addSheet('Plan', [['Title'], ['Roll out CRM']]);
      addOn.onOpen({ authMode: mode } as unknown as GoogleAppsScript.Events.SheetsOnOpen);

      expect(env.ui.menus).toHaveLength(1);
      expect(env.ui.menus[0].items).toEqual(MENU);
      expect(env.calls.startingWith('PropertiesService.')).toBe(0);
      expect(env.calls.startingWith('Properties.')).toBe(0);
      expect(env.calls.startingWith('Range.')).toBe(0);
      expect(env.calls.startingWith('Sheet.')).toBe(0);
      expect(env.calls.startingWith('Spreadsheet.')).toBe(0);
    });
  }

  it('is built by onInstall too, so the menu appears without reopening the file', () => {
    const env = installFakeAppsScript({ authMode: AuthMode.FULL });
    addOn.onInstall({ authMode: AuthMode.FULL } as unknown as GoogleAppsScript.Events.AddonOnInstall);
    expect(env.ui.menus[0].items).toEqual(MENU);
  });

  it('names only functions the add-on exports, so every item runs', () => {
    for (const item of MENU) expect(typeof (addOn as Record<string, unknown>)[item.functionName]).toBe('function');
  });
});

describe('the menu items', () => {
  it('Open Goalpost says the sidebar is not built when Sidebar.html is missing', () => {
    const env = installFakeAppsScript();
    addOn.openSidebar();
    expect(env.ui.sidebars).toHaveLength(0);
    expect(env.ui.alerts[0].prompt).toMatch(/sidebar is not built/);
  });

  it('Open Goalpost shows Sidebar.html as the Goalpost sidebar when it is built', () => {
    const env = installFakeAppsScript();
    env.html.files.set('Sidebar', '<p>Goalpost</p>');
    addOn.openSidebar();
    expect(env.ui.alerts).toHaveLength(0);
    expect(env.ui.sidebars[0].getTitle()).toBe('Goalpost');
    expect(env.ui.sidebars[0].getContent()).toBe('<p>Goalpost</p>');
  });

  it('Build goal roll-up on an empty sheet says what it needs instead of failing', () => {
    const env = installFakeAppsScript();
    addOn.buildRollupFromMenu();
    expect(env.ui.alerts[0].prompt).toMatch(/This sheet has no rows to classify: Goalpost reads a header row and the rows below it/);
  });

  it('Help opens a dialog that explains the method, names every function and links the full guide', () => {
    const env = installFakeAppsScript();
    addOn.showHelp();
    expect(env.ui.alerts).toHaveLength(0);
    expect(env.ui.dialogs).toHaveLength(1);
    const { title, html, modal } = env.ui.dialogs[0];
    expect(title).toBe('Goalpost help');
    expect(modal).toBe(true);
    const page = html.getContent();
    for (const name of ['CLASSIFY', 'INITIATIVE_SCORE', 'INITIATIVE_CRITERIA', 'GOAL_THEME', 'CLASSIFY_REASON', 'WHY_CHAIN', 'GOAL_ROLLUP']) {
      expect(page).toContain(`=${name}(`);
    }
    expect(page).toMatch(/at least 3 of 5/);
    expect(page).toMatch(/Initiative with 1\/5, or Unclear/);
    expect(page).toMatch(/its wording does/);
    // The full page opens in a new tab: a link inside the dialog's frame would go nowhere.
    const links = [...page.matchAll(/<a href="([^"]+)" target="_blank" rel="noopener noreferrer">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      [HELP_URL, 'Goalpost help'],
      [PRIVACY_URL, 'privacy policy'],
    ]);
    expect(page).not.toMatch(/<script|<img|<iframe|<link|on\w+=/i);
  });

  it('escapes its text, so no help line can become markup', () => {
    expect(escapeHtml('<b onclick="x">Tom & Jerry\'s</b>')).toBe('&lt;b onclick=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;');
  });
});
