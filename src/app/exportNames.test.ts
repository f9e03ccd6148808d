import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_SLUG, slugify } from './exportNames';

describe('export file names', () => {
  it('name the content, the model and the sentence', () => {
    expect(exportFileName('attention', 'luong-general', 'I am a student.', 'svg')).toBe(
      'attention-luong-general-i-am-a-student.svg',
    );
    expect(exportFileName('step', 'luong-general', 'I am a student.', 'png', 't2-softmax')).toBe(
      'step-luong-general-i-am-a-student-t2-softmax.png',
    );
    expect(exportFileName('alignment', 'none', "She doesn't like coffee.", 'csv')).toBe(
      'alignment-none-she-doesn-t-like-coffee.csv',
    );
  });

  it('keep only safe characters: accents folded, paths and markup gone', () => {
    expect(slugify('Élève à l’école')).toBe('eleve-a-l-ecole');
    expect(slugify('../../etc/passwd <b>')).toBe('etc-passwd-b');
    expect(slugify('한국어')).toBe('sentence');
    expect(slugify('   ')).toBe('sentence');
  });

  it('cut long sentences at a word boundary', () => {
    const s = slugify('We will go to the beach tomorrow if it does not rain and the sun is out all day long.');
    expect(s.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(s).toMatch(/^we-will-go-to-the-beach-tomorrow-if-it-does-not/);
    expect(s.endsWith('-')).toBe(false);
    expect(slugify('x'.repeat(200))).toHaveLength(MAX_SLUG);
  });
});
