import { describe, expect, it } from 'vitest';
import { scriptRunServer, type ScriptRun } from '../../src/sidebar/server';

/** google.script.run as Apps Script builds it: handlers first, then the function by name. */
function fakeRun(answer: (name: string, args: unknown[]) => { ok: unknown } | { error: unknown }) {
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const make = (): ScriptRun => {
    let success: (value: unknown) => void = () => undefined;
    let failure: (error: unknown) => void = () => undefined;
    const run = {
      withSuccessHandler(handler: (value: unknown) => void) { success = handler; return proxy; },
      withFailureHandler(handler: (error: unknown) => void) { failure = handler; return proxy; },
    };
    const proxy: ScriptRun = new Proxy(run, {
      get: (target, name: string) =>
        name in target
          ? target[name as keyof typeof target]
          : (...args: unknown[]) => {
              calls.push({ name, args });
              const result = answer(name, args);
              setTimeout(() => ('ok' in result ? success(result.ok) : failure(result.error)));
            },
    }) as ScriptRun;
    return proxy;
  };
  return { calls, make };
}

describe('the typed google.script.run wrapper', () => {
  it('calls the endpoint by name with its arguments and resolves with its answer', async () => {
    const run = fakeRun(() => ({ ok: undefined }));
    const server = scriptRunServer(run.make);
    await expect(server.selectSheetRow('Plan', 4)).resolves.toBeUndefined();
    expect(run.calls).toEqual([{ name: 'selectSheetRow', args: ['Plan', 4] }]);
  });

  it('rejects with the sentence written for the user, without the error class Apps Script puts in front', async () => {
    const server = scriptRunServer(fakeRun(() => ({ error: new Error('UserError: Another Goalpost run is in progress in this spreadsheet.') })).make);
    await expect(server.sidebarState()).rejects.toThrow(/^Another Goalpost run is in progress in this spreadsheet\.$/);
    const plain = scriptRunServer(fakeRun(() => ({ error: 'Exception: Range not found' })).make);
    await expect(plain.sidebarState()).rejects.toThrow(/^Range not found$/);
  });
});
