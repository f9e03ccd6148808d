/** A model trained in the page becomes files the app's loader accepts, with the same numbers. */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { disposeModel } from '../model/model';
import { modelFromFiles } from '../model/weights';
import { LIVE_DEFAULTS, LiveRun } from './liveRun';
import { dateTask } from './tasks';
import { decodeToyBatch } from './toyDecode';
import { makeToyData, toBatch } from './toyData';
import { folderBlobs, toyModelFolder } from './toyModelFiles';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('toyModelFolder', () => {
  it('loads through modelFromFiles (the checks of every shipped model) and decodes exactly like the live run', async () => {
    const run = new LiveRun(makeToyData(dateTask, 10, 3), { ...LIVE_DEFAULTS, hidden: 16, embDim: 8, batchSize: 8 });
    try {
      for (let i = 0; i < 3; i++) run.trainBatch();
      await run.readLosses();
      const folder = await toyModelFolder(run, 'cpu');
      expect(folder.files.variant).toBe('learned-date-general');
      expect(folder.card).toMatchObject({ training: { steps: 3 }, data: { task: 'date' } });
      expect(folderBlobs(folder).map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'vocab.json', 'card.json']);
      const loaded = modelFromFiles('learned', folder.files.json, folder.files.vocab, folder.files.weights);
      try {
        expect(loaded.src.tokens).toEqual(run.data.srcVocab.tokens);
        const b = toBatch(run.data.heldOut.slice(0, 5), run.data.srcVocab, run.data.tgtVocab);
        const live = await decodeToyBatch(run.model(), b.src, b.B, b.S, b.T);
        const fromFiles = await decodeToyBatch(loaded, b.src, b.B, b.S, b.T);
        expect(fromFiles.ids).toEqual(live.ids);
        expect(fromFiles.weights[0]![0]![0]).toBeCloseTo(live.weights[0]![0]![0]!, 5);
      } finally {
        disposeModel(loaded);
      }
    } finally {
      run.dispose();
    }
  });
});
