/** How the page words an error it shows: the one home of `errorText` and `errorDetail`. */
import { ModelFileError } from '../model/modelFileError';
import { t, type Strings } from './strings';

/** The message of any thrown value (an Error's message, else its string form). */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The text of an error for the page, in the language of `strings` (default: the active one) where
 * it is known: a problem with a model's files is worded by `strings.modelFile` (without the model's
 * name, which the page puts around it); any other error shows its message, less a leading
 * "<name>: " when `name` is given.
 */
export function errorDetail(e: unknown, name?: string, strings: Strings = t): string {
  if (e instanceof ModelFileError) return strings.modelFile(e.problem);
  const msg = errorText(e);
  return name !== undefined && msg.startsWith(`${name}: `) ? msg.slice(name.length + 2) : msg;
}
