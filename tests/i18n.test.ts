import { describe, expect, it } from 'vitest';
import { dictionaries } from '../src/i18n/index.ts';

describe('UI strings', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.zh).sort());
  });

  it('are never empty', () => {
    for (const dictionary of Object.values(dictionaries)) expect(Object.values(dictionary).filter((value) => value.trim() === '')).toEqual([]);
  });
});
