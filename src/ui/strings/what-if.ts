/** English texts: the `whatIf` section of the UI strings (src/ui/strings.ts). */

/** The `whatIf` texts in English. */
export const whatIfEn = {
  badge: 'What-if: manipulated',
  explain:
    'This is not the model’s own translation: you changed its decoding. Steps before your first change are computed exactly as before; at a changed step the model uses your word or your attention weights, and from there it keeps decoding on its own.',
  forced: (t: number, word: string, own: string, p: string) =>
    `Step ${t}: word forced to “${word}” (the model’s own choice was “${own}”, p = ${p}).`,
  attention: (t: number, token: string, share: string) =>
    `Step ${t}: attention weights set by hand (most weight on “${token}”: ${share}).`,
  own: 'The model’s own translation:',
  reset: 'Reset to the model’s own decoding',
  decoding: 'Re-decoding with your change…',
  heading: 'What if…?',
  hintOutput: (t: number) =>
    `Click another candidate word in the list on the right to force it at step ${t}: the decoder is fed that word and continues from the new prefix.`,
  hintAttention: (t: number) =>
    `Click a source token or its bar to put all of step ${t}’s attention on it, or drag the sliders and apply: the step is recomputed with your weights and decoding continues.`,
  hintOther: 'Go to the softmax phase to change this step’s attention, or to the output phase to force another word.',
  hintNoAttention: 'This model has no attention to change; in the output phase you can force another word.',
  editor: 'Attention weights of this step (renormalised to sum to 1 when applied)',
  apply: 'Apply these weights',
  revert: 'Back to the computed weights',
  overriddenNote: 'At this step the attention weights α were set by hand (what-if): they are not the softmax of the scores e.',
  forcedNote:
    'At this step the word was forced (what-if): the model did not choose it; the bars still show its own distribution.',
  rowMark: 'manipulated step (what-if)',
  stepMark: 'changed by you',
};
