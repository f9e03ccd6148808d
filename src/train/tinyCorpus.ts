/**
 * A tiny en→fr corpus for the trainer's end-to-end tests (resume, kill-and-resume): ten short
 * pairs repeated into a train.tsv and the first four as dev.tsv, written to a fresh temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The ten sentence pairs [English, French] the tiny corpus is made of. */
export const TINY_PAIRS: readonly (readonly [string, string])[] = [
  ['I am a student.', 'Je suis étudiant.'],
  ['He is tall.', 'Il est grand.'],
  ['She is tall.', 'Elle est grande.'],
  ['I am tall.', 'Je suis grand.'],
  ['We are students.', 'Nous sommes étudiants.'],
  ['Tom is here.', 'Tom est ici.'],
  ['I like tea.', "J'aime le thé."],
  ['He likes tea.', 'Il aime le thé.'],
  ['Is it water?', "Est-ce de l'eau ?"],
  ['It is water.', "C'est de l'eau."],
];

/**
 * Writes train.tsv (the pairs repeated `copies` times: 10·copies lines) and dev.tsv (the first
 * four pairs) into a new temporary folder named after `prefix`, and returns that folder.
 */
export function writeTinyCorpus(prefix: string, copies: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const tsv = (pairs: readonly (readonly [string, string])[]) => pairs.map((p) => p.join('\t')).join('\n') + '\n';
  writeFileSync(path.join(dir, 'train.tsv'), tsv(Array.from({ length: copies }, () => TINY_PAIRS).flat()));
  writeFileSync(path.join(dir, 'dev.tsv'), tsv(TINY_PAIRS.slice(0, 4)));
  return dir;
}
