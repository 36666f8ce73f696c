/** An error the user can fix: printed as one line, exit code 2 (unusable input or arguments). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_ROWS_SKIPPED = 1;
export const EXIT_UNUSABLE = 2;
