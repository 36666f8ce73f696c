/**
 * A problem the user can fix (no header row, another run holding the lock, cells that are
 * not Goalpost's). Its message is written for the user; the menu shows it in an alert and
 * google.script.run hands it to the sidebar. Any other error is a bug and is left to
 * propagate, so Apps Script logs it with its stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
