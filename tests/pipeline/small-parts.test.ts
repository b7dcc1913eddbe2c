import { describe, expect, it } from 'vitest';
import * as pipeline from '../../src/pipeline/index.ts';
import { parseNumeral } from '../../src/pipeline/chinese-numerals.ts';
import { normalizePunctuation, toSearchText } from '../../src/pipeline/index.ts';

describe('public API of the pipeline', () => {
  it('exposes decode, parse, outline, corpus findings and normalization only', () => {
    expect(Object.keys(pipeline).sort()).toEqual(['ReportError', 'corpusFindings', 'decodeReport', 'normalizePunctuation', 'parseReport', 'toOutline', 'toSearchText']);
  });
});

describe('parseNumeral', () => {
  it('reads Chinese numerals below 100 and ASCII digits', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三', '九十九', '12'].map(parseNumeral)).toEqual([1, 9, 10, 11, 20, 23, 99, 12]);
  });

  it('rejects what is not a number', () => {
    expect(['', '十十', '一二', '百'].map(parseNumeral)).toEqual([null, null, null, null]);
  });
});

describe('normalizePunctuation (display)', () => {
  it('makes half-width punctuation next to CJK full width', () => {
    expect(normalizePunctuation('(九)兜牢民生底线,不断满足;细颗粒物(PM2.5)和臭氧!')).toBe('（九）兜牢民生底线，不断满足；细颗粒物（PM2.5）和臭氧！');
  });

  it('keeps ASCII punctuation between digits and Latin letters', () => {
    expect(normalizePunctuation('(0/1)/(0/0) 7:30 R&D, OLED')).toBe('(0/1)/(0/0) 7:30 R&D, OLED');
  });

  it('keeps the length, so marks stay valid', () => {
    const text = '各位代表,过去一年(2023年)取得的成绩!';
    expect(normalizePunctuation(text)).toHaveLength(text.length);
  });
});

describe('toSearchText', () => {
  it('removes spaces between CJK and numbers, maps subscripts and Roman numerals', () => {
    expect(toSearchText('地区生产总值完成 172.71 亿元，PM₁₀、Ⅲ类水体')).toBe('地区生产总值完成172.71亿元，PM10、III类水体');
  });

  it('keeps spaces between CJK words in slogans', () => {
    expect(toSearchText('“华夏古文明 山西好风光”')).toBe('“华夏古文明 山西好风光”');
  });
});
