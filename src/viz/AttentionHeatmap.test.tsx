/** Rendering of the alignment heatmap: room for what its column labels really show, and fitting a width. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttentionHeatmap } from './AttentionHeatmap';

const svgHeight = (html: string): number => Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(html)?.[1]);
const svgWidth = (html: string): number => Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(html)?.[1]);

describe('AttentionHeatmap', () => {
  it('leaves room above the rotated labels for the unknown-word mark', () => {
    const props = {
      sourceTokens: ['extraordinarily', 'long', '</s>'],
      outputTokens: ['<unk>', '</s>'],
      weights: [
        [0.8, 0.1, 0.1],
        [0, 0, 1],
      ],
    };
    const plain = renderToStaticMarkup(<AttentionHeatmap {...props} />);
    const marked = renderToStaticMarkup(<AttentionHeatmap {...props} unknown={[true, false, false]} />);
    expect(marked).toContain('extraordinarily');
    expect(svgHeight(plain)).toBeGreaterThan(0);
    // the label grows by one character (*), drawn at −45°: the top margin grows with it
    expect(svgHeight(marked)).toBeGreaterThan(svgHeight(plain));
  });

  it('fits a given width by shrinking its cells', () => {
    const src = ['i', 'would', 'like', 'to', 'know', 'where', 'the', 'train', 'station', 'is', '.', '</s>'];
    const out = ["j'", 'aimerais', 'savoir', 'où', 'est', 'la', 'gare', '.', '</s>'];
    const weights = out.map(() => src.map(() => 1 / src.length));
    const natural = svgWidth(renderToStaticMarkup(<AttentionHeatmap sourceTokens={src} outputTokens={out} weights={weights} />));
    const fitted = svgWidth(
      renderToStaticMarkup(<AttentionHeatmap sourceTokens={src} outputTokens={out} weights={weights} fitWidth={360} />),
    );
    expect(natural).toBeGreaterThan(360);
    expect(fitted).toBeLessThanOrEqual(360);
    expect(fitted).toBeGreaterThan(300);
  });
});
