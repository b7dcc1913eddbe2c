/**
 * `npm run add-report -- <file> --place <place-id> [--from <owner/name>@<commit>:<path>] [--id <id>] [--kind <kind>] [--year <year>] [--no-build]`
 *
 * Adds one report in one command: reads the file (UTF-8 or GB18030 text or Markdown, a Word `.docx`, a saved web
 * page `.html`), parses it, proposes the manifest entry from what the text states, copies the file byte for byte into
 * `seeds/`, writes the entry, runs the content step, writes the report's reviewed expectations, builds the site and
 * adds its new URLs and anchors to the registries (unless `--no-build`), then prints what a person must review.
 *
 * Bad input prints one `file:line: message` line, exits 1 and leaves every file as it was: a failure after the seed
 * was copied (the content step, the build) restores the manifest and removes what was added.
 * `--from` records where the file came from: a repository listed in `content/sources.json`, the commit and the path; the
 * entry gets the file's git blob id (anyone with a clone can compare it with `git rev-parse <commit>:<path>`), the
 * official URL the text's front matter states, and whether the collection says its texts may be abridged.
 * `--seeds <dir>`, `--places <file>`, `--sources <file>` and `--content <dir>` point the command at a copy (tests).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gitBlobId, InputError, sha256 } from '../src/lib/report-document.ts';
import { proposeEntry } from '../src/lib/manifest-proposal.ts';
import { expectationsFileName, expectationsOf, formatExpectations } from '../src/lib/report-expectations.ts';
import { reportDocumentSchema } from '../src/schema/report.ts';
import { decodeReport, parseReport, ReportError, type ReportTree, type Section } from '../src/pipeline/index.ts';
import { manifestSchema, reportKindSchema, type ManifestEntry, type ReportSource } from '../src/schema/manifest.ts';
import { placesFileSchema } from '../src/schema/places.ts';
import { sourcesFileSchema } from '../src/schema/sources.ts';
import { convertToText, needsConversion } from './convert-document.ts';
import { buildEnv } from './site-build-steps.ts';
import { readJsonFile, shown } from './seed-files.ts';

const root = new URL('..', import.meta.url).pathname;
function parseOptions() {
  try {
    return parseArgs({
  allowPositionals: true,
  options: {
    place: { type: 'string' },
    from: { type: 'string' },
    id: { type: 'string' },
    kind: { type: 'string' },
    year: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    seeds: { type: 'string' },
    places: { type: 'string' },
    sources: { type: 'string' },
    content: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`add-report:1: ${(error as Error).message}`);
    process.exit(1);
  }
}
const { values, positionals } = parseOptions();
const file = positionals[0];
const seedsDir = values.seeds ?? join(root, 'seeds');
const placesFile = values.places ?? join(root, 'content', 'places.json');
const sourcesFile = values.sources ?? join(root, 'content', 'sources.json');
const contentDir = values.content ?? join(root, 'content', 'reports');
const noBuild = values['no-build'];

/** Extensions a seed may have; `.htm` is stored as `.html`. */
const ACCEPTED = new Set(['txt', 'md', 'html', 'htm', 'docx']);

/** `--from owner/name@commit:path` → the manifest's source fields (the official URL comes from the text). */
async function sourceOf(from: string | undefined, bytes: Uint8Array, fileName: string): Promise<Omit<ReportSource, 'officialUrl'>> {
  if (from === undefined) return { repository: null, commit: null, path: null, blob: null, mayBeAbridged: false };
  const match = /^([A-Za-z0-9][\w.-]*\/[\w.-]+)@([0-9a-f]{40}):(.+)$/.exec(from);
  if (!match) throw new InputError(fileName, 1, '--from must be <owner/name>@<40-hex commit>:<path in the repository>');
  const [, repository, commit, path] = match as unknown as [string, string, string, string];
  const sources = await readJsonFile(sourcesFile, sourcesFileSchema);
  const listed = sources.repositories.find((candidate) => candidate.repository === repository);
  if (!listed) throw new InputError(fileName, 1, `${repository} is not in ${shown(sourcesFile)}: add it with what it says about its texts first`);
  return { repository, commit, path, blob: gitBlobId(bytes), mayBeAbridged: listed.mayBeAbridged };
}

function run(script: string, scriptArgs: string[]): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...scriptArgs], { cwd: root, encoding: 'utf8', env: buildEnv });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function outlineLines(sections: Section[], depth = 0): string[] {
  return sections.flatMap((section) => [
    `${'  '.repeat(depth + 1)}${section.id} ${section.label ?? ''}${section.title ?? '(heading not printed)'}${section.children.length > 0 ? ` [${section.children.length}]` : ''}`,
    ...(depth === 0 ? outlineLines(section.children, depth + 1) : []),
  ]);
}

function reviewList(entry: ManifestEntry, tree: ReportTree, toCheck: { field: string; why: string }[]): string {
  const { metadata } = tree;
  return [
    `added ${entry.id} (${entry.place.zh} ${entry.year}, ${entry.kind}) as ${shown(join(seedsDir, entry.file))}`,
    '',
    'title block as parsed:',
    `  title    ${metadata.title ?? '—'}`,
    `  date     ${metadata.date ?? '—'}`,
    `  session  ${metadata.session ?? '—'}`,
    `  speaker  ${metadata.speaker ? `${metadata.speaker.organization ?? ''}${metadata.speaker.role}${metadata.speaker.name}` : '—'}`,
    `outline: ${tree.sections.length} parts, ${tree.notes.length} notes, ${tree.appendices.length} appendices, closing ${tree.closing.length > 0 ? 'found' : 'not found'}`,
    ...outlineLines(tree.sections),
    ...(tree.warnings.length > 0 ? ['warnings:', ...tree.warnings.map((warning) => `  line ${warning.line}: ${warning.message}`)] : ['warnings: none']),
    '',
    'check in seeds/manifest.json:',
    ...toCheck.map((item) => `  ${item.field}: ${item.why}`),
    `expectations: ${shown(join(seedsDir, expectationsFileName(entry.id)))} records this parse (edit it if the outline above is wrong, and fix the parse)`,
    `English headings and translation: pending until content/headings/${entry.id}.json and content/translations/ have them (the English pages show the Chinese meanwhile)`,
  ].join('\n');
}

async function main(): Promise<void> {
  if (!file) throw new InputError('add-report', 1, 'usage: npm run add-report -- <file> --place <place-id> [--from <owner/name>@<commit>:<path>] [--id <id>] [--kind <kind>] [--year <year>] [--no-build]');
  const placeId = values.place;
  if (!placeId) throw new InputError(file, 1, 'give the place with --place <place-id> (see content/places.json; npm run add-place adds one)');
  const extension = extname(file).slice(1).toLowerCase();
  if (!ACCEPTED.has(extension)) throw new InputError(file, 1, `.${extension} files are not accepted: give a .txt, .md, .html or .docx file`);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(file, 1, `cannot read file (${error.code})`);
  });

  const manifestPath = join(seedsDir, 'manifest.json');
  const manifest = await readJsonFile(manifestPath, manifestSchema);
  const places = await readJsonFile(placesFile, placesFileSchema);
  const place = places.places.find((candidate) => candidate.id === placeId);
  if (!place) throw new InputError(file, 1, `unknown place ${placeId}: add it first with npm run add-place (places are in ${shown(placesFile)})`);
  const digest = sha256(bytes);
  const twin = manifest.reports.find((report) => report.sha256 === digest);
  if (twin) throw new InputError(file, 1, `this file is already in the manifest as ${twin.id} (same SHA-256)`);

  const source = await sourceOf(values.from, bytes, file);
  const text = needsConversion(file) ? await convertToText(file, bytes, file) : decodeReport(bytes).text;
  let tree: ReportTree;
  try {
    tree = parseReport(text);
  } catch (error) {
    if (error instanceof ReportError) throw new InputError(file, error.line, error.message);
    throw error;
  }
  const kindOption = values.kind;
  const kind = kindOption === undefined ? undefined : reportKindSchema.safeParse(kindOption).data;
  if (kindOption !== undefined && kind === undefined) throw new InputError(file, 1, `--kind must be one of ${reportKindSchema.options.join(', ')}`);
  const yearOption = values.year;
  let proposal;
  try {
    proposal = proposeEntry({ tree, place, extension: extension === 'htm' ? 'html' : extension, originalFile: basename(file), sha256: digest, source, id: values.id, kind, year: yearOption ? Number(yearOption) : undefined });
  } catch (error) {
    throw new InputError(file, 1, (error as Error).message);
  }
  const { entry, toCheck } = proposal;
  if (manifest.reports.some((report) => report.id === entry.id)) throw new InputError(file, 1, `a report with id ${entry.id} exists: give another with --id`);
  const checked = manifestSchema.safeParse({ reports: [...manifest.reports, entry] });
  if (!checked.success) throw new InputError(file, 1, `the proposed entry is not valid: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const seedPath = join(seedsDir, entry.file);
  if (existsSync(seedPath)) throw new InputError(file, 1, `${shown(seedPath)} exists already`);

  // Write: the seed, then the manifest (through a temporary file); undone if a later step fails.
  const manifestBefore = await readFile(manifestPath, 'utf8');
  const undo = async () => {
    await writeFile(manifestPath, manifestBefore);
    await rm(seedPath, { force: true });
  };
  await copyFile(file, seedPath);
  const staged = `${manifestPath}.tmp-${process.pid}`;
  await writeFile(staged, `${JSON.stringify({ ...manifest, reports: [...manifest.reports, entry] }, null, 2)}\n`);
  await rename(staged, manifestPath);

  const content = run('build-content.ts', ['--seeds', seedsDir, '--out', contentDir]);
  if (!content.ok) {
    await undo();
    throw new InputError(file, 1, `the content step failed, nothing was added:\n${content.output.trim()}`);
  }
  // What the person reviews below becomes the report's expectations: a later parse that differs fails the tests.
  const published = reportDocumentSchema.parse(JSON.parse(await readFile(join(contentDir, `${entry.id}.json`), 'utf8')));
  const expectationsPath = join(seedsDir, expectationsFileName(entry.id));
  await writeFile(expectationsPath, formatExpectations(expectationsOf(published)));
  if (!noBuild) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: buildEnv });
    if (build.status !== 0) {
      await undo();
      await rm(expectationsPath, { force: true });
      run('build-content.ts', ['--seeds', seedsDir, '--out', contentDir]);
      throw new InputError(file, 1, `the site build failed, nothing was added:\n${`${build.stdout}${build.stderr}`.trim().split('\n').slice(-5).join('\n')}`);
    }
    const registries = run('check-site.ts', ['--update-urls']);
    console.error(registries.output.trim());
  }
  console.log(reviewList(entry, tree, toCheck));
  if (noBuild) console.log('\nnot built (--no-build): run npm run build && npm run check:site -- --update-urls to add its URLs and anchors');
}

try {
  await main();
} catch (error) {
  if (error instanceof InputError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
