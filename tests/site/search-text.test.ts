import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { comparable, hasChinese, indexTokens, looseTokens, phraseTokens, searchWords } from '../../src/lib/search-text.ts';
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

describe('search tokens', () => {
  it('cut a Chinese run into overlapping bigrams framed by its first and last character, and keep Latin words', () => {
    expect(indexTokens('PM2.5和五抓一优 Five grasps')).toEqual(['pm', '2', '5', '和', '和五', '五抓', '抓一', '一优', '优', 'five', 'grasps']);
  });

  it('keep a number of two or more digits also whole, so a numeric query finds the records that print it', () => {
    expect(indexTokens('“543”工作机制，投资62.46亿元')).toEqual(['5', '4', '3', '543', '工', '工作', '作机', '机制', '制投', '投资', '资', '6', '2', '62', '4', '6', '46', '亿', '亿元', '元']);
  });

  it('frame a query only where its own digits or words fix the ends of a run', () => {
    expect(phraseTokens('五抓一优一促')).toEqual(['五抓', '抓一', '一优', '优一', '一促']);
    expect(phraseTokens('2021年')).toEqual(['2', '0', '2', '1', '2021', '年']);
    expect(phraseTokens('年GDP增长')).toEqual(['年', 'gdp', '增', '增长']);
    expect(phraseTokens('县')).toEqual([]);
    expect(looseTokens('县')).toEqual(['县']);
    expect(looseTokens('“三化三制”')).toEqual(['三', '化', '三', '制']);
  });

  it('find every passage of a real report: the phrase of any stretch of its text is a run of the text\'s own tokens', () => {
    const document = JSON.parse(readFileSync(new URL('../../content/reports/yuncheng-2022-work-report.json', import.meta.url), 'utf8'));
    const texts: string[] = [];
    JSON.stringify(document.tree, (key, value) => (key === 'text' && typeof value === 'string' && value.length > 20 ? texts.push(value) : undefined, value));
    expect(texts.length).toBeGreaterThan(50);
    const contains = (haystack: string[], needle: string[]) => haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));
    let checked = 0;
    for (const [index, text] of texts.entries()) {
      const indexed = indexTokens(text);
      const characters = [...text];
      // Stretches of 1–12 characters at positions spread over the text, ends falling anywhere (mid-run, at digits).
      for (let length = 1; length <= 12; length++) {
        for (const start of [0, (index * 7 + length) % characters.length, characters.length - length]) {
          const [from, to] = [Math.max(0, start), Math.max(0, start) + length];
          // A number or a Latin word cut in two is not a query the index can answer (nor could it before).
          const word = /[\da-z]/i;
          if ((word.test(characters[from - 1] ?? '') && word.test(characters[from] ?? '')) || (word.test(characters[to - 1] ?? '') && word.test(characters[to] ?? ''))) continue;
          const query = characters.slice(from, to).join('');
          const phrase = phraseTokens(query);
          if (phrase.length === 0) continue;
          checked++;
          expect(contains(indexed, phrase), `“${query}” in “${text.slice(0, 40)}…”`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('spell Chinese tokens as fixed-width ASCII words, a character\'s word the prefix of its bigrams', () => {
    const [character, bigram, number] = searchWords(['五', '五抓', '2021']).split(' ');
    expect(character).toMatch(/^x[bcdfghjklmnprtvw]{5}$/);
    expect(bigram).toMatch(/^x[bcdfghjklmnprtvw]{10}$/);
    expect(bigram!.startsWith(character!)).toBe(true);
    expect(number).toBe('2021');
    expect(searchWords(['抓'])).not.toBe(character);
  });

  it('tell Chinese queries from others', () => {
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
