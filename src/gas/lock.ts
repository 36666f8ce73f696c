/**
 * One Goalpost write at a time per spreadsheet: two runs interleaving their chunks could
 * each check a block, then overwrite the other's output.
 */
import { UserError } from './userError';

/** Long enough to wait out a short run, short enough that a user isn't left staring at a spinner. */
export const LOCK_WAIT_MS = 10_000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError('Another Goalpost run is in progress in this spreadsheet. Try again when it has finished.');
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
