import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

/** UI strings per language; the keys of zh.json are the contract, and a test checks en.json has the same ones. */
export const dictionaries = { zh, en } as const;

/** URL segment of each language, in the order the site lists them. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export type UiKey = keyof typeof zh;

/** The BCP-47 tag of each URL locale, for `lang` and `hreflang` attributes. */
export const languageTags: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The other language, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** `getStaticPaths` for pages under `[lang]/`. */
export const localeStaticPaths = () => locales.map((lang) => ({ params: { lang } }));

export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/**
 * The key of the form a count needs: `key.zero` for 0 when the dictionary has one, else the plural category of the
 * language (`key.one` for 1 in English; Chinese has one form), else the key itself.
 * @example pluralKey('en', 'glossary.places', 1) // => 'glossary.places.one'
 */
export function pluralKey(locale: Locale, key: string, count: number): string {
  const forms: Record<string, string> = dictionaries[locale];
  if (count === 0 && `${key}.zero` in forms) return `${key}.zero`;
  const category = `${key}.${new Intl.PluralRules(languageTags[locale]).select(count)}`;
  return category in forms ? category : key;
}

/**
 * A translator for one language; `{{name}}` placeholders are filled from `values`, and a numeric `n` picks the plural
 * form (`glossary.places.one`: “1 place”).
 * @example useTranslations('en')('cite.paragraph', { n: 3 }) // => 'paragraph 3'
 */
export function useTranslations(locale: Locale): Translate {
  return (key, values = {}) => {
    const form = (typeof values.n === 'number' ? pluralKey(locale, key, values.n) : key) as UiKey;
    return dictionaries[locale][form].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
  };
}
