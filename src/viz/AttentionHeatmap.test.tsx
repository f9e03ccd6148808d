/** Rendering of the alignment heatmap: room for what its column labels really show, fitting a width, and texts only from its props. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { heatmapLabels } from '../ui/heatmapLabels';
import { en } from '../ui/strings';
import { ko } from '../ui/strings.ko';
import { AttentionHeatmap } from './AttentionHeatmap';
import { alignmentSummary } from './chartSummary';

const labels = heatmapLabels(en);
/** The text of rendered markup (entities back to characters). */
const unescape = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

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
      labels,
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
    const natural = svgWidth(
      renderToStaticMarkup(<AttentionHeatmap sourceTokens={src} outputTokens={out} weights={weights} labels={labels} />),
    );
    const fitted = svgWidth(
      renderToStaticMarkup(
        <AttentionHeatmap sourceTokens={src} outputTokens={out} weights={weights} fitWidth={360} labels={labels} />,
      ),
    );
    expect(natural).toBeGreaterThan(360);
    expect(fitted).toBeLessThanOrEqual(360);
    expect(fitted).toBeGreaterThan(300);
  });

  it('writes only the texts it is given: a Korean page gets a Korean summary, legend and table, German rows stay as they are', () => {
    const src = ['i', 'have', 'seen', 'the', 'film', '.', '</s>'];
    const out = ['ich', 'habe', 'den', 'film', 'gesehen', '.', '</s>'];
    // each output word looks at its source word; "gesehen" (row 4) at "seen" (column 2)
    const col = [0, 1, 3, 4, 2, 5, 6];
    const weights = out.map((_, i) => src.map((_, j) => (j === col[i] ? 0.94 : 0.01)));
    const html = unescape(
      renderToStaticMarkup(
        <AttentionHeatmap
          sourceTokens={src}
          outputTokens={out}
          weights={weights}
          labels={heatmapLabels(ko)}
          unknown={[false, false, false, false, true, false, false]}
        />,
      ),
    );
    expect(html).toContain(ko.heatmap.legend);
    expect(html).toContain(ko.heatmap.rowHeader);
    expect(html).toContain(ko.a11y.unknownMark);
    expect(html).toContain(ko.a11y.legend(ko.heatmap.legend, '0', '1'));
    expect(html).not.toContain(en.heatmap.legend);
    expect(html).not.toContain(en.heatmap.rowHeader);
    expect(html).toContain('gesehen');
    // the picture's one-line summary is the Korean one
    expect(html).toContain(`aria-label="${alignmentSummary(src, out, weights, ko.a11y)}"`);
    expect(alignmentSummary(src, out, weights, ko.a11y)).toMatch(/^정렬|[가-힣]/);
  });
});
