/**
 * Name and shape of every parameter of a model configuration: what a model file must hold
 * (src/model/checkModelFiles.ts) and what training initialises (src/model/params.ts). Matrices
 * are stored for row vectors: a layer computes `x · W` with `x` [B, in] and `W` [in, out]. No
 * TensorFlow.js here: the page checks downloaded model files before tfjs has loaded.
 */
import type { ModelConfig } from './config';

/** Name → shape of every parameter of a configuration. */
export function paramShapes(cfg: ModelConfig): Record<string, number[]> {
  const { embDim: E, hidden: H, srcVocabSize: Vs, tgtVocabSize: Vt, attention } = cfg;
  const D = H / 2;
  const shapes: Record<string, number[]> = {
    'src/emb': [Vs, E],
    'tgt/emb': [Vt, E],
    // Bidirectional GRU encoder, each direction D = H/2; gates stacked [r | z | n].
    'enc/fwd/Wx': [E, 3 * D],
    'enc/fwd/bx': [3 * D],
    'enc/fwd/Wh': [D, 3 * D],
    'enc/fwd/bh': [3 * D],
    'enc/bwd/Wx': [E, 3 * D],
    'enc/bwd/bx': [3 * D],
    'enc/bwd/Wh': [D, 3 * D],
    'enc/bwd/bh': [3 * D],
    // Bridge s_0 = tanh(W_b [→h_T ; ←h_1]).
    'bridge/W': [H, H],
    // Decoder GRU: input [E_y(y_{t-1}) ; c] split into two row blocks of W_x.
    'dec/Wx_y': [E, 3 * H],
    'dec/Wx_c': [H, 3 * H],
    'dec/bx': [3 * H],
    'dec/Wh': [H, 3 * H],
    'dec/bh': [3 * H],
    // Output layer W_s = E_y · P (tied to the target embeddings), bias b_s.
    'out/P': [H, E],
    'out/b': [Vt],
  };
  if (attention === 'bahdanau') {
    shapes['out/Wo'] = [2 * H + E, H];
  } else {
    shapes['out/Wc'] = [2 * H, H];
  }
  if (attention === 'general') shapes['att/Wa'] = [H, H];
  if (attention === 'concat' || attention === 'bahdanau') {
    shapes['att/Wq'] = [H, H];
    shapes['att/Wk'] = [H, H];
    shapes['att/v'] = [H, 1];
  }
  return shapes;
}
