/** English texts: the `tour` section of the UI strings (src/ui/strings.ts). */

/** The `tour` texts in English. */
export const tourEn = {
  open: 'Take the tour',
  label: 'Guided tour',
  progress: (i: number, n: number) => `${i} of ${n}`,
  start: 'Start',
  next: 'Next',
  back: 'Back',
  skip: 'Skip tour',
  finish: 'Finish',
  close: 'Close the tour',
  keys: '← / → move through the tour · Esc closes it',
  introTitle: 'One decoding step, up close',
  /** `language`: the target language's name (step.targetLanguage) */
  intro: (language: string) =>
    `This short tour translates “I am a student.” with the real model, then walks through the first decoding step: how the decoder decides where to look and which ${language} word to write.`,
  notReady: 'The model is still loading…',
  translating: 'Translating “I am a student.”…',
  failed: (msg: string) => `The tour could not translate its sentence: ${msg}`,
  noAttentionNote:
    'This model has no attention, so the tour shows only the phases it has. Choose an attention model to see scores, softmax and context.',
  scoresTitle: 'Scores',
  scores:
    'The decoder compares its state with the encoder’s vector of every source token. Each comparison gives one number, a score: the higher it is, the better that source word fits what comes next.',
  softmaxTitle: 'Softmax',
  softmax:
    'Softmax turns the scores into attention weights: all positive, summing to 1. These weights are row 1 of the alignment heatmap.',
  contextTitle: 'Context',
  context:
    'The weights mix the source vectors into one context vector, a weighted average in which the words with the largest weights count most.',
  concatTitle: 'Concat',
  concat:
    'The context vector and the decoder state are joined into one long vector. A tanh layer (the next phase) mixes it into the vector the output layer reads.',
  outputTitle: 'Output',
  output: (word: string, language: string) =>
    `The output layer gives every ${language} word of the vocabulary a probability, and the most probable one is written: here “${word}”. It becomes the decoder’s input at step 2.`,
  doneTitle: 'That was one step',
  done: 'The decoder repeats this for every word it writes. Step through the others with the buttons or ← / →, try Beam search, Teacher forcing and Compare, and reopen this tour any time with “Take the tour”.',
};
