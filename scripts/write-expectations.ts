/**
 * `npm run expectations -- [<id>…]`: writes `seeds/<id>.expected.json` from the published report
 * (`content/reports/<id>.json`, so run `npm run content` first) for the given reports, or for every report of the
 * manifest that has no such file yet. Hand-read figures already in a file are kept. Review the diff: the file is
 * what a person accepts as the right parse, and tests/seeds/expectations.test.ts holds later parses to it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectationsFileName, expectationsOf, formatExpectations, withReviews } from '../src/lib/report-expectations.ts';
import { reportExpectationsSchema } from '../src/schema/expected.ts';
import { reportDocumentSchema } from '../src/schema/report.ts';

const root = new URL('..', import.meta.url).pathname;
const seeds = join(root, 'seeds');
const ids: string[] = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')).reports.map((entry: { id: string }) => entry.id);
const wanted = process.argv.slice(2);
for (const id of wanted) {
  if (!ids.includes(id)) {
    console.error(`seeds/manifest.json: no report ${id}`);
    process.exit(1);
  }
}
for (const id of wanted.length > 0 ? wanted : ids) {
  const file = join(seeds, expectationsFileName(id));
  if (wanted.length === 0 && existsSync(file)) continue;
  const document = reportDocumentSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'reports', `${id}.json`), 'utf8')));
  const previous = existsSync(file) ? reportExpectationsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
  writeFileSync(file, formatExpectations(withReviews(expectationsOf(document), previous)));
  console.log(`wrote seeds/${expectationsFileName(id)}`);
}
