import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as addOn from '../../src/gas/index';
import { installFakeAppsScript, uninstallFakeAppsScript, AuthMode } from '../fakes/appsScript';
import { HEADERS, plan } from './plans';

beforeEach(() => {
  installFakeAppsScript({ authMode: AuthMode.CUSTOM_FUNCTION }).spreadsheet.addSheet('Plan', plan());
});
afterEach(uninstallFakeAppsScript);

const rows = () => plan().slice(1);

describe('=GOAL_ROLLUP(range, headers)', () => {
  it('spills the roll-up table, header row first', () => {
    const table = addOn.GOAL_ROLLUP(rows(), [HEADERS]) as unknown[][];
    expect(table[0][0]).toBe('Account');
    expect(table[1].slice(0, 4)).toEqual(['Acme', 'Increase EMEA revenue 20% by FY2027', 'Growth', 2]);
    expect(table[2][4]).toBe('Migrate finance ERP to SAP S/4HANA');
    expect(table[2][10]).toEqual(new Date(2026, 0, 15));
    expect(new Set(table.map((line) => line.length))).toEqual(new Set([16]));
  });

  it('explains a missing header row', () => {
    expect(() => addOn.GOAL_ROLLUP(rows(), undefined as never)).toThrow(/GOAL_ROLLUP needs the plan's rows and its header row/);
    expect(() => addOn.GOAL_ROLLUP(rows(), [HEADERS.slice(0, 3)])).toThrow(/headers has 3 columns but the input has 9/);
  });
});

describe('=WHY_CHAIN(input, range, headers)', () => {
  it('gives the path from a row, named by id or title, up to its goal', () => {
    expect(addOn.WHY_CHAIN('I1', rows(), [HEADERS])).toBe('Migrate finance ERP to SAP S/4HANA → Increase EMEA revenue 20% by FY2027');
    expect(addOn.WHY_CHAIN('launch soc 2 readiness program', rows(), [HEADERS])).toBe('Launch SOC 2 readiness program → Reduce customer churn below 5%');
  });

  it('gives one chain per row for a range of plan rows, blank for blank rows', () => {
    const result = addOn.WHY_CHAIN(rows().slice(0, 5), rows(), [HEADERS]) as string[][];
    expect(result).toEqual([
      ['Increase EMEA revenue 20% by FY2027'],
      ['Migrate finance ERP to SAP S/4HANA → Increase EMEA revenue 20% by FY2027'],
      ['Roll out Salesforce CPQ pilot to EMEA sales → Increase EMEA revenue 20% by FY2027'],
      ['Reduce customer churn below 5%'],
      [''],
    ]);
  });

  it('says when the row is not in the plan', () => {
    expect(addOn.WHY_CHAIN('Z9', rows(), [HEADERS])).toBe('“Z9” is not a row of this plan');
  });
});
