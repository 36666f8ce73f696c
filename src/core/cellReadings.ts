/**
 * The readers of column cells, remembered (see memo.ts): plans repeat the same owners,
 * teams, budgets and dates down thousands of rows. Layout detection reads the first rows'
 * cells with the same tables, so the rows it sampled are not read again when classified.
 */
import { memoizeCell } from './memo';
import { parseMoney as readMoney } from './money';
import { parseOrganization as readOrganization } from './organization';
import { parsePerson as readPerson } from './people';
import { parseTimeFrame as readTimeFrame } from './timeframe';

export const parseMoney = memoizeCell(readMoney);
export const parseOrganization = memoizeCell(readOrganization);
export const parsePerson = memoizeCell(readPerson);
export const parseTimeFrame = memoizeCell((value) => readTimeFrame(value));
