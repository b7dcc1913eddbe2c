import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPattern } from '../../src/lib/glossary.ts';
import { findTerms, inScope } from '../../src/lib/term-matching.ts';
import { renderingCore, translationUnits } from '../../src/lib/translation.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schema/glossary.ts';
import { translationFileSchema, type TranslationFile } from '../../src/schema/translation.ts';
import { buildSeed, root } from '../helpers.ts';

// Issue 20: everything editorial is marked as such, one English name per Chinese component (in the glossary and the
// translations alike, whichever way round a text gives the pair), an entry's parts named in the translation of the
// paragraph that defines it as the entry names them, and the Chinese given in brackets in the translations is the
// source's (a correction is a note beside it, never a silent substitution).

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const glossaryDir = join(root, 'content', 'glossary');
const entries: GlossaryEntry[] = readdirSync(glossaryDir).map((name) => glossaryEntrySchema.parse(readJson(join(glossaryDir, name))));
const translationsDir = join(root, 'content', 'translations');
const translations = readdirSync(translationsDir).map((name) => translationFileSchema.parse(readJson(join(translationsDir, name))));

/** A translated unit: the Chinese it translates (as the pipeline parses it today) and its English. */
interface TranslatedUnit {
  zh: string;
  en: string;
  section: string | null;
}
/** The translated units of each report, by unit key (`notes#10`, `2-2#p3`). */
const translatedUnits = new Map(
  translations.map((file) => {
    const units = new Map(translationUnits(buildSeed(file.report)).map((unit) => [unit.key, unit]));
    // A unit the parse no longer has is tests/translation.test.ts's failure; here it is left out.
    const translated = Object.entries(file.units).flatMap(([key, { en }]): [string, TranslatedUnit][] => {
      const unit = units.get(key);
      return unit ? [[key, { zh: unit.zh, en, section: unit.section }]] : [];
    });
    return [file.report, new Map(translated)] as const;
  }),
);

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
 * across the glossary and the translations (an entry's rendering, a part, or a name given with its Chinese in an
 * entry's text or in a translation).
 */
export const RENDERING_EXCEPTIONS: Record<string, string> = {
  '三无': 'homonym: Yongji’s “three-zero” units and Yanhu’s “three withouts” business environment are different things',
  '1+N': 'homonym: Yanhu’s implementation mechanism and Shanxi’s market-system policies',
  '1311': 'homonym: Yuncheng’s major projects and the (probably misprinted) innovation programme in Yongji’s plan',
  '五位一体': 'homonym: the national five-sphere plan and Yongji’s five-in-one city management',
  '五张清单': 'homonym: Xinjiang County’s and Yongji’s lists differ in one list, so each entry names its report',
  '三区': 'homonym: the “three zones” of spatial planning and of Yanhu’s 3133 strategy; both are “three zones”, qualified differently',
  '六保': 'the national “security in six areas” and the “six guarantees” inside Xinjiang County’s 一包六保 are different things',
  '乱建': 'one word of two lists, each rendered in its list’s pattern: the village “six disorders” (六乱) are mess made “anywhere” or “without permission”, the river campaign’s four abuses (清四乱) are illegal acts',
  '乱堆': 'as 乱建: piling things anywhere in the village “six disorders” (六乱), illegal dumping among the river campaign’s four abuses (清四乱)',
  '保基本民生': 'one phrase of two lists, each rendered with its list’s verb: “protect …” in the “security in six areas” (六保), “guarantee …” in the budget’s “three guarantees” (三保)',
};

/**
 * One name, however it is typed: case, a leading article, quotation marks and the apostrophe's form are typography;
 * everything else (a hyphen, a plural, another word) makes a second name.
 */
const normalize = (english: string) =>
  english
    .toLowerCase()
    .replace(/[“”"]/g, '')
    .replace(/[‘’]/g, "'")
    .trim()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();

type GlossaryPart = GlossaryEntry['parts'][number];

/** A Chinese component and the English name a text gives it. */
export interface NamedComponent {
  zh: string;
  en: string;
}

const HAN = /\p{Script=Han}/u;
/** Two Latin letters make a bracketed item a note (“as printed”, “lit. …”, “SRDI”), not the Chinese it names. */
const isNote = (item: string) => /[A-Za-z]{2,}/.test(item);
const unquote = (text: string) => text.trim().replace(/^[“"‘]+|[”"’]+$/g, '').trim();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** “English” (中文…): a quoted name without Chinese, then a bracket holding the Chinese and perhaps notes. */
const ENGLISH_THEN_CHINESE = /“([^“”\p{Script=Han}]+)”\s*[(（]([^()（）]+)[)）]/gu;
/** “中文” (English) or 中文 (English): Chinese, quoted or bare, then a bracket without Chinese. */
const CHINESE_THEN_ENGLISH = /(?:“([^“”]*\p{Script=Han}[^“”]*)”|((?:[\p{Script=Han}+＋]|\d)*\p{Script=Han}(?:[\p{Script=Han}+＋]|\d)*))\s*[(（]([^()（）\p{Script=Han}]+)[)）]/gu;

/**
 * The Chinese components a text names in English, whichever way round it gives them: `“five lists” (五张清单)`, also
 * with a gloss or note in the bracket (`“three-person teams” (三人小组, lit. …)`, `(三人小组; …)`, `(SRDI; 专精特新)`: the
 * Chinese is the item without Latin letters), and `“特” (distinctive)` or `煤改气 (coal-to-gas)`, where the name is
 * the bracket's first item (a `;` ends it, a comma may belong to the name) or the quoted phrase it opens with.
 * @example namedComponents('the “distinctive” (特, lit. special) and “优” (premium) cards') // => [{ zh: '特', en: 'distinctive' }, { zh: '优', en: 'premium' }]
 */
export function namedComponents(text: string): NamedComponent[] {
  const found: { index: number; component: NamedComponent }[] = [];
  for (const match of text.matchAll(ENGLISH_THEN_CHINESE)) {
    // In a bracket after a name, `;` and an ASCII comma separate the Chinese from notes; a full-width comma or 、 is the Chinese's own.
    const chinese = match[2]!
      .split(/[;；]\s*|,\s+/)
      .map(unquote)
      .find((item) => HAN.test(item) && !isNote(item));
    if (chinese) found.push({ index: match.index, component: { zh: chinese, en: match[1]!.trim() } });
  }
  for (const match of text.matchAll(CHINESE_THEN_ENGLISH)) {
    const zh = (match[1] ?? match[2]!).trim();
    if (isNote(zh)) continue;
    const first = match[3]!.split(/[;；]/)[0]!.trim();
    const quoted = /^(?:the\s+)?“([^“”]+)”/.exec(first)?.[1];
    found.push({ index: match.index, component: { zh, en: quoted ?? first } });
  }
  return found.sort((a, b) => a.index - b.index).map(({ component }) => component);
}

/** A part labelled by a number or a letter (2345's “2”, 1+N's “N”), perhaps with its Chinese label in brackets (3133's “3（三区）”). */
const DIGIT_LABEL = /^(?:\d+|[A-Z])(?:（([^（）]+)）)?$/;

/**
 * The component a digit-labelled part names, if it names one: its Chinese label in brackets (`3（三区）`, with the
 * English before the colon), or the term its meaning quotes (2345's “3”: “三人小组”，… with the English term its
 * rendering quotes, “three-person teams”). A check by label misses these parts, since “3” names nothing; a part whose
 * digit stands for a description (13710's “3”: report back within 3 days) names no component.
 */
export function digitLabelledComponent(part: GlossaryPart): NamedComponent | null {
  const label = DIGIT_LABEL.exec(part.zh);
  if (!label) return null;
  if (label[1]) return { zh: label[1], en: part.en.split(/[:：]/)[0]!.trim() };
  const chinese = /“([^“”]*\p{Script=Han}[^“”]*)”/u.exec(part.meaning)?.[1];
  const english = [...part.en.matchAll(/“([^“”]+)”/g)].map((match) => match[1]!).find((quoted) => quoted !== part.zh && /[A-Za-z]/.test(quoted));
  return chinese && english ? { zh: chinese, en: english } : null;
}

/** The component a part names: a digit-labelled part's (if any), else its label with the English before the colon. */
function partComponent(part: GlossaryPart): NamedComponent | null {
  return DIGIT_LABEL.test(part.zh) ? digitLabelledComponent(part) : { zh: part.zh, en: part.en.split(/[:：]/)[0]!.trim() };
}

/**
 * The key a component is compared under. One character standing for a word of its own slogan means what that slogan
 * makes it mean (合汽生材's 合 is integration, 减优绿's 优 optimize, while 特优 agriculture's 优 is premium), so it is
 * compared only within its entry; every other component across the glossary and the translations.
 */
const componentKey = (zh: string, entry?: GlossaryEntry) => (entry && [...zh].length === 1 && entry.term.includes(zh) ? `${entry.term} › ${zh}` : zh);

/** An entry's own prose, which may give names with their Chinese: explanation, alias notes, editorial definitions. */
const entryProse = (entry: GlossaryEntry) => [entry.en.explanation, ...entry.aliases.map((alias) => alias.note), ...entry.definitions.flatMap((definition) => (definition.source === 'editorial' ? [definition.en] : []))];

/**
 * For each Chinese component, the English names the glossary and the translations give it, with where: an entry's
 * rendering, its parts (by label, or the component a digit-labelled part names), every name given with its Chinese in
 * its texts, and every name given with its Chinese in a translation. An alias is not counted under the entry's
 * rendering: a form printed differently may be translated as printed (合生新材 is not romanised He-Qi-Sheng-Cai).
 */
export function componentRenderings(list: GlossaryEntry[], files: TranslationFile[] = []): Map<string, Map<string, string[]>> {
  const names = new Map<string, Map<string, string[]>>();
  const add = (key: string, en: string, where: string) => {
    const byName = names.get(key) ?? new Map<string, string[]>();
    const name = normalize(en);
    byName.set(name, [...(byName.get(name) ?? []), where]);
    names.set(key, byName);
  };
  for (const entry of list) {
    add(entry.term, renderingCore(entry)[0]!, `${entry.slug} (rendering)`);
    for (const part of entry.parts) {
      const component = partComponent(part);
      if (component) add(componentKey(component.zh, entry), component.en, `${entry.slug} (part ${part.zh})`);
    }
    for (const text of [...entryProse(entry), ...entry.parts.map((part) => part.en)]) for (const { zh, en } of namedComponents(text)) add(componentKey(zh, entry), en, `${entry.slug} (text)`);
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
 * Whether an English text gives a name as whole words, in any case, with any quotation marks, and in the plural where
 * its sentence speaks of several (“all-element grids”); “He” is not in “the”.
 */
export function givesName(english: string, name: string): boolean {
  const folded = (text: string) => text.toLowerCase().replace(/[“”"]/g, '').replace(/[‘’]/g, "'");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalize(name))}(?:e?s)?(?![\\p{L}\\p{N}])`, 'u').test(folded(english));
}

/** The translation unit of each report note or paragraph that defines an entry (an editorial definition has none). */
export function definingUnits(entry: GlossaryEntry): { report: string; key: string }[] {
  return entry.definitions.flatMap((definition) => {
    if (definition.source === 'note') return [{ report: definition.report, key: `notes#${definition.note}` }];
    if (definition.source === 'body') return [{ report: definition.report, key: `${definition.section}#${definition.paragraph}` }];
    return [];
  });
}

/** Translated units of a report by key, or null for a report without a translation. */
export type UnitsOf = (report: string) => ReadonlyMap<string, TranslatedUnit> | null;

/**
 * Whether a part's Chinese is a label standing for its meaning (五抓 for 抓招商引资…, 六统一's 行政 for 行政统一, 2345's
 * “3” for “三人小组”), whose English is a name, rather than a phrase that is its own meaning (六稳's 稳就业), whose
 * English translates it as its sentence requires (“stable employment” in a list, “stabilize employment” on its own).
 */
const isLabel = (part: GlossaryPart) => DIGIT_LABEL.test(part.zh) || compact(part.zh) !== compact(part.meaning);

/**
 * Parts of an entry that the translation of a paragraph defining it names otherwise, as `slug report unit: part “name”`
 * lines. A labelled part is looked for where the paragraph prints its Chinese (its label, or the component its digit
 * stands for), by its name: the component a digit-labelled part names, else the label before the colon (“five grasps:
 * …”), else the whole (六统一's “administration”). A digit standing for a description names nothing and is not looked for.
 * @example 2345's “3: “three-person teams”: …” against Yanhu's note 10 translated as “three-person groups” is reported.
 */
export function partsNotInDefiningTranslations(list: GlossaryEntry[], unitsOf: UnitsOf, exceptions: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const entry of list) {
    for (const { report, key } of definingUnits(entry)) {
      const unit = unitsOf(report)?.get(key);
      if (!unit) continue;
      for (const part of entry.parts) {
        const component = partComponent(part);
        if (!component || !isLabel(part) || !compact(unit.zh).includes(compact(component.zh))) continue;
        const line = `${entry.slug} ${report} ${key}: ${part.zh} “${component.en}”`;
        if (!givesName(unit.en, component.en) && !(line in exceptions)) problems.push(line);
      }
    }
  }
  return problems;
}

/**
 * Names an entry's texts give with their Chinese (3355's “特” (distinctive)) that a translated paragraph using the
 * entry does not use where it prints that Chinese, as `slug report unit: 中文 “name”` lines. The Chinese counts outside
 * the entry's own forms only (三保 inside 三保障 is not 三保), and a single character only in quotation marks, as the
 * reports print a syllable they mean (“特”“优”战略).
 */
export function textNamesNotInUsingTranslations(list: GlossaryEntry[], reports: string[], unitsOf: UnitsOf, exceptions: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const report of reports) {
    for (const [key, unit] of unitsOf(report) ?? []) {
      const applicable = list.filter((entry) => inScope(toPattern(entry), report, unit.section));
      const used = new Set(findTerms(unit.zh, applicable.map(toPattern)).map((span) => span.slug));
      for (const entry of applicable.filter((candidate) => used.has(candidate.slug))) {
        // The entry's own forms are blanked with a character no term contains, so the text either side cannot join into a match.
        const elsewhere = toPattern(entry).forms.reduce((text, form) => text.split(form).join('\u0000'), unit.zh);
        for (const { zh, en } of entryProse(entry).flatMap(namedComponents)) {
          const printed = [...zh].length === 1 ? elsewhere.includes(`“${zh}”`) : elsewhere.includes(zh);
          const line = `${entry.slug} ${report} ${key}: ${zh} “${en}”`;
          if (printed && !givesName(unit.en, en) && !(line in exceptions)) problems.push(line);
        }
      }
    }
  }
  return [...new Set(problems)];
}

/**
 * Where a translation names a part or a component of an entry otherwise than the entry, on purpose, and why; keyed as
 * partsNotInDefiningTranslations and textNamesNotInUsingTranslations report them.
 */
export const TRANSLATION_NAME_EXCEPTIONS: Record<string, string> = {};

/**
 * Chinese in brackets that the source paragraph does not print. A bracket may hold several items separated by `;` or
 * `,`; an item with Latin letters is a note (“鹤雀楼, as printed; the tower's name is usually written 鹳雀楼”) and is
 * not checked, so a correction is always given beside the source's characters, except the Chinese a note opens with
 * (`(鹳雀楼 lit. stork tower)`), which is the quotation the note glosses.
 */
export function bracketedNotInSource(zh: string, en: string): string[] {
  const source = compact(zh).replace(/[“”‘’「」"]/g, '');
  const missing: string[] = [];
  for (const match of en.matchAll(/[(（]([^()（）]*\p{Script=Han}[^()（）]*)[)）]/gu)) {
    for (const item of match[1]!.split(/[;；,，]\s*/)) {
      if (!/\p{Script=Han}/u.test(item)) continue;
      const quoted = /[A-Za-z]{2,}/.test(item.replace(/NO\.\d+|\be\b/g, '')) ? /^[“"]?([\p{Script=Han}+＋、]+)(?=\s)/u.exec(item)?.[1] : item;
      if (quoted && !source.includes(compact(quoted).replace(/[“”‘’「」"]/g, ''))) missing.push(quoted);
    }
  }
  return missing;
}

const unitsOf: UnitsOf = (report) => translatedUnits.get(report) ?? null;

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

/** A small entry for the fixtures below: only what the rules read. */
function fixtureEntry(slug: string, term: string, rendering: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return glossaryEntrySchema.parse({
    slug,
    term,
    pinyin: term,
    theme: 'industry-investment',
    en: { rendering, standing: { kind: 'editorial' }, literal: term, explanation: `A fixture entry for ${term}, long enough to pass.` },
    definitions: [{ source: 'editorial', zh: `${term}的编者说明。`, en: `An editorial note on ${term}.` }],
    match: 'quoted',
    ...extra,
  });
}

const translationFixture = (report: string, units: Record<string, string>): TranslationFile => ({
  report,
  translated: '2026-12-06',
  units: Object.fromEntries(Object.entries(units).map(([key, en]) => [key, { source: '0000000000000000', en }])),
});

const mechanism2345 = fixtureEntry('2345', '2345', 'the “2345” working mechanism', {
  definitions: [{ source: 'note', report: 'yanhu-2022-work-report', note: 10 }],
  parts: [
    { zh: '3', meaning: '“三人小组”，每个重点项目由3名区级领导包联跟进', en: '3: “three-person teams”: 3 district-level leaders follow up each key project' },
    { zh: '4', meaning: '“四库全书”，谋划库、储备库、建设库、达产达效库', en: '4: “four project pools”: planning, reserve, construction and full-output pools' },
  ],
});

describe('names given with their Chinese', () => {
  it('reads the pair with a gloss or note in the bracket, and the other way round', () => {
    expect(namedComponents('the “three-person teams” (三人小组, lit. three-person small groups)')).toEqual([{ zh: '三人小组', en: 'three-person teams' }]);
    expect(namedComponents('the “four project pools” (四库全书; a pun on the Siku Quanshu)')).toEqual([{ zh: '四库全书', en: 'four project pools' }]);
    expect(namedComponents('“specialized and sophisticated” (SRDI; 专精特新) firms')).toEqual([{ zh: '专精特新', en: 'specialized and sophisticated' }]);
    expect(namedComponents('the “特” (distinctive) and “优” (premium) strategy')).toEqual([
      { zh: '特', en: 'distinctive' },
      { zh: '优', en: 'premium' },
    ]);
    expect(namedComponents('the counterpart of 煤改气 (coal-to-gas; see its entry)')).toEqual([{ zh: '煤改气', en: 'coal-to-gas' }]);
    expect(namedComponents('“一业一证” (one industry, one permit)')).toEqual([{ zh: '一业一证', en: 'one industry, one permit' }]);
    expect(namedComponents('a pun on “和气生财” (“friendliness brings wealth”)')).toEqual([{ zh: '和气生财', en: 'friendliness brings wealth' }]);
    // A bracket holding only a note names nothing.
    expect(namedComponents('Guanque Tower (鹤雀楼, as printed; usually written 鹳雀楼)')).toEqual([]);
  });

  it('reads the component a digit-labelled part names, and none where the digit stands for a description', () => {
    expect(mechanism2345.parts.map(digitLabelledComponent)).toEqual([
      { zh: '三人小组', en: 'three-person teams' },
      { zh: '四库全书', en: 'four project pools' },
    ]);
    expect(digitLabelledComponent({ zh: '3（三区）', meaning: '盐湖高新区等', en: 'three zones: the high-tech zone and others' })).toEqual({ zh: '三区', en: 'three zones' });
    expect(digitLabelledComponent({ zh: '3', meaning: '3天内反馈办理情况', en: '3: report progress within 3 days' })).toBeNull();
    expect(digitLabelledComponent({ zh: '五抓', meaning: '抓招商引资', en: 'five grasps: attracting investment' })).toBeNull();
  });

  it('would fail on a second name given with a note in the bracket, the other way round, or for a digit-labelled part', () => {
    const withNote = fixtureEntry('si-ku', '四库', 'the “four pools”', { en: { rendering: 'the “four pools”', standing: { kind: 'editorial' }, literal: 'four stores', explanation: 'Short for the “four treasuries” (四库全书, lit. complete library of the four treasuries).' } });
    expect(inconsistentComponents([mechanism2345, withNote], {}).join('\n')).toContain('四库全书: “four project pools” in 2345 (part 4); “four treasuries” in si-ku (text)');
    const reversed = fixtureEntry('3355', '3355', 'the “3355” approach', { en: { rendering: 'the “3355” approach', standing: { kind: 'editorial' }, literal: '3355', explanation: 'Goes with the “特” (speciality) and “优” (quality) strategy.' } });
    const translation = translationFixture('yuncheng-2022-work-report', { '3-1#p2': 'play the “distinctive” (特) and “premium” (优) cards' });
    expect(inconsistentComponents([reversed], {}, [translation])).toEqual(['特: “speciality” in 3355 (text); “distinctive” in yuncheng-2022-work-report 3-1#p2', '优: “quality” in 3355 (text); “premium” in yuncheng-2022-work-report 3-1#p2']);
    const notes = translationFixture('yanhu-2022-work-report', { 'notes#10': '“3” stands for the “three-person groups” (三人小组).' });
    expect(inconsistentComponents([mechanism2345], {}, [notes])).toEqual(['三人小组: “three-person teams” in 2345 (part 3); “three-person groups” in yanhu-2022-work-report notes#10']);
  });

  it('compares a one-character part only within its own slogan', () => {
    const reduce = fixtureEntry('jian-you-lv', '减优绿', 'the “reduce, optimize, green” drive', { parts: [{ zh: '优', meaning: '优化产能结构', en: 'optimize: improve the structure of capacity' }] });
    const translation = translationFixture('yuncheng-2022-work-report', { '3-1#p2': 'the “premium” (优) card' });
    expect(inconsistentComponents([reduce], {}, [translation])).toEqual([]);
  });

  it('gives each Chinese component one English name across the glossary and the translations, except the listed homonyms', () => {
    expect(inconsistentComponents(entries, RENDERING_EXCEPTIONS, translations)).toEqual([]);
    for (const reason of Object.values(RENDERING_EXCEPTIONS)) expect(reason.length).toBeGreaterThan(20);
  });

  it('would fail on a second name for 一业一证 in another entry', () => {
    const broken = entries.map((entry) => (entry.slug === 'zheng-zhao-fen-li' ? { ...entry, en: { ...entry.en, explanation: `${entry.en.explanation} It goes with the “one industry, one licence” (一业一证) reform.` } } : entry));
    expect(inconsistentComponents(broken, RENDERING_EXCEPTIONS).join('\n')).toContain('一业一证');
  });
});

describe('parts and names in the translations of the paragraphs that define or use an entry', () => {
  const note10 = (en: string): UnitsOf => (report) => (report === 'yanhu-2022-work-report' ? new Map([['notes#10', { zh: '“2345”工作机制：“3”即“三人小组”，每个重点项目由3名区级领导包联跟进。“4”即“四库全书”。', en, section: null }]]) : null);

  it('would fail on a part the defining note’s translation names otherwise, unless listed with a reason', () => {
    const groups = note10('“3” stands for the “three-person groups”; “4” for the “four project pools” (四库全书).');
    expect(partsNotInDefiningTranslations([mechanism2345], groups, {})).toEqual(['2345 yanhu-2022-work-report notes#10: 3 “three-person teams”']);
    expect(partsNotInDefiningTranslations([mechanism2345], note10('“3” stands for the “Three-Person Teams”; “4” for the “four project pools”.'), {})).toEqual([]);
    expect(partsNotInDefiningTranslations([mechanism2345], groups, { '2345 yanhu-2022-work-report notes#10: 3 “three-person teams”': 'a fixture’s reason' })).toEqual([]);
  });

  it('looks for a name as whole words and a part only where the paragraph prints it', () => {
    expect(givesName('“He” (合) means integration', 'He')).toBe(true);
    expect(givesName('the deep integration of manufacturing', 'He')).toBe(false);
    expect(givesName('build “all-element grids”', 'all-element grid')).toBe(true);
    const clinics = fixtureEntry('liu-tong-yi', '六统一', 'the “six unifications”', {
      definitions: [{ source: 'body', report: 'yongji-2021-five-year-plan', section: '9-4', paragraph: 'p5', quote: '实行政、人员、业务、药品器械、财务、绩效等“六统一”' }],
      parts: [
        { zh: '业务', meaning: '业务统一', en: 'medical work', editorial: true },
        { zh: '药品器械', meaning: '药品器械统一', en: 'drugs and equipment', editorial: true },
        { zh: '培训', meaning: '培训统一', en: 'training', editorial: true },
      ],
    });
    const paragraph: UnitsOf = () => new Map([['9-4#p5', { zh: '推动镇卫生院对村卫生室实行政、人员、业务、药品器械、财务、绩效等“六统一”一体化管理。', en: 'covering administration, personnel, operations, drugs and equipment, finances and performance', section: '9-4' }]]);
    // 培训 is not in the paragraph, so its name is not looked for there.
    expect(partsNotInDefiningTranslations([clinics], paragraph, {})).toEqual(['liu-tong-yi yongji-2021-five-year-plan 9-4#p5: 业务 “medical work”']);
  });

  it('would fail on a name an entry’s text gives that a paragraph using the entry translates otherwise', () => {
    const approach = fixtureEntry('3355', '3355', 'the “3355” approach', { en: { rendering: 'the “3355” approach', standing: { kind: 'editorial' }, literal: '3355', explanation: 'Goes with the “特” (speciality) and “优” (quality) strategy; not 三保 (wages first).' } });
    const paragraph = (en: string): UnitsOf => () => new Map([['1-1#p3', { zh: '围绕农业“3355”发展思路，大力实施“特”“优”战略，特色农业', en, section: '1-1' }]]);
    expect(textNamesNotInUsingTranslations([approach], ['yongji-2021-five-year-plan'], paragraph('the “3355” approach and the “distinctive” and “premium” strategy'), {})).toEqual([
      '3355 yongji-2021-five-year-plan 1-1#p3: 特 “speciality”',
      '3355 yongji-2021-five-year-plan 1-1#p3: 优 “quality”',
    ]);
    expect(textNamesNotInUsingTranslations([approach], ['yongji-2021-five-year-plan'], paragraph('the “3355” approach and the “speciality” and “quality” strategy'), {})).toEqual([]);
  });

  it('names every part as the entry does in the translation of each paragraph that defines it', () => {
    expect(partsNotInDefiningTranslations(entries, unitsOf, TRANSLATION_NAME_EXCEPTIONS)).toEqual([]);
  });

  it('names what an entry’s texts name as they do in the translation of each paragraph that uses the entry', () => {
    expect(textNamesNotInUsingTranslations(entries, [...translatedUnits.keys()], unitsOf, TRANSLATION_NAME_EXCEPTIONS)).toEqual([]);
    for (const reason of Object.values(TRANSLATION_NAME_EXCEPTIONS)) expect(reason.length).toBeGreaterThan(20);
  });
});

describe('Chinese in the translations’ brackets', () => {
  it('gives in brackets only Chinese that the source paragraph prints, a correction as a note beside it', () => {
    expect(bracketedNotInSource('围绕鹤雀楼建设', 'around Guanque Tower (鹳雀楼)')).toEqual(['鹳雀楼']);
    expect(bracketedNotInSource('围绕鹤雀楼建设', 'around Guanque Tower (鹤雀楼, as printed; usually written 鹳雀楼)')).toEqual([]);
    expect(bracketedNotInSource('推动“八五”普法', 'the “Eighth Five-Year” campaign (八五普法)')).toEqual([]);
    // A gloss run into the bracket does not make the Chinese it opens with a note.
    expect(bracketedNotInSource('围绕鹤雀楼建设', 'around Guanque Tower (鹳雀楼 lit. stork tower)')).toEqual(['鹳雀楼']);
    expect(bracketedNotInSource('围绕鹤雀楼建设', 'around Guanque Tower (鹤雀楼 lit. crane-sparrow tower)')).toEqual([]);
    const problems: string[] = [];
    for (const [report, units] of translatedUnits) {
      for (const [key, unit] of units) {
        const missing = bracketedNotInSource(unit.zh, unit.en);
        if (missing.length) problems.push(`${report} ${key}: ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
