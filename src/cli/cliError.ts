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

/** Node's file-system errors that come from where the user pointed a tool (they name the path). */
const FILE_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EEXIST', 'EROFS', 'ENOSPC']);

/**
 * Whether `e` is a user's mistake with a message that says everything (a {@link CliError}, a bad
 * sentence-pair file, a bad model file, a command line `parseArgs` refused, or a file that cannot be
 * written where the user said, e.g. `--hypotheses` in a folder that does not exist) rather than a bug.
 */
export function isUserError(e: unknown): e is Error {
  if (e instanceof CliError || e instanceof TsvError || e instanceof ModelFileError) return true;
  if (!(e instanceof Error)) return false;
  const { code, path } = e as { code?: unknown; path?: unknown };
  if (typeof code !== 'string') return false;
  return PARSE_ARGS_CODE.test(code) || (FILE_CODES.has(code) && typeof path === 'string');
}
