/** How the page words an error it shows. */
import { ModelFileError } from '../model/modelFileError';
import { t } from './strings';

/**
 * The text of an error for the page, in the active language where it is known: a problem with a
 * model's files is worded by `t.modelFile` (without the model's name, which the page puts around it);
 * any other error shows its message, less a leading "<name>: " when `name` is given.
 */
export function errorDetail(e: unknown, name?: string): string {
  if (e instanceof ModelFileError) return t.modelFile(e.problem);
  const msg = e instanceof Error ? e.message : String(e);
  return name !== undefined && msg.startsWith(`${name}: `) ? msg.slice(name.length + 2) : msg;
}
