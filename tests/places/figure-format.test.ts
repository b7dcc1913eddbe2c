import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatFigure, shiftDecimal } from '../../src/lib/place-view.ts';

describe('figures in English', () => {
  it('moves the decimal point exactly, without floating-point error', () => {
    expect(shiftDecimal('172.71', -1)).toBe('17.271');
    expect(shiftDecimal('4.0153', 2)).toBe('401.53');
    expect(shiftDecimal('14', -2)).toBe('0.14');
    expect(shiftDecimal('0.5', 2)).toBe('50');
    expect(shiftDecimal('37961', 0)).toBe('37961');
  });

  it('gives 亿元 as billions (millions below one billion), keeps % and signs, and leaves Chinese pages as printed', () => {
    const en = useTranslations('en');
    const zh = useTranslations('zh');
    expect(formatFigure({ value: 172.71, unit: '亿元', qualifier: null, measure: 'value' }, 'en', en)).toBe('17.271 billion yuan');
    expect(formatFigure({ value: 4.0153, unit: '亿元', qualifier: null, measure: 'value' }, 'en', en)).toBe('401.53 million yuan');
    expect(formatFigure({ value: 37961, unit: '元', qualifier: null, measure: 'value' }, 'en', en)).toBe('37961 yuan');
    expect(formatFigure({ value: -0.9, unit: '%', qualifier: null, measure: 'growth' }, 'en', en)).toBe('−0.9%');
    expect(formatFigure({ value: 172.71, unit: '亿元', qualifier: null, measure: 'value' }, 'zh', zh)).toBe('172.71 亿元');
  });
});
