// Filled in next: GOAL_ROLLUP and WHY_CHAIN.
import type { SheetsArgument } from './customFunctions';
export function whyChain(_input: SheetsArgument, _range: SheetsArgument, _headers: SheetsArgument): string {
  throw new Error('WHY_CHAIN: not built yet');
}
export function goalRollup(_range: SheetsArgument, _headers: SheetsArgument): string[][] {
  throw new Error('GOAL_ROLLUP: not built yet');
}
