/**
 * Reading the files a command-line tool is pointed at, with a {@link CliError} naming the file when
 * it is missing, a folder, unreadable or not what it should be (Node only).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseUnkDictionary, type UnkDictionary } from '../model/unkReplace';
import { CliError } from './cliError';

/** Why `file` cannot be read as a file, in words (undefined: it can). */
function unreadable(file: string): string | undefined {
  try {
    const st = statSync(file);
    return st.isDirectory() ? 'is a folder, not a file' : undefined;
  } catch (e) {
    const code = (e as { code?: string }).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist' : `cannot be read (${code ?? (e as Error).message})`;
  }
}

/** A file's bytes; a missing file, a folder or an unreadable file throws a {@link CliError} naming it. */
export function readUserFile(file: string): Buffer {
  const why = unreadable(file);
  if (why) throw new CliError(`${file} ${why}`);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new CliError(`${file} cannot be read (${(e as { code?: string }).code ?? (e as Error).message})`);
  }
}

/** A JSON file's value; a file that cannot be read or is not JSON throws a {@link CliError} naming it. */
export function readJsonFile(file: string): unknown {
  const text = readUserFile(file).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${file} is not valid JSON (${(e as Error).message})`);
  }
}

/** An unknown-word dictionary (unk-dict.json); a file that is not one throws a {@link CliError} naming it. */
export function readUnkDictionary(file: string): UnkDictionary {
  const json = readJsonFile(file);
  try {
    return parseUnkDictionary(json, file);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
}
