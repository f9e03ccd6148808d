/**
 * A script for cli.test.ts: throws a user's mistake (`user`) or a bug (`bug`) so the test can see
 * what the one top-level handler makes of each. Not a tool.
 */
import { CliError } from '../cliError';

const kind = process.argv[2];
if (kind === 'user') throw new CliError('the file x.tsv has no tab on line 3');
if (kind === 'bug') throw new TypeError('an internal error');
console.log('no error');
