/** The output language of a pair, as the views mark it (`lang`) and name it (intro, teacher forcing). */
import { describe, expect, it } from 'vitest';
import { outputLanguage, outputLanguageName } from './languages';
import { en } from './strings';
import { ko } from './strings.ko';

describe('outputLanguage', () => {
  it('is the target of a language pair, and nothing for a task trained in the page', () => {
    expect(outputLanguage('en-de')).toBe('de');
    expect(outputLanguage('en-fr')).toBe('fr');
    expect(outputLanguage('learned-reverse')).toBeUndefined();
    expect(outputLanguage(undefined)).toBeUndefined();
  });

  it('is named in the page language, with a neutral name where the page has none', () => {
    expect(outputLanguageName(en.languageNames, 'en-de')).toBe('German');
    expect(outputLanguageName(ko.languageNames, 'en-de')).toBe('독일어');
    expect(outputLanguageName(en.languageNames, 'en-fr')).toBe('French');
    expect(outputLanguageName(en.languageNames, 'en-xx')).toBe('target-language');
    expect(en.intro(outputLanguageName(en.languageNames, 'en-de'))).toContain('every German word');
    expect(en.forcing.intro(outputLanguageName(en.languageNames, 'en-de'))).toMatch(/^Type a German reference/);
  });
});
