import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseFigures, englishFigures, fingerprint, missingFigures, missingPlaces, missingTerms, reportTranslationState, strayChinese, translationCounts, translationOf, translationUnits } from '../src/lib/translation.ts';
import { glossaryEntrySchema } from '../src/schema/glossary.ts';
import { placesFileSchema } from '../src/schema/places.ts';
import { translationFileSchema } from '../src/schema/translation.ts';
import { buildSeed, manifest, root } from './helpers.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const entries = readdirSync(join(root, 'content', 'glossary')).map((name) => glossaryEntrySchema.parse(readJson(join(root, 'content', 'glossary', name))));
const places = placesFileSchema.parse(readJson(join(root, 'content', 'places.json')));
const translationsDir = join(root, 'content', 'translations');
const files = existsSync(translationsDir) ? readdirSync(translationsDir).map((name) => translationFileSchema.parse(readJson(join(translationsDir, name)))) : [];

describe('translation checks', () => {
  it('read Chinese magnitudes and English conventions as the same values', () => {
    expect(chineseFigures('地区生产总值完成 172.71 亿元，增长 4.5%，到 2035 年，34796 户，1—2 家，8374 万元')).toEqual([17_271_000_000, 4.5, 2035, 34796, 1, 2, 83_740_000]);
    expect(englishFigures('17.271 billion yuan, 4.5%, 2035, 34,796 market entities, 1–2 companies, 83.74 million yuan')).toEqual([17_271_000_000, 4.5, 2035, 34796, 1, 2, 83_740_000]);
    expect(missingFigures('完成 172.71 亿元，增长 4.5%', 'reached 17.271 billion yuan, up 4.5%')).toEqual([]);
    expect(missingFigures('完成 172.71 亿元，增长 4.5%', 'reached 17.27 billion yuan, up 4.5%')).toEqual([17_271_000_000]);
    expect(missingFigures('经济总量突破5.5万亿元', 'the economy passed 5.5 trillion yuan')).toEqual([]);
    expect(missingFigures('经济总量突破5.5万亿元', 'the economy passed 55,000 yuan')).toEqual([5.5e12]);
    expect(missingFigures('投资 5000 余万元，从今年9月起', 'more than 50 million yuan invested; from September this year')).toEqual([]);
    expect(missingFigures('从今年9月起', 'from this year')).toEqual([9]);
  });

  it('require the glossary rendering of every term, and the places by their English names', () => {
    expect(missingTerms('持续用好“五抓一优一促”经济工作主抓手', 'we kept using the “five grasps, one optimization, one promotion” approach (五抓一优一促)', entries, 'yanhu-2022-work-report', '2')).toEqual([]);
    expect(missingTerms('持续用好“五抓一优一促”经济工作主抓手', 'we kept using the main approach to economic work', entries, 'yanhu-2022-work-report', '2')).toEqual(['五抓一优一促']);
    expect(missingPlaces('支持河津打造国家级碳基新材料产业基地', 'support Hejin in building a national carbon-based new materials base', places)).toEqual([]);
    expect(missingPlaces('支持河津打造基地', 'support the city in building a base', places)).toEqual(['hejin']);
  });

  it('allow Chinese only in brackets', () => {
    expect(strayChinese('the “six stabilities” (六稳) and Guanque Tower（鹳雀楼）')).toEqual([]);
    expect(strayChinese('the 六稳 policy')).toEqual(['六稳']);
  });

  it('mark a translation stale when its Chinese changes', () => {
    const document = buildSeed('xinjiang-county-2023-work-report');
    const unit = translationUnits(document)[0]!;
    const file = { report: document.report.id, translated: '2026-11-24', units: { [unit.key]: { source: fingerprint(unit.zh), en: 'Fellow deputies:' } } };
    expect(translationOf(unit, file).state).toBe('translated');
    expect(translationOf({ ...unit, zh: `${unit.zh}。` }, file)).toEqual({ state: 'stale', en: null });
    expect(translationCounts(document, file)).toMatchObject({ translated: 1, stale: 0 });
  });
});

describe('translation coverage', () => {
  // A report can be published untranslated: a missing translation or headings file is a state the about page lists,
  // never a failure. What fails is a translation that exists and is stale or wrong (below).
  it('counts a report without a translation as pending, with every unit missing and none stale', () => {
    const document = buildSeed('yongji-2023-plan-report');
    const counts = translationCounts(document, undefined);
    expect(counts).toEqual({ translated: 0, stale: 0, missing: translationUnits(document).length });
    expect(reportTranslationState(counts, false)).toBe('pending');
    expect(reportTranslationState(counts, true)).toBe('partly');
  });

  it('calls a report translated only when every unit is current and its headings are in English', () => {
    expect(reportTranslationState({ translated: 26, stale: 0, missing: 0 }, true)).toBe('translated');
    expect(reportTranslationState({ translated: 26, stale: 0, missing: 0 }, false)).toBe('partly');
    expect(reportTranslationState({ translated: 25, stale: 1, missing: 0 }, true)).toBe('partly');
    // Readers see no English at all while every unit is stale (a failure below, but a state for readers).
    expect(reportTranslationState({ translated: 0, stale: 3, missing: 23 }, false)).toBe('pending');
  });

  it('has a translation file only for reports of the manifest', () => {
    const ids = new Set(manifest.reports.map((entry) => entry.id));
    expect(files.map((file) => file.report).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the translations', () => {
  for (const file of files) {
    describe(file.report, () => {
      const document = buildSeed(file.report);
      const units = new Map(translationUnits(document).map((unit) => [unit.key, unit]));

      it('translate only units that exist, none of them stale', () => {
        const keys = Object.keys(file.units);
        expect(keys.filter((key) => !units.has(key))).toEqual([]);
        expect(keys.filter((key) => translationOf(units.get(key)!, file).state === 'stale')).toEqual([]);
      });

      it('keep every figure, render every glossary term, name every place, and leave no Chinese outside brackets', () => {
        const problems: string[] = [];
        for (const [key, { en }] of Object.entries(file.units)) {
          const unit = units.get(key)!;
          const figures = missingFigures(unit.zh, en);
          const terms = missingTerms(unit.zh, en, entries, file.report, unit.section);
          const placeIds = missingPlaces(unit.zh, en, places);
          const stray = strayChinese(en);
          if (figures.length + terms.length + placeIds.length + stray.length > 0) problems.push(`${key}: figures ${figures.join(',')} terms ${terms.join(',')} places ${placeIds.join(',')} stray ${stray.join('')}`);
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
