/** The engine's public surface, shared by the Apps Script adapters, the sidebar and the CLI. */
export * from './types';
export { classify, type RowContext } from './classify';
export { classifyRows, parentKey, parentKeys, rowClassifier, planItems } from './classifyPlan';
export { columnLetter, detectLayout, PlanError, type FieldOverrides, type PlanLayout } from './layout/detectLayout';
export { isBlankRow, recordOf } from './layout/rowRecord';
export { parseMoney, findMoneyInText } from './money';
export { parseTimeFrame, findTimeFrameInText } from './timeframe';
export { parsePerson } from './people';
export { fieldOfHeader } from './fields';
export { cellText, isBlank, isSheetsError, normalize } from './text';
export { buildRollup, sumBudgets, type Rollup, type RollupGoal, type RollupInitiative, type RollupRow, type BudgetTotal } from './rollup';
export { chainOf, referenceFinder, resolveLinks, suggestGoals, whyChainText, titleOf, type LinkItem, type Links, type PlanItem } from './link';
export { budgetText, ROLLUP_COLUMN, ROLLUP_TABLE_HEADERS, rollupLines, rollupTable, type RollupCell, type RollupLine, type RollupLineKind } from './rollupTable';
export { VERDICT_HEADERS, verdictCells, type VerdictCell } from './verdictColumns';
export { findHeaderRow, HEADER_SCAN_ROWS, isNoteRow } from './layout/headerRow';
export { layoutReport, layoutReportLines, type LayoutReport, type MappedField } from './layout/report';
export { currencyOfNumberFormat, unitOfHeader, type ColumnUnit } from './layout/units';
export { countsText, emptyCounts, notAPlanWarning, plural, summaryText, type LabelCounts, type PlanSummary } from './planSummary';
