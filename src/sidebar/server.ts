/**
 * The sidebar's only way to the spreadsheet: google.script.run, wrapped so each server
 * endpoint is an async function typed from its declaration in src/gas/index.ts. Tests and
 * the local preview swap what is underneath (setServer, or a google.script.run shim);
 * the rest of the sidebar never touches google.script.run itself.
 */
import type * as Endpoints from '../gas/index';

type Api = typeof Endpoints;
export type Server = { [Name in keyof Api]: (...args: Parameters<Api[Name]>) => Promise<ReturnType<Api[Name]>> };

/** The part of google.script.run used here: the two handlers, then the call by name. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
}

declare const google: { script: { run: ScriptRun } } | undefined;

/** A Server calling through `run()`, a fresh google.script.run per call as its handlers are per call. */
export function scriptRunServer(run: () => ScriptRun = () => google!.script.run): Server {
  return new Proxy({} as Server, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      return (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          const runner = run().withSuccessHandler(resolve).withFailureHandler((error) => reject(asError(error))) as unknown as Record<string, (...a: unknown[]) => void>;
          runner[name](...args);
        });
    },
  });
}

/**
 * Apps Script hands the failure handler an Error whose message may carry the thrown
 * class's name ("UserError: ..."); the user should read only the sentence written for them.
 */
export function asError(error: unknown): Error {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : String((error as { message?: unknown })?.message ?? error);
  return new Error(raw.replace(/^(?:(?:Uncaught\s+)?(?:Error|UserError|Exception|TypeError)\s*:\s*)+/, '').trim() || 'The server did not say what went wrong.');
}

let current: Server | null = null;

/** The server every part of the sidebar calls. */
export function server(): Server {
  current ??= scriptRunServer();
  return current;
}

/** Replaces the server, for tests. */
export function setServer(replacement: Server): void {
  current = replacement;
}
