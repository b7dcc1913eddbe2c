/**
 * `npm run find-term -- <term> [<term> …]`: where a term occurs in the parsed reports, with section and paragraph
 * anchors and a snippet, for writing glossary entries (quoted and plain counts are listed separately).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTerms, linkableTexts } from '../src/lib/term-matching.ts';
import type { ReportDocument } from '../src/schema/report.ts';

const dir = new URL('../content/reports', import.meta.url).pathname;
const documents = readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as ReportDocument);
for (const term of process.argv.slice(2)) {
  console.log(`== ${term}`);
  for (const { report, tree } of documents) {
    for (const unit of linkableTexts(tree)) {
      for (const match of ['quoted', 'plain'] as const) {
        const spans = findTerms(unit.text, [{ slug: term, forms: [term], match, scope: null }]);
        if (spans.length === 0 || (match === 'plain' && findTerms(unit.text, [{ slug: term, forms: [term], match: 'quoted', scope: null }]).length === spans.length)) continue;
        const at = spans[0]!.start;
        console.log(`${report.id}\tsection ${unit.section ?? '(preamble/closing)'}\t${unit.anchor ?? '(heading)'}\t${match}×${spans.length}\t…${unit.text.slice(Math.max(0, at - 15), at + term.length + 15).replace(/\n/g, ' ')}…`);
      }
    }
    for (const note of tree.notes) if (note.label.includes(term) || note.text.includes(term)) console.log(`${report.id}\tnote ${note.number}\t${note.label}：${note.text.slice(0, 40)}…`);
  }
}
