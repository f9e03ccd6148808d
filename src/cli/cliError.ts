/**
 * The command-line tools' one error type for a user's mistake (a missing file, a bad option, empty
 * input), and the test that tells such a mistake from a bug. A mistake is printed as one line and
 * ends the run with exit code 2; anything else keeps its stack (scripts/run.mjs → src/cli/main.ts).
 */
import { ModelFileError } from '../model/modelFileError';
import { TsvError } from '../train/tsv';

/** A mistake of the person running a command-line tool; the message names the file, line or option. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Node's `util.parseArgs` errors (unknown option, option without value, stray argument) carry these codes. */
const PARSE_ARGS_CODE = /^ERR_PARSE_ARGS_/;

/**
 * Whether `e` is a user's mistake with a message that says everything (a {@link CliError}, a bad
 * sentence-pair file, a bad model file, or a command line `parseArgs` refused) rather than a bug.
 */
export function isUserError(e: unknown): e is Error {
  if (e instanceof CliError || e instanceof TsvError || e instanceof ModelFileError) return true;
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && typeof code === 'string' && PARSE_ARGS_CODE.test(code);
}
