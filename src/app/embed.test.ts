import { describe, expect, it } from 'vitest';
import { embedSnippet, embedTab, embedUrl, parseEmbed, readEmbed } from './embed';

describe('embed', () => {
  it('reads only the four views, anything else is no embed', () => {
    expect(readEmbed('?text=hi&embed=heatmap')).toBe('heatmap');
    expect(readEmbed('?embed=beam')).toBe('beam');
    for (const bad of ['', 'HEATMAP', 'models', 'heatmap ', '<b>']) expect(parseEmbed(bad)).toBeNull();
    expect(readEmbed('?text=hi')).toBeNull();
  });
  it('opens the view on its tab, keeps the state and drops the tour', () => {
    expect(embedTab('step')).toBe('main');
    const page = 'https://example.org/app/?model=luong-general&text=I+am+a+student.&tab=beam&k=5&tour=on#x';
    const u = new URL(embedUrl(page, 'heatmap'));
    expect(u.pathname).toBe('/app/');
    expect(u.searchParams.get('embed')).toBe('heatmap');
    expect(u.searchParams.get('tab')).toBeNull();
    expect(u.searchParams.get('tour')).toBeNull();
    expect(u.searchParams.get('text')).toBe('I am a student.');
    expect(u.searchParams.get('k')).toBe('5');
    expect(u.hash).toBe('');
    expect(new URL(embedUrl(page, 'compare')).searchParams.get('tab')).toBe('compare');
  });
  it('writes an iframe whose attributes cannot be broken out of', () => {
    const s = embedSnippet('https://example.org/?text=%22%3E%3Cscript%3E', 'beam', 'Beam "tree" <x>');
    expect(s.startsWith('<iframe src="https://example.org/?text=%22%3E%3Cscript%3E&amp;tab=beam&amp;embed=beam"')).toBe(true);
    expect(s).toContain('title="Beam &quot;tree&quot; &lt;x&gt;"');
    expect(s).toMatch(/height="\d+"/);
    expect(s.endsWith('></iframe>')).toBe(true);
  });
});
