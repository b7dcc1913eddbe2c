import { it } from 'vitest';
import { extractFigures } from '../src/lib/indicators.ts';
import { trackTargets } from '../src/lib/target-tracker.ts';
import { buildSeed, manifest } from './helpers.ts';
it('stats', () => {
  const docs = manifest.reports.map((entry) => buildSeed(entry.id));
  const figures = docs.flatMap(extractFigures);
  const out = trackTargets(figures, docs.map((d) => ({ id: d.report.id, place: d.report.place.id, year: d.report.year })));
  const by = new Map<string, number>(); for (const o of out) by.set(o.status + '/' + o.reason, (by.get(o.status + '/' + o.reason) ?? 0) + 1);
  console.log('figures', figures.length, 'targets', out.length, [...by]);
  for (const o of out.filter((o) => o.status === 'missed' || o.status === 'met').slice(0, 400)) console.log(o.status, o.target.report, o.target.indicator, o.target.measure, o.target.year, o.target.value, o.target.unit, o.target.qualifier, '=>', o.result!.report, o.result!.kind, o.result!.value, o.result!.unit, '«' + o.result!.printed + '»');
});
