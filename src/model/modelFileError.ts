/**
 * What can be wrong with a model's files, as data: the page words each kind in the user's language
 * (src/ui/strings*.ts), Node prints {@link describeModelFileProblem}. Pure.
 */

/** One problem with one of a model's files. */
export type ModelFileProblem =
  /** the request failed: network error (`detail`) or an HTTP error status */
  | { kind: 'download'; file: string; status?: number; detail?: string }
  /** the request failed with the device offline: the file was never cached here (the service worker caches each model on first use) */
  | { kind: 'offline'; file: string }
  /** the server has no such file (HTTP 404, or a static host's HTML fallback page) */
  | { kind: 'notFound'; file: string }
  /** a folder the user opened lacks this file */
  | { kind: 'missingFile'; file: string }
  /** the file is not JSON at all */
  | { kind: 'notJson'; file: string }
  /** model.json is JSON but not this project's model format */
  | { kind: 'notModel'; file: string }
  /** a field of a JSON file is missing or has an impossible value (`field` is its path, e.g. `config.hidden`) */
  | { kind: 'malformed'; file: string; field: string }
  /** the weights file's length differs from what the manifest describes */
  | { kind: 'size'; file: string; bytes: number; expected: number }
  /** the weights file's SHA-256 differs from model.json's */
  | { kind: 'checksum'; file: string }
  /** the manifest gives a weight another shape than the configuration implies */
  | { kind: 'shape'; weight: string; shape: number[]; expected: number[] }
  /** the manifest lacks a weight the configuration needs */
  | { kind: 'missingWeight'; weight: string }
  /** the manifest has a weight this kind of model does not have (files of another variant?) */
  | { kind: 'extraWeight'; weight: string }
  /** vocab.json's vocabularies have other sizes than model.json's configuration */
  | { kind: 'vocabSize'; src: number; tgt: number; expectedSrc: number; expectedTgt: number }
  /** a vocabulary does not start with the four special tokens */
  | { kind: 'vocabSpecials'; side: 'src' | 'tgt' }
  /** the server answered with a web page (text/html) where the weights file should be */
  | { kind: 'notWeights'; file: string }
  /** the download stopped: nothing arrived for `seconds` */
  | { kind: 'stalled'; file: string; seconds: number }
  /** a stored weight is NaN or infinite (a damaged file): the model would compute nothing but NaN */
  | { kind: 'nonFinite'; file: string; weight: string };

/** The problem in English, without the model's name (for Node scripts and error messages). */
export function describeModelFileProblem(p: ModelFileProblem): string {
  switch (p.kind) {
    case 'download':
      return `${p.file} could not be downloaded (${p.status !== undefined ? `HTTP ${p.status}` : (p.detail ?? 'network error')})`;
    case 'offline':
      return `${p.file} is not on this device yet and the network is off (each model needs the network once)`;
    case 'notFound':
      return `${p.file} is missing on the server`;
    case 'missingFile':
      return `${p.file} is not in the folder`;
    case 'notJson':
      return `${p.file} is not valid JSON`;
    case 'notModel':
      return `${p.file} is not an attention-seq2seq model`;
    case 'malformed':
      return `${p.file} is malformed: "${p.field}" is missing or invalid`;
    case 'size':
      return `${p.file} has ${p.bytes} bytes, expected ${p.expected} (truncated or wrong file)`;
    case 'checksum':
      return `${p.file} does not match its checksum (corrupt or out-of-date download)`;
    case 'shape':
      return `weight "${p.weight}" has shape [${p.shape}], expected [${p.expected}]`;
    case 'missingWeight':
      return `weight "${p.weight}" is missing`;
    case 'extraWeight':
      return `weight "${p.weight}" does not belong to this kind of model`;
    case 'vocabSize':
      return `vocabulary sizes do not match the model configuration (vocab.json ${p.src}/${p.tgt}, model.json ${p.expectedSrc}/${p.expectedTgt})`;
    case 'vocabSpecials':
      return `the ${p.side === 'src' ? 'source' : 'target'} vocabulary does not start with <pad> <unk> <s> </s>`;
    case 'notWeights':
      return `${p.file} is not a weights file (the server sent a web page)`;
    case 'stalled':
      return `${p.file} stopped downloading (nothing arrived for ${p.seconds} s)`;
    case 'nonFinite':
      return `${p.file} is damaged: weight "${p.weight}" holds NaN or infinite numbers`;
  }
}

/** A problem with the files of the model `model` (its display name); the message names both. */
export class ModelFileError extends Error {
  constructor(
    readonly model: string,
    readonly problem: ModelFileProblem,
  ) {
    super(`${model}: ${describeModelFileProblem(problem)}`);
    this.name = 'ModelFileError';
  }
}
