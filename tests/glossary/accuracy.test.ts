import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderingCore, translationUnits } from '../../src/lib/translation.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../src/schema/glossary.ts';
import { translationFileSchema } from '../../src/schema/translation.ts';
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

const normalize = (english: string) => english.toLowerCase().replace(/^the\s+/, '').replace(/[“”"]/g, '').trim();

/** For each Chinese component, the English names the glossary gives it, with where. */
export function componentRenderings(list: GlossaryEntry[]): Map<string, Map<string, string[]>> {
  const names = new Map<string, Map<string, string[]>>();
  const add = (zh: string, en: string, where: string) => {
    const byName = names.get(zh) ?? new Map<string, string[]>();
    const key = normalize(en);
    byName.set(key, [...(byName.get(key) ?? []), where]);
    names.set(zh, byName);
  };
  const terms = new Set(list.map((entry) => entry.term));
  for (const entry of list) {
    add(entry.term, renderingCore(entry)[0]!, `${entry.slug} (rendering)`);
    for (const part of entry.parts) if (terms.has(part.zh)) add(part.zh, part.en.split(/[:：]/)[0]!, `${entry.slug} (part)`);
    const texts = [entry.en.explanation, ...entry.aliases.map((alias) => alias.note), ...entry.definitions.flatMap((definition) => (definition.source === 'editorial' ? [definition.en] : []))];
    for (const text of texts) {
      for (const match of text.matchAll(/“([^”\p{Script=Han}]+)”\s*(?:\(|（)([^()（）]+)(?:\)|）)/gu)) {
        if (terms.has(match[2]!)) add(match[2]!, match[1]!, `${entry.slug} (text)`);
      }
    }
  }
  return names;
}

export function inconsistentComponents(list: GlossaryEntry[], exceptions: Record<string, string>): string[] {
  return [...componentRenderings(list)]
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
  it('gives each Chinese component one English rendering across entries, except the listed homonyms', () => {
    expect(inconsistentComponents(entries, RENDERING_EXCEPTIONS)).toEqual([]);
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
