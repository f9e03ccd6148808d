/**
 * Command-line parsing shared by the tools (translate, eval, train, bench): Node's `parseArgs`
 * with its refusals reworded as one {@link CliError} line that names the option, and checked
 * readers for numbers, choices and the Node backend.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cliError';

/** The options of a tool, as `parseArgs` takes them. */
export type CliOptions = NonNullable<ParseArgsConfig['options']>;

/** What a tool's command line holds: the options it was given (or their defaults) and the plain arguments. */
export interface ParsedCommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

const optionList = (options: CliOptions): string =>
  Object.entries(options)
    .map(([name, o]) => `--${name}${o.type === 'string' ? ' <value>' : ''}`)
    .join(', ');

/**
 * Parses `args` (default: the process's) against `options`. An unknown option, an option without
 * its value or a stray argument (unless `allowPositionals`) throws a {@link CliError} naming it.
 */
export function parseCommandLine(
  options: CliOptions,
  { args, allowPositionals = false }: { args?: string[]; allowPositionals?: boolean } = {},
): ParsedCommandLine {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals, strict: true });
    return { values: values as ParsedCommandLine['values'], positionals };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const msg = (e as Error).message;
    const named = /'(-[^' ]+)/.exec(msg)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new CliError(`unknown option ${named ?? msg}; the options are ${optionList(options)}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = named?.replace(/^(--[\w-]+).*/, '$1') ?? '';
      const o = options[name.replace(/^--/, '')];
      throw new CliError(o?.type === 'boolean' ? `option ${name} takes no value` : `option ${name} needs a value`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new CliError(
        `unexpected argument ${JSON.stringify(/'([^']*)'/.exec(msg)?.[1] ?? msg)}; the options are ${optionList(options)}`,
      );
    throw e;
  }
}

/** A string option's value (undefined when absent). */
export function stringOption(values: ParsedCommandLine['values'], name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A numeric option's value, checked: finite, an integer where `integer`, at least `min`; undefined
 * when the option is absent. A bad value throws a {@link CliError} naming the option and the value.
 */
export function numberOption(
  values: ParsedCommandLine['values'],
  name: string,
  { integer = false, min = -Infinity }: { integer?: boolean; min?: number } = {},
): number | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const n = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) {
    const what = integer ? (min === 1 ? 'a positive integer' : min === 0 ? 'a whole number ≥ 0' : 'an integer') : 'a number';
    throw new CliError(`--${name} must be ${what}${!integer && min > -Infinity ? ` ≥ ${min}` : ''}, got "${raw}"`);
  }
  return n;
}

/** A list of numbers (`--lr-decay-at 5.6,6.8`), each checked as by {@link numberOption}. */
export function numberListOption(values: ParsedCommandLine['values'], name: string, min = 0): number[] | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  return raw.split(',').map((s) => numberOption({ [name]: s }, name, { min })!);
}

/** An option whose value must be one of `choices`; a value outside them throws a {@link CliError} listing them. */
export function choiceOption<T extends string>(
  values: ParsedCommandLine['values'],
  name: string,
  choices: readonly T[],
): T | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if (!choices.includes(raw as T)) throw new CliError(`--${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** The backends the tools can use in Node. */
export const NODE_BACKENDS = ['wasm', 'cpu'] as const;

/** A Node backend. */
export type NodeBackend = (typeof NODE_BACKENDS)[number];

/** The `--backend` option: wasm or cpu; webgl (browser only) and unknown names get a {@link CliError}. */
export function backendOption(values: ParsedCommandLine['values'], name = 'backend'): NodeBackend {
  const raw = stringOption(values, name) ?? 'wasm';
  if (raw === 'webgl')
    throw new CliError(`--${name} webgl runs only in a browser; the command-line tools use ${NODE_BACKENDS.join(' or ')}`);
  return choiceOption(values, name, NODE_BACKENDS) ?? 'wasm';
}
