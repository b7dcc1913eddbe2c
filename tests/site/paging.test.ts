import { describe, expect, it } from 'vitest';
import { occurrencePages, USES_PER_PAGE, type OccurrenceGroup } from '../../src/lib/glossary-view.ts';
import { pagesOf } from '../../src/lib/paging.ts';
import { glossaryUsesPath } from '../../src/lib/urls.ts';

describe('paged lists', () => {
  it('fill a page up to its limit, never split an item, and put an item larger than a page alone', () => {
    expect(pagesOf([3, 2, 4, 1], (n) => n, 5)).toEqual([[3, 2], [4, 1]]);
    expect(pagesOf([7, 1], (n) => n, 5)).toEqual([[7], [1]]);
    expect(pagesOf([], (n: number) => n, 5)).toEqual([[]]);
  });

  it('cut a glossary entry’s places of use into pages of at most the limit, regrouped by place, losing none', () => {
    const place = (id: string) => ({ id, zh: id, en: id });
    const report = (id: string, uses: number) => ({ document: { report: { id } }, total: uses, places: Array.from({ length: uses }, (_, k) => ({ href: `/${id}/${k}` })) });
    const groups = [
      { place: place('a'), reports: [report('a-1', 60), report('a-2', 30)] },
      { place: place('b'), reports: [report('b-1', 20), report('b-2', 50)] },
    ] as unknown as OccurrenceGroup[];
    const pages = occurrencePages(groups, USES_PER_PAGE);
    expect(pages.map((page) => page.map((group) => [group.place.id, group.reports.map((item) => item.document.report.id)]))).toEqual([[['a', ['a-1', 'a-2']]], [['b', ['b-1', 'b-2']]]]);
    expect(pages.map((page) => page.flatMap((group) => group.reports.flatMap((item) => item.places)).length)).toEqual([90, 70]);
    expect(occurrencePages(groups, 80).map((page) => page.map((group) => group.place.id))).toEqual([['a'], ['a', 'b'], ['b']]);
  });

  it('keep the first page at the entry’s own address', () => {
    expect(glossaryUsesPath('zh', 'shi-si-wu', 1)).toBe('/zh/glossary/shi-si-wu/');
    expect(glossaryUsesPath('en', 'shi-si-wu', 3)).toBe('/en/glossary/shi-si-wu/uses/3/');
  });
});
