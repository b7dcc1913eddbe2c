import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderingCore, translationUnits } from '../../src/lib/translation.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schema/glossary.ts';
import { translationFileSchema, type TranslationFile } from '../../src/schema/translation.ts';
import { buildSeed, root } from '../helpers.ts';

// Issue 20: everything editorial is marked as such, one English name per Chinese component, and the Chinese given in
// brackets in the translations is the source's (a correction is a note beside it, never a silent substitution).

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const glossaryDir = join(root, 'content', 'glossary');
const entries: GlossaryEntry[] = readdirSync(glossaryDir).map((name) => glossaryEntrySchema.parse(readJson(join(glossaryDir, name))));
const translationsDir = join(root, 'content', 'translations');
const translations = readdirSync(translationsDir).map((name) => translationFileSchema.parse(readJson(join(translationsDir, name))));

/** Every string of the stored reports (content/reports/*.json), whitespace removed: the text a quotation must come from. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const compact = (text: string) => text.replace(/\s+/g, '');
const reportsDir = join(root, 'content', 'reports');
const reportText = compact(readdirSync(reportsDir).flatMap((name) => strings(readJson(join(reportsDir, name)))).join('\n'));

/** Parts whose Chinese label or meaning occurs in no report but that are not marked editorial. */
export function unmarkedEditorialParts(list: GlossaryEntry[], text: string): string[] {
  return list.flatMap((entry) =>
    entry.parts.filter((part) => !part.editorial && !(text.includes(compact(part.zh)) && text.includes(compact(part.meaning)))).map((part) => `${entry.slug}: ${part.zh}`),
  );
}

/**
 * Chinese components that may carry more than one English name, and why. Everything else must have one rendering
 * across entries (the term's own rendering, a part of another entry, or a “name” (中文) given in another entry's text).
 */
export const RENDERING_EXCEPTIONS: Record<string, string> = {
  '三无': 'homonym: Yongji’s “three-zero” units and Yanhu’s “three withouts” business environment are different things',
  '1+N': 'homonym: Yanhu’s implementation mechanism and Shanxi’s market-system policies',
  '1311': 'homonym: Yuncheng’s major projects and the (probably misprinted) innovation programme in Yongji’s plan',
  '五位一体': 'homonym: the national five-sphere plan and Yanhu’s five-in-one city management',
  '五张清单': 'homonym: Xinjiang County’s and Yongji’s lists differ in one list, so each entry names its report',
  '三区': 'homonym: the “three zones” of spatial planning and of Yanhu’s 3133 strategy; both are “three zones”, qualified differently',
  '六保': 'the national “security in six areas” and the “six guarantees” inside Xinjiang County’s 一包六保 are different things',
};

/**
 * One name, however it is typed: case, a leading article, quotation marks and the apostrophe's form are typography;
 * everything else (a hyphen, a plural, another word) is a second name.
 */
const normalize = (english: string) =>
  english
    .toLowerCase()
    .replace(/[“”"]/g, '')
    .replace(/[‘’]/g, "'")
    .trim()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();

/** A Chinese component and the English name a text gives it. */
export interface NamedComponent {
  zh: string;
  en: string;
}

const HAN = /\p{Script=Han}/u;
/** Two Latin letters make a bracketed item a note (“as printed”, “lit. …”, “SRDI”), not the Chinese it names. */
const isNote = (item: string) => /[A-Za-z]{2,}/.test(item);
const unquote = (text: string) => text.trim().replace(/^[“"‘]+|[”"’]+$/g, '').trim();
/** Items of a bracket: `;` and an ASCII comma separate them; a full-width comma or 、 belongs to the Chinese. */
const bracketItems = (content: string) => content.split(/[;；]\s*|,\s+/);

/** “English” (中文…): the Chinese is the bracket's first item without a note, whatever notes or glosses come with it. */
const ENGLISH_THEN_CHINESE = /“([^“”\p{Script=Han}]+)”\s*[(（]([^()（）]+)[)）]/gu;
/** “中文” (English) or 中文 (English): a bracket without Chinese after a Chinese term, quoted or bare. */
const CHINESE_THEN_ENGLISH = /(?:“([^“”]*\p{Script=Han}[^“”]*)”|((?:[\p{Script=Han}+＋]|\d)*\p{Script=Han}(?:[\p{Script=Han}+＋]|\d)*))\s*[(（]([^()（）\p{Script=Han}]+)[)）]/gu;

/**
 * The Chinese components a text names in English, in either order, as translators and editors write them:
 * `“five lists” (五张清单)`, with a gloss or note beside the Chinese (`“three-person teams” (三人小组, lit. …)`,
 * `“SRDI” (SRDI; 专精特新)`), and the other way round, `“特” (distinctive)` or `煤改气 (coal-to-gas)`, where the name is the
 * bracket's first item (or the quoted phrase it opens with). A bracket that is only a note names nothing.
 * @example namedComponents('the “distinctive” (特, lit. special) and “优” (premium) cards') // => [{ zh: '特', en: 'distinctive' }, { zh: '优', en: 'premium' }]
 */
export function namedComponents(text: string): NamedComponent[] {
  const found: { index: number; component: NamedComponent }[] = [];
  for (const match of text.matchAll(ENGLISH_THEN_CHINESE)) {
    const chinese = bracketItems(match[2]!).map(unquote).find((item) => HAN.test(item) && !isNote(item));
    if (chinese) found.push({ index: match.index, component: { zh: chinese, en: match[1]!.trim() } });
  }
  for (const match of text.matchAll(CHINESE_THEN_ENGLISH)) {
    const zh = (match[1] ?? match[2]!).trim();
    if (isNote(zh)) continue;
    const first = bracketItems(match[3]!)[0]!.trim();
    const quoted = /^(?:the\s+)?“([^“”]+)”/.exec(first)?.[1];
    found.push({ index: match.index, component: { zh, en: quoted ?? first } });
  }
  return found.sort((a, b) => a.index - b.index).map(({ component }) => component);
}

/** A part labelled by a digit or a letter (2345's “2”, 1+N's “N”), with or without the Chinese label in brackets (3133's “3（三区）”). */
const DIGIT_LABEL = /^(?:\d+|[A-Z])(?:（([^（）]+)）)?$/;

/**
 * The component a digit-labelled part names, if it names one: the Chinese label in brackets (`3（三区）` → 三区 with the
 * English before the colon), or the term the meaning quotes (2345's 3: “三人小组”，… → 三人小组 with the English the
 * part quotes, “three-person teams”). Such parts were invisible to a check by label, since “3” names nothing.
 */
export function digitLabelledComponent(part: GlossaryEntry['parts'][number]): NamedComponent | null {
  const label = DIGIT_LABEL.exec(part.zh);
  if (!label) return null;
  if (label[1]) return { zh: label[1], en: part.en.split(/[:：]/)[0]! };
  const chinese = /“([^“”]*\p{Script=Han}[^“”]*)”/u.exec(part.meaning)?.[1];
  const english = [...part.en.matchAll(/“([^“”]+)”/g)].map((match) => match[1]!).find((quoted) => quoted !== part.zh && /[A-Za-z]/.test(quoted));
  return chinese && english ? { zh: chinese, en: english } : null;
}

/**
 * For each Chinese component, the English names the glossary and the translations give it, with where: an entry's
 * rendering, its parts (by label, or for a digit-labelled part the component it names), every name given in its
 * texts, and every name given in a translation. An alias is not added under the entry's rendering: a form the
 * reports print differently may be translated as printed (合生新材 is not romanised as He-Qi-Sheng-Cai).
 */
export function componentRenderings(list: GlossaryEntry[], files: TranslationFile[] = []): Map<string, Map<string, string[]>> {
  const names = new Map<string, Map<string, string[]>>();
  const add = (zh: string, en: string, where: string) => {
    const byName = names.get(zh) ?? new Map<string, string[]>();
    const key = normalize(en);
    byName.set(key, [...(byName.get(key) ?? []), where]);
    names.set(zh, byName);
  };
  for (const entry of list) {
    add(entry.term, renderingCore(entry)[0]!, `${entry.slug} (rendering)`);
    for (const part of entry.parts) {
      const component = DIGIT_LABEL.test(part.zh) ? digitLabelledComponent(part) : { zh: part.zh, en: part.en.split(/[:：]/)[0]! };
      if (component) add(component.zh, component.en, `${entry.slug} (part ${part.zh})`);
    }
    const texts = [entry.en.explanation, ...entry.aliases.map((alias) => alias.note), ...entry.parts.map((part) => part.en), ...entry.definitions.flatMap((definition) => (definition.source === 'editorial' ? [definition.en] : []))];
    for (const text of texts) for (const { zh, en } of namedComponents(text)) add(zh, en, `${entry.slug} (text)`);
  }
  for (const file of files) {
    for (const [key, { en }] of Object.entries(file.units)) for (const component of namedComponents(en)) add(component.zh, component.en, `${file.report} ${key}`);
  }
  return names;
}

export function inconsistentComponents(list: GlossaryEntry[], exceptions: Record<string, string>, files: TranslationFile[] = []): string[] {
  return [...componentRenderings(list, files)]
    .filter(([zh, byName]) => byName.size > 1 && !(zh in exceptions))
    .map(([zh, byName]) => `${zh}: ${[...byName].map(([name, where]) => `“${name}” in ${where.join(', ')}`).join('; ')}`);
}

/**
 * Chinese in brackets that the source paragraph does not print. A bracket may hold several items separated by `;` or
 * `,`; an item with Latin letters is a note (“鹤雀楼, as printed; the tower's name is usually written 鹳雀楼”) and is
 * not checked, so a correction is always given beside the source's characters.
 */
export function bracketedNotInSource(zh: string, en: string): string[] {
  const source = compact(zh).replace(/[“”‘’「」"]/g, '');
  const missing: string[] = [];
  for (const match of en.matchAll(/[(（]([^()（）]*\p{Script=Han}[^()（）]*)[)）]/gu)) {
    for (const item of match[1]!.split(/[;；,，]\s*/)) {
      if (!/\p{Script=Han}/u.test(item) || /[A-Za-z]{2,}/.test(item.replace(/NO\.\d+|\be\b/g, ''))) continue;
      if (!source.includes(compact(item).replace(/[“”‘’「」"]/g, ''))) missing.push(item);
    }
  }
  return missing;
}

/** Lower case, without quotation marks, one apostrophe: how a name is looked for in a translation. */
const foldForMatching = (text: string) => text.toLowerCase().replace(/[“”"]/g, '').replace(/[‘’]/g, "'");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether an English text gives a name as whole words, in any case and with any quotation marks (“He” is not in “the”). */
export function givesName(english: string, name: string): boolean {
  const folded = normalize(name).replace(/[“”"]/g, '');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded)}(?![\\p{L}\\p{N}])`, 'u').test(foldForMatching(english));
}

/**
 * The English a translation should use for a part: the component a digit-labelled part names (“three-person teams”),
 * else the label before the colon (“five grasps: …” → five grasps), else the whole (六统一's “administration”).
 */
export function partEnglishName(part: GlossaryEntry['parts'][number]): string {
  if (DIGIT_LABEL.test(part.zh)) {
    const component = digitLabelledComponent(part);
    if (component) return component.en;
    return part.en.replace(new RegExp(`^[“"]?${escapeRegExp(part.zh)}[”"]?:\\s*`), '').split(/[:：]/)[0]!.trim();
  }
  return part.en.split(/[:：]/)[0]!.trim();
}

/** The Chinese that a paragraph must print for a part to be named there: the label, or what a digit stands for. */
export function partChinese(part: GlossaryEntry['parts'][number]): string {
  if (!DIGIT_LABEL.test(part.zh)) return part.zh;
  return digitLabelledComponent(part)?.zh ?? part.meaning;
}

/** The translation unit of each report paragraph or note that defines an entry (editorial definitions have none). */
export function definingUnitKeys(entry: GlossaryEntry): { report: string; key: string }[] {
  return entry.definitions.flatMap((definition) => {
    if (definition.source === 'note') return [{ report: definition.report, key: `notes#${definition.note}` }];
    if (definition.source === 'body') return [{ report: definition.report, key: `${definition.section}#${definition.paragraph}` }];
    return [];
  });
}

/**
 * Parts of an entry whose English the translation of a defining paragraph does not use, as `slug report unit: part`
 * lines: the paragraph prints the part's Chinese (the label, or what a digit stands for) but its translation names it
 * otherwise (2345's “three-person teams” against “three-person groups” in Yanhu's note 10). A listed exception, with
 * its reason, is a difference chosen on purpose.
 */
export function partsNotInDefiningTranslations(list: GlossaryEntry[], unitsOf: (report: string) => Map<string, { zh: string; en: string }> | null, exceptions: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    for (const { report, key } of definingUnitKeys(entry)) {
      const unit = unitsOf(report)?.get(key);
      if (!unit) continue;
      for (const part of entry.parts) {
        const name = partEnglishName(part);
        const line = `${entry.slug} ${report} ${key}: ${part.zh} “${name}”`;
        if (!compact(unit.zh).includes(compact(partChinese(part))) || givesName(unit.en, name) || line in exceptions) continue;
        problems.push(line);
      }
    }
  }
  return problems;
}

/**
 * Differences between an entry's parts and the translation of its defining paragraph that are chosen, with why.
 * Keyed as partsNotInDefiningTranslations reports them.
 */
export const PART_TRANSLATION_EXCEPTIONS: Record<string, string> = {};

describe('editorial content is marked', () => {
  it('marks every part whose Chinese label or meaning occurs in no report as editorial', () => {
    expect(unmarkedEditorialParts(entries, reportText)).toEqual([]);
  });

  it('would fail on an unmarked label such as 强党建看治理', () => {
    const entry = entries.find((candidate) => candidate.slug === 'wu-qiang-wu-kan')!;
    const broken = { ...entry, parts: entry.parts.map((part) => ({ ...part, editorial: undefined })) };
    expect(unmarkedEditorialParts([broken], reportText)).toContain('wu-qiang-wu-kan: 强党建看治理');
  });

  it('gives every rendering a standing, and names the source of an official one', () => {
    for (const entry of entries) {
      expect(['official', 'common', 'editorial'], entry.slug).toContain(entry.en.standing.kind);
      if (entry.en.standing.kind === 'official') expect(entry.en.standing.source.length, entry.slug).toBeGreaterThan(10);
    }
  });
});

describe('consistent names', () => {
  it('PROBE texts', async () => {
    const { findTerms, inScope } = await import('../../src/lib/term-matching.ts');
    const { toPattern } = await import('../../src/lib/glossary.ts');
    const out: string[] = [];
    for (const file of translations) {
      const zhOf = new Map(translationUnits(buildSeed(file.report)).map((unit) => [unit.key, unit]));
      for (const [key, { en }] of Object.entries(file.units)) {
        const unit = zhOf.get(key)!;
        const applicable = entries.filter((entry) => inScope(toPattern(entry), file.report, unit.section));
        const slugs = new Set(findTerms(unit.zh, applicable.map(toPattern)).map((span) => span.slug));
        for (const entry of applicable.filter((candidate) => slugs.has(candidate.slug))) {
          const texts = [entry.en.explanation, ...entry.aliases.map((alias) => alias.note), ...entry.definitions.flatMap((definition) => (definition.source === 'editorial' ? [definition.en] : []))];
          for (const text of texts) for (const component of namedComponents(text)) {
            const printed = [...component.zh].length === 1 ? unit.zh.includes(`“${component.zh}”`) : unit.zh.includes(component.zh);
            if (printed && !givesName(en, component.en)) out.push(`${entry.slug} ${file.report} ${key}: ${component.zh} “${component.en}”`);
          }
        }
      }
    }
    expect(out).toEqual([]);
  });
  it('PROBE parts', () => {
    const unitsByReport = new Map(translations.map((file) => {
      const zh = new Map(translationUnits(buildSeed(file.report)).map((unit) => [unit.key, unit.zh]));
      return [file.report, new Map(Object.entries(file.units).map(([key, { en }]) => [key, { zh: zh.get(key)!, en }]))] as const;
    }));
    expect(partsNotInDefiningTranslations(entries, (report) => unitsByReport.get(report) ?? null, PART_TRANSLATION_EXCEPTIONS)).toEqual([]);
  });

  it('gives each Chinese component one English rendering across entries, except the listed homonyms', () => {
    expect(inconsistentComponents(entries, RENDERING_EXCEPTIONS, translations)).toEqual([]);
    for (const reason of Object.values(RENDERING_EXCEPTIONS)) expect(reason.length).toBeGreaterThan(20);
  });

  it('would fail on a second name for 一业一证 in another entry', () => {
    const broken = entries.map((entry) => (entry.slug === 'zheng-zhao-fen-li' ? { ...entry, en: { ...entry.en, explanation: `${entry.en.explanation} It goes with the “one industry, one licence” (一业一证) reform.` } } : entry));
    expect(inconsistentComponents(broken, RENDERING_EXCEPTIONS).join('\n')).toContain('一业一证');
  });

  it('gives in brackets only Chinese that the source paragraph prints, a correction as a note beside it', () => {
    expect(bracketedNotInSource('围绕鹤雀楼建设', 'around Guanque Tower (鹳雀楼)')).toEqual(['鹳雀楼']);
    expect(bracketedNotInSource('围绕鹤雀楼建设', 'around Guanque Tower (鹤雀楼, as printed; usually written 鹳雀楼)')).toEqual([]);
    expect(bracketedNotInSource('推动“八五”普法', 'the “Eighth Five-Year” campaign (八五普法)')).toEqual([]);
    const problems: string[] = [];
    for (const file of translations) {
      const units = new Map(translationUnits(buildSeed(file.report)).map((unit) => [unit.key, unit]));
      for (const [key, { en }] of Object.entries(file.units)) {
        const missing = bracketedNotInSource(units.get(key)!.zh, en);
        if (missing.length) problems.push(`${file.report} ${key}: ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
