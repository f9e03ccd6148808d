/** English texts: the `unk` section of the UI strings (src/ui/strings.ts). */

/** The `unk` texts in English. */
export const unkEn = {
  toggle: 'Replace unknown words (<unk>) through attention',
  heading: 'Translation with unknown words replaced',
  from: (word: string, alpha: string, how: string) => `<unk> → from “${word}” (α = ${alpha}, ${how})`,
  dictionary: 'dictionary',
  copied: 'copied',
  none: 'No unknown words in this translation.',
  summary: (n: number) => `${n} unknown word${n === 1 ? '' : 's'} replaced through attention.`,
  /** the step view's output phase when the chosen word is <unk>: its replacement, source position j (1-based) and α */
  step: (word: string, how: string, j: number, src: string, alpha: string) =>
    `<unk> → ${word} (${how} from source position ${j}, “${src}”, α = ${alpha})`,
};
