import { describe, expect, it } from 'vitest';
import { phraseOracle, reportOfUrl, scopeResults } from '../../src/lib/search-metrics.ts';

describe('phraseOracle', () => {
  const paragraphs = [
    { url: '/a', text: '招商 引资成效明显' },
    { url: '/b', text: '招商工作' },
    { url: '/c', text: '完成 62.46 亿元，外贸 8374 万元' },
    { url: '/d', text: '完成 162.46 亿元，外贸 83740 万元，增长 8374.5%' },
    { url: '/e', text: '“５４３”工程' },
  ];

  it('finds every paragraph that holds the phrase, across spaces and full-width forms', () => {
    expect(phraseOracle(paragraphs, '招商引资')).toEqual(['/a']);
    expect(phraseOracle(paragraphs, '“543”')).toEqual(['/e']);
  });

  it('does not find a number inside a longer number or a decimal', () => {
    expect(phraseOracle(paragraphs, '62.46')).toEqual(['/c']);
    expect(phraseOracle(paragraphs, '8374')).toEqual(['/c']);
  });
});

describe('scopeResults', () => {
  it('leaves out paragraphs of reports a query was not judged against, and keeps entries and places', () => {
    const results = ['/zh/reports/a/1/#p1', '/zh/reports/b/#c1', '/zh/glossary/x/', '/en/places/y/'];
    expect(scopeResults(results, ['a'])).toEqual(['/zh/reports/a/1/#p1', '/zh/glossary/x/', '/en/places/y/']);
    expect(reportOfUrl('/zh/reports/b/#c1')).toBe('b');
    expect(reportOfUrl('/zh/glossary/x/')).toBeNull();
  });
});
