import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facetValues, inFocus, otherYears, placeGroups, reportsInAtlasOrder, reportsOfPlace, reportsWith, REPORT_FACETS } from '../../src/lib/atlas-order.ts';
import { adminLevelSchema } from '../../src/schema/manifest.ts';
import { placesFileSchema } from '../../src/schema/places.ts';
import { reportDocumentSchema } from '../../src/schema/report.ts';
import { root } from '../helpers.ts';

const places = placesFileSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'places.json'), 'utf8')));
const documents = readdirSync(join(root, 'content', 'reports')).map((name) => reportDocumentSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'reports', name), 'utf8'))));
const place = (id: string) => places.places.find((candidate) => candidate.id === id)!;

describe('atlas order', () => {
  it('puts the focus place and the places under it first, the rest as context, each in the places file order', () => {
    expect(places.focus).toBe('yuncheng');
    expect([inFocus(place('yuncheng'), places), inFocus(place('yongji'), places), inFocus(place('shanxi'), places), inFocus(place('taiyuan'), places)]).toEqual([true, true, false, false]);
    const { focus, context } = placeGroups(places);
    expect(focus[0]!.id).toBe('yuncheng');
    expect([...focus, ...context].length).toBe(places.places.length);
    const order = (list: typeof focus) => list.map((item) => places.places.indexOf(item));
    expect(order(focus)).toEqual([...order(focus)].sort((a, b) => a - b));
    expect(order(context)).toEqual([...order(context)].sort((a, b) => a - b));
  });

  it('lists places with reports in atlas order, each place\'s reports oldest first', () => {
    const groups = reportsInAtlasOrder(documents, places);
    expect(groups[0]!.place.id).toBe('yuncheng');
    expect(groups.flatMap((group) => group.reports).length).toBe(documents.length);
    const firstContext = groups.findIndex((group) => !group.focus);
    expect(groups.slice(firstContext).every((group) => !group.focus)).toBe(true);
    for (const group of groups) {
      const years = group.reports.map((document) => document.report.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(group.reports.every((document) => document.report.place.id === group.place.id)).toBe(true);
    }
  });

  it('links a report to the same place\'s previous and next year', () => {
    for (const document of documents) {
      const { previous, next, all } = otherYears(document, documents);
      expect(all).toEqual(reportsOfPlace(document.report.place.id, documents));
      const at = all.indexOf(document);
      expect(previous).toBe(all[at - 1] ?? null);
      expect(next).toBe(all[at + 1] ?? null);
      if (previous) expect(previous.report.year).toBeLessThanOrEqual(document.report.year);
      if (next) expect(next.report.year).toBeGreaterThanOrEqual(document.report.year);
    }
    const yuncheng = reportsOfPlace('yuncheng', documents);
    expect(otherYears(yuncheng[0]!, documents).previous).toBeNull();
    expect(otherYears(yuncheng.at(-1)!, documents).next).toBeNull();
  });

  it('offers only filter values some report has, each counting the reports it selects, years newest first', () => {
    const values = facetValues(documents, places, adminLevelSchema.options);
    for (const facet of REPORT_FACETS) {
      const ofFacet = values.filter((value) => value.facet === facet);
      expect(ofFacet.reduce((sum, value) => sum + value.count, 0), facet).toBe(documents.length);
      for (const value of ofFacet) expect(reportsWith(documents, facet, value.value).length).toBe(value.count);
    }
    const years = values.filter((value) => value.facet === 'year').map((value) => Number(value.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(values.every((value) => value.count > 0)).toBe(true);
    expect(values.find((value) => value.facet === 'place')!.value).toBe('yuncheng');
  });
});
