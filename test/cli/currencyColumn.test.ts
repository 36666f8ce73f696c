/** `goalpost rollup|classify` on a plan whose budgets name their currency in a column of their own. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const bin = join(root, 'bin/goalpost.js');
const dir = mkdtempSync(join(tmpdir(), 'goalpost-currency-'));

function run(args: string[]) {
  const result = spawnSync('node', [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const plan = join(dir, 'plan.csv');
writeFileSync(
  plan,
  [
    'Code,Objetivo,Padre,Responsable,Equipo,Monto,Divisa,Fecha',
    'O1,Reducir las devoluciones de pedidos a la mitad,,,Logística,,,2029',
    'A1,Implantar un sistema de etiquetado en el almacén de Lima,O1,Rosa Vega,Logística,300000,PEN,2027-10-31',
    'A2,Renovar las cintas de clasificación en Bogotá,O1,Iván Mora,Logística,950000000,COP,2028-02-29',
    'A3,Formar al personal de devoluciones,O1,Rosa Vega,Logística,45000,PEN,2027-05-31',
  ].join('\n'),
);

describe('a currency column', () => {
  it('keeps the roll-up’s budgets per currency', () => {
    const { code, out } = run(['rollup', plan, '--format', 'json', '--quiet']);
    expect(code).toBe(0);
    const goal = JSON.parse(out).goals[0];
    expect(goal.budget).toEqual([
      { currency: 'PEN', amount: 345000 },
      { currency: 'COP', amount: 950000000 },
    ]);
    expect(goal.initiatives.map((initiative: { budget: unknown }) => initiative.budget)).toEqual([
      { amount: 300000, currency: 'PEN' },
      { amount: 950000000, currency: 'COP' },
      { amount: 45000, currency: 'PEN' },
    ]);
  });

  it('is shown in the layout report, and can be named with --map', () => {
    const byHeader = run(['classify', plan, '--format', 'ndjson']);
    expect(byHeader.err).toContain('currency ← "Divisa" (header)');
    const renamed = join(dir, 'renamed.csv');
    writeFileSync(renamed, ['Item,Owner,Team,Amount,Unit', 'Upgrade the payroll servers,Tom Ash,IT,80000,GBP', 'Replace the badge readers,Tom Ash,IT,20000,EUR'].join('\n'));
    const mapped = run(['classify', renamed, '--format', 'ndjson', '--map', 'currency=Unit']);
    expect(mapped.code).toBe(0);
    expect(mapped.err).toContain('currency ← "Unit" (--map)');
    const reasons = mapped.out.trim().split('\n').map((line) => JSON.parse(line).evidence.budget);
    expect(reasons).toEqual(['80000 GBP', '20000 EUR']);
  });
});
