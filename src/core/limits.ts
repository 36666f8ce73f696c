/**
 * Sizes more than one layer must agree on, in one place: how many data rows the layout is
 * read from, and how many rows one Sheets read, write or sidebar call handles.
 */

/** Data rows read to weigh each column's content when the layout is decided (below the header row). */
export const LAYOUT_SAMPLE_ROWS = 200;

/**
 * Rows per chunk in Apps Script: one getValues() and one setValues() each, and the most one
 * sidebar call classifies, so no call nears the 6-minute script limit.
 */
export const CHUNK_ROWS = 2000;
