import { afterEach, describe, expect, it } from 'vitest';
import { readSettings, saveSettings, settingsKey } from '../../src/gas/settings';
import { installFakeAppsScript, uninstallFakeAppsScript } from '../fakes/appsScript';

afterEach(uninstallFakeAppsScript);

const asSheet = (sheet: unknown) => sheet as GoogleAppsScript.Spreadsheet.Sheet;

describe('per-sheet settings', () => {
  it('default to threshold 3 and no mapping', () => {
    const env = installFakeAppsScript();
    expect(readSettings(asSheet(env.spreadsheet.addSheet('Plan')))).toEqual({ mapping: {}, threshold: 3 });
  });

  it('belong to one sheet, and follow it when it is renamed', () => {
    const env = installFakeAppsScript();
    const plan = env.spreadsheet.addSheet('Plan');
    const other = env.spreadsheet.addSheet('Other');
    saveSettings(asSheet(plan), { threshold: 4, mapping: { title: 'Objective', leader: 'Exec sponsor' } });
    plan.setName('FY27 plan');
    expect(readSettings(asSheet(plan))).toEqual({ threshold: 4, mapping: { title: 'Objective', leader: 'Exec sponsor' } });
    expect(readSettings(asSheet(other))).toEqual({ mapping: {}, threshold: 3 });
  });

  it('keep what is valid from a damaged or foreign value, so classification never stops on a setting', () => {
    const env = installFakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Plan');
    env.documentProperties.setProperty(settingsKey(sheet.getSheetId()), '{"threshold": 9, "mapping": {"title": " Objective ", "colour": "Red", "budget": 5}}');
    expect(readSettings(asSheet(sheet))).toEqual({ threshold: 3, mapping: { title: 'Objective' } });
    env.documentProperties.setProperty(settingsKey(sheet.getSheetId()), 'not json');
    expect(readSettings(asSheet(sheet))).toEqual({ mapping: {}, threshold: 3 });
  });
});
