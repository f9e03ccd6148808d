/**
 * The one top-level handler of every command-line tool: scripts/run.mjs bundles each script behind
 * {@link runScript}, so a user's mistake ends with one line on stderr and exit code 2, and an
 * unexpected error still shows its stack (exit code 1).
 */
import { isUserError } from './cliError';

/** Exit code of a user's mistake (bad option, missing or malformed file, empty input). */
export const USER_ERROR_EXIT = 2;

/** The one line printed for a user's mistake. */
export function userErrorLine(e: Error): string {
  return `error: ${e.message.split('\n')[0]}`;
}

/** Runs a script module (its top-level code is the tool) and turns a user's mistake into one line and exit code 2. */
export async function runScript(load: () => Promise<unknown>): Promise<void> {
  try {
    await load();
  } catch (e) {
    if (!isUserError(e)) throw e; // a bug: Node prints the stack and exits with 1
    console.error(userErrorLine(e));
    process.exitCode = USER_ERROR_EXIT;
  }
}
