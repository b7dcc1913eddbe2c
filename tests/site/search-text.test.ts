import { describe, expect, it } from 'vitest';
import { comparable, hasChinese, tokens } from '../../src/lib/search-text.ts';
import { meanScores, scoreQuery } from '../../src/lib/search-metrics.ts';

describe('comparable', () => {
  it('drops punctuation, spaces and full-width forms, so slogans match however they are typed', () => {
    expect(comparable('“承诺制+标准地+全代办”')).toBe(comparable('承诺制标准地全代办'));
    expect(comparable('乡村 e 镇')).toBe(comparable('乡村e镇'));
    expect(comparable('ＰＭ２．５')).toBe(comparable('pm2.5'));
  });

  it('removes tone marks from pinyin', () => {
    expect(comparable('wǔ zhuā yī yōu yī cù')).toBe('wuzhuayiyouyicu');
  });

  it('keeps numbers apart where punctuation separated them', () => {
    expect(comparable('“111”“1311”“136”')).not.toContain('1111311');
    expect(comparable('完成 62.46 亿元')).toContain(comparable('62.46'));
    expect(comparable('完成 62.46 亿元')).not.toContain('6246');
  });
});

describe('tokens', () => {
  it('cuts Chinese and digits into single characters and keeps Latin words', () => {
    expect(tokens('PM2.5和五抓 Five grasps')).toEqual(['pm', '2', '5', '和', '五', '抓', 'five', 'grasps']);
  });

  it('keeps a number of two or more digits also whole, so a numeric query finds the records that print it', () => {
    expect(tokens('“543”工作机制，投资62.46亿元')).toEqual(['5', '4', '3', '543', '工', '作', '机', '制', '投', '资', '6', '2', '62', '4', '6', '46', '亿', '元']);
  });

  it('tells Chinese queries from others', () => {
    expect([hasChinese('三化三制'), hasChinese('sanhua')]).toEqual([true, false]);
  });
});

describe('search measures', () => {
  it('score recall@10, precision@10 and reciprocal rank', () => {
    expect(scoreQuery(['/x', '/a', '/b'], ['/a', '/b'])).toEqual({ recall: 1, precision: 2 / 3, reciprocalRank: 1 / 2 });
    expect(scoreQuery([], ['/a'])).toEqual({ recall: 0, precision: 0, reciprocalRank: 0 });
    expect(meanScores([{ recall: 1, precision: 0.5, reciprocalRank: 1 }, { recall: 0, precision: 0.5, reciprocalRank: 0 }])).toEqual({ recall: 0.5, precision: 0.5, reciprocalRank: 0.5 });
  });
});
