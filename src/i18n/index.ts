import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

/** UI strings per language; the keys of zh.json are the contract, and a test checks en.json has the same ones. */
export const dictionaries = { zh, en } as const;
export type Locale = keyof typeof dictionaries;
export type UiKey = keyof typeof zh;

/** The BCP-47 tag of each URL locale, for `lang` attributes. */
export const languageTags: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** A translator for one language. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  return (key) => dictionaries[locale][key];
}
