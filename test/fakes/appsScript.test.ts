import { afterEach, describe, expect, it } from 'vitest';
import { AuthMode, FakeAppsScript, installFakeAppsScript, SERVICE_FAILURE, uninstallFakeAppsScript } from './appsScript';

afterEach(uninstallFakeAppsScript);

describe('the Apps Script fake behaves like the real services', () => {
  it('reads 2-D copies with Dates and blanks, so a caller cannot change the sheet by mutating them', () => {
    const env = new FakeAppsScript();
    const when = new Date(Date.UTC(2026, 0, 15));
    const sheet = env.spreadsheet.addSheet('Plan', [['Title', 'Start'], ['Roll out CRM', when]]);
    const values = sheet.getRange(1, 1, 3, 3).getValues();
    expect(values).toEqual([['Title', 'Start', ''], ['Roll out CRM', when, ''], ['', '', '']]);
    values[1][0] = 'changed';
    (values[1][1] as Date).setUTCFullYear(1999);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['Roll out CRM', when]]);
  });

  it('throws the real messages for a wrong shape and for a range past the sheet', () => {
    const env = new FakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Plan');
    expect(() => sheet.getRange(1, 1, 2, 1).setValues([['a']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['a']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it("stores a written '=' string as a formula and an apostrophe-led string as text", () => {
    const env = new FakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Plan');
    sheet.getRange(1, 1, 1, 2).setValues([['=1+1', "'=1+1"]]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+1', '']]);
    expect(sheet.getRange('B1').getValue()).toBe('=1+1');
  });

  it('counts calls, refuses data access in AuthMode.NONE and writes in a custom function', () => {
    const none = installFakeAppsScript({ authMode: AuthMode.NONE });
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => PropertiesService.getDocumentProperties()).toThrow(/permission/);
    expect(none.calls.of('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    none.uninstall();

    const custom = installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION });
    const sheet = custom.spreadsheet.addSheet('Plan', [['x']]);
    expect(SpreadsheetApp.getActiveSheet().getRange('A1').getValue()).toBe('x');
    expect(() => sheet.getRange('A1').setValues([['y']])).toThrow(/permission/);
  });

  it('lets a test hold the document lock as another run would', () => {
    const env = installFakeAppsScript();
    env.holdDocumentLock();
    expect(LockService.getDocumentLock().tryLock(10_000)).toBe(false);
    env.releaseDocumentLock();
    const lock = LockService.getDocumentLock();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(false);
    lock.releaseLock();
    expect(env.lockHeld).toBe(false);
  });

  it('fails the n-th call a test names, before it changes anything, and only that call', () => {
    const env = new FakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Plan', [['a'], ['b'], ['c']]);
    sheet.getRange(1, 1).setValues([['x']]);
    env.failOn('Range.setValues', 2);
    sheet.getRange(2, 1).setValues([['y']]);
    expect(() => sheet.getRange(3, 1).setValues([['z']])).toThrow(SERVICE_FAILURE);
    sheet.getRange(3, 1).setValues([['w']]);
    expect(sheet.snapshot().values).toEqual([['x'], ['y'], ['w']]);
  });

  it('refuses a whole write holding a cell over 50,000 characters, as Sheets does', () => {
    const env = new FakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Plan', [['a', 'b']]);
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([['x', 'y'.repeat(50_001)]])).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(sheet.snapshot().values).toEqual([['a', 'b']]);
    sheet.getRange(1, 2).setValues([['y'.repeat(50_000)]]);
    expect((sheet.snapshot().values[0][1] as string).length).toBe(50_000);
  });

  it('keeps developer metadata on its sheet through renames and clear(), finds it by key, and drops it with the sheet', () => {
    const env = installFakeAppsScript();
    const sheet = env.spreadsheet.addSheet('Summary', [['a']]);
    const other = env.spreadsheet.addSheet('Other');
    sheet.addDeveloperMetadata('tool.mark', '{"n":1}', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    other.addDeveloperMetadata('tool.mark', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    env.spreadsheet.addDeveloperMetadata('tool.other', 'x');
    sheet.setName('Renamed').clear();

    const found = SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey('tool.mark').find();
    expect(found.map((m) => [m.getLocation().getSheet()?.getName(), m.getValue(), m.getVisibility()])).toEqual([
      ['Renamed', '{"n":1}', 'PROJECT'],
      ['Other', null, 'DOCUMENT'],
    ]);
    expect(sheet.createDeveloperMetadataFinder().withKey('tool.mark').find()).toHaveLength(1);
    expect(env.spreadsheet.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['tool.other']);
    expect(env.calls.of('DeveloperMetadataFinder.find')).toBe(2);

    found[0].setValue('{"n":2}');
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('{"n":2}');
    env.spreadsheet.deleteSheet(other);
    expect(env.spreadsheet.createDeveloperMetadataFinder().withKey('tool.mark').find()).toHaveLength(1);
    sheet.getDeveloperMetadata()[0].remove();
    expect(env.spreadsheet.createDeveloperMetadataFinder().withKey('tool.mark').find()).toEqual([]);

    env.authMode = AuthMode.NONE;
    expect(() => env.spreadsheet.createDeveloperMetadataFinder().find()).toThrow(/permission/);
    env.authMode = AuthMode.CUSTOM_FUNCTION;
    expect(() => sheet.addDeveloperMetadata('tool.mark')).toThrow(/permission/);
  });

  it('removes its globals again', () => {
    installFakeAppsScript();
    expect(typeof SpreadsheetApp).toBe('object');
    uninstallFakeAppsScript();
    expect('SpreadsheetApp' in globalThis).toBe(false);
  });
});
