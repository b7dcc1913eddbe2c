import { describe, expect, it } from 'vitest';
import { dictionaries, pluralKey, useTranslations } from '../src/i18n/index.ts';

describe('UI strings', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.zh).sort());
  });

  it('are never empty', () => {
    for (const dictionary of Object.values(dictionaries)) expect(Object.values(dictionary).filter((value) => value.trim() === '')).toEqual([]);
  });

  it('use full-width punctuation next to Chinese in the Chinese strings', () => {
    // A half-width , : ; ? ! ( ) touching a Han character or full-width punctuation (“上一节: ” was one).
    const halfWidth = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef][,:;?!()]|[,:;?!()][\p{Script=Han}]/u;
    expect(Object.entries(dictionaries.zh).filter(([, value]) => halfWidth.test(value)).map(([key]) => key)).toEqual([]);
  });

  it('give each plural form with the count it names, and pick it by the language\'s plural rules', () => {
    for (const dictionary of Object.values(dictionaries)) {
      for (const key of Object.keys(dictionary).filter((name) => /\.(zero|one)$/.test(name))) {
        expect(key.replace(/\.(zero|one)$/, '') in dictionary, key).toBe(true);
      }
    }
    const en = useTranslations('en');
    const zh = useTranslations('zh');
    expect(en('glossary.places', { n: 1 })).toBe('1 place');
    expect(en('glossary.places', { n: 2 })).toBe('2 places');
    expect(en('glossary.count', { n: 1 })).toBe('1 term');
    expect(pluralKey('en', 'glossary.places', 0)).toBe('glossary.places.zero');
    expect(zh('glossary.places', { n: 3 })).toBe('3 个地区');
    // Chinese has one form for every count.
    expect(pluralKey('zh', 'glossary.count', 1)).toBe('glossary.count');
  });
});
