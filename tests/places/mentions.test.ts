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

  it('reads the prefectures of Shanxi but not the idioms, regions and titles that contain their names', () => {
    expect(named('支持大同申报国家算力枢纽节点城市，支持朔州发展低碳硅芯产业')).toEqual(['datong:大同', 'shuozhou:朔州']);
    expect(named('做好《天下大同》宣传，追求世界大同')).toEqual([]);
    expect(named('确保社会长治久安；支持长治改革发展')).toEqual(['changzhi:长治']);
    expect(named('晋中南部地区；加快晋中国家农高区建设')).toEqual(['jinzhong:晋中']);
    expect(named('叫响吕梁山护工品牌，推进吕梁山生态保护，排演《吕梁英雄传》，弘扬吕梁精神')).toEqual(['lvliang:吕梁']);
    expect(named('推动太原晋中一体化，建设临汾、吕梁、忻州、阳泉、晋城、运城')).toEqual(['taiyuan:太原', 'jinzhong:晋中', 'linfen:临汾', 'lvliang:吕梁', 'xinzhou:忻州', 'yangquan:阳泉', 'jincheng:晋城', 'yuncheng:运城']);
  });

  it('maps 太忻 (the Taiyuan–Xinzhou economic zone) to both cities', () => {
    expect(named('全面启动太忻一体化经济区建设')).toEqual(['taiyuan:太忻', 'xinzhou:太忻']);
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
