import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaceMentions, findReportMentions } from '../../src/lib/place-mentions.ts';
import { placesFileSchema } from '../../src/schema/places.ts';
import { buildSeed, root } from '../helpers.ts';

const places = placesFileSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'places.json'), 'utf8')));
const named = (text: string, own: string | null = null) => findPlaceMentions(text, places, own).map((mention) => `${mention.place}:${mention.form}`);

describe('place mentions', () => {
  it('does not read 绛县 inside 新绛县, nor 绛县 inside 新绛', () => {
    expect(named('支持新绛县、绛县发展')).toEqual(['xinjiang-county:新绛县', 'jiang-county:绛县']);
    expect(named('新绛、稷山')).toEqual(['xinjiang-county:新绛', 'jishan:稷山']);
  });

  it('reads the district only as 盐湖区, never the Salt Lake (盐湖, 运城盐湖)', () => {
    expect(named('加强盐湖生态保护，运城盐湖周边')).toEqual([]);
    expect(named('盐湖区老年养护中心')).toEqual(['yanhu:盐湖区']);
  });

  it('maps a group abbreviation to every place it names', () => {
    expect(named('推动“盐临夏”一体化发展')).toEqual(['yanhu:盐临夏', 'linyi:盐临夏', 'xia-county:盐临夏']);
    expect(named('新稷河闻工业转型发展区')).toEqual(['xinjiang-county:新稷河闻', 'jishan:新稷河闻', 'hejin:新稷河闻', 'wenxi:新稷河闻']);
  });

  it('leaves out a report naming its own place, also inside a group', () => {
    expect(named('新绛作为新稷河闻工业转型发展区的排头兵', 'xinjiang-county')).toEqual(['jishan:新稷河闻', 'hejin:新稷河闻', 'wenxi:新稷河闻']);
  });

  it('does not take brands and companies for the place', () => {
    expect(named('“永济师傅”劳务品牌、万荣易家商超、运城面粉')).toEqual([]);
    expect(named('带动夏县、永济、平陆等汽车零部件')).toEqual(['xia-county:夏县', 'yongji:永济', 'pinglu:平陆']);
  });

  it('finds what the prefecture report says about its counties, section by section', () => {
    const { report, tree } = buildSeed('yuncheng-2024-work-report');
    const mentions = findReportMentions(report.id, report.place.id, tree, places);
    const placesNamed = new Set(mentions.map((mention) => mention.place));
    expect([...placesNamed].sort()).toEqual(['hejin', 'jiang-county', 'jishan', 'linyi', 'pinglu', 'ruicheng', 'shanxi', 'wenxi', 'xia-county', 'xinjiang-county', 'yanhu', 'yongji', 'yuanqu'].sort());
    expect(mentions.some((mention) => mention.place === 'yuncheng')).toBe(false);
    expect(mentions.find((mention) => mention.place === 'hejin' && mention.section === '3-2')).toMatchObject({ anchor: 'p2' });
  });
});
