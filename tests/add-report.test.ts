import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { fixturesDir, root, seedsDir } from './helpers.ts';

/**
 * `npm run add-report` on copies of seeds/, content/places.json and content/reports (never the real ones), with
 * `--no-build`: the build and registry step is exercised by the end-to-end test that adds a report to a project copy.
 */
const workspaces: string[] = [];
afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The worked example of the README, which the real atlas already holds: the copies leave it out so it can be added again. */
const example = 'yuncheng-2022-work-report';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-add-report-'));
  workspaces.push(dir);
  cpSync(seedsDir, join(dir, 'seeds'), { recursive: true, filter: (path) => !path.includes(example) });
  cpSync(join(root, 'content', 'reports'), join(dir, 'reports'), { recursive: true, filter: (path) => !path.includes(example) });
  const manifest = JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')) as { reports: { id: string }[] };
  writeFileSync(join(dir, 'seeds', 'manifest.json'), `${JSON.stringify({ reports: manifest.reports.filter((entry) => entry.id !== example) }, null, 2)}\n`);
  cpSync(join(root, 'content', 'places.json'), join(dir, 'places.json'));
  cpSync(join(root, 'content', 'sources.json'), join(dir, 'sources.json'));
  return dir;
}

function addReport(dir: string, file: string, ...extra: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'add-report.ts'), file, '--seeds', join(dir, 'seeds'), '--places', join(dir, 'places.json'), '--sources', join(dir, 'sources.json'), '--content', join(dir, 'reports'), '--no-build', ...extra], { encoding: 'utf8', cwd: root });
}

/** Where the README's example comes from (`tests/fixtures/corpus/sample.json` records the same). */
const exampleFrom = 'lawtext/gov@fc1a2f67a589763dc905aaa90f2b1ba356bbccde:政府工作报告-其他地市/运城市/2022.md';

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'seeds', 'manifest.json'), 'utf8')) as { reports: Record<string, unknown>[] };
const snapshot = (dir: string) => ['seeds/manifest.json', 'places.json'].map((name) => readFileSync(join(dir, name), 'utf8'));

/** A Word document holding the given paragraphs, with the parts mammoth needs and nothing more. */
function docx(paragraphs: string[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  zip.addBuffer(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'), '_rels/.rels');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('');
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`), 'word/document.xml');
  return archive(zip);
}

function archive(zip: yazl.ZipFile): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.end();
  });
}

const fixtureText = readFileSync(join(fixturesDir, 'county-bracket-headings.txt'), 'utf8');

describe('npm run add-report', () => {
  it('adds a real report: the seed byte for byte, the manifest entry from what the text states, the content, a review list', () => {
    const dir = workspace();
    const source = join(root, 'tests', 'fixtures', 'corpus', 'lawtext-gov', 'yuncheng-2022.md');
    const result = addReport(dir, source, '--place', 'yuncheng', '--from', exampleFrom);
    expect(result.stderr).not.toMatch(/^\S+:\d+: (?!warning)/m);
    expect(result.status).toBe(0);
    const entry = manifestOf(dir).reports.at(-1)!;
    const bytes = readFileSync(source);
    expect(entry).toMatchObject({
      id: 'yuncheng-2022-work-report',
      file: 'yuncheng-2022-work-report.md',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      originalFile: 'yuncheng-2022.md',
      source: {
        repository: 'lawtext/gov',
        commit: 'fc1a2f67a589763dc905aaa90f2b1ba356bbccde',
        path: '政府工作报告-其他地市/运城市/2022.md',
        // git hash-object of the bytes: the repository's blob at that commit, so the copy is provably the same file.
        blob: createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex'),
        officialUrl: null,
        mayBeAbridged: true,
      },
      place: { id: 'yuncheng', zh: '运城市' },
      level: 'prefecture-level-city',
      year: 2022,
      date: '2022-02-21',
      kind: 'government-work-report',
      session: { zh: '运城市第五届人民代表大会第一次会议', en: "1st Session of the 5th People's Congress of Yuncheng City" },
      speaker: { zh: '储祥好', en: 'Chu Xianghao', role: { zh: '市长', en: 'Mayor' }, organization: '运城市人民政府' },
      completeness: 'complete',
    });
    expect(readFileSync(join(dir, 'seeds', 'yuncheng-2022-work-report.md')).equals(bytes)).toBe(true);
    const document = JSON.parse(readFileSync(join(dir, 'reports', 'yuncheng-2022-work-report.json'), 'utf8'));
    expect(document.tree.notes).toHaveLength(28);
    const expected = JSON.parse(readFileSync(join(dir, 'seeds', 'yuncheng-2022-work-report.expected.json'), 'utf8'));
    expect(expected).toMatchObject({ notes: 28, titleBlock: { date: '2022-02-21' } });
    expect(result.stdout).toContain('added yuncheng-2022-work-report');
    expect(result.stdout).toContain('title.en: made from the place and the year');
    expect(result.stdout).toContain('3 三、2022年工作安排 [9]');
  });

  it('reads a Word document: the .docx is the seed, its text the published text', async () => {
    const dir = workspace();
    const file = join(dir, '某某县2023年政府工作报告.docx');
    writeFileSync(file, await docx(fixtureText.split('\n').filter((line) => line.trim() !== '')));
    const result = addReport(dir, file, '--place', 'xinjiang-county', '--id', 'xinjiang-county-2023-docx-work-report');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(manifestOf(dir).reports.at(-1)).toMatchObject({ file: 'xinjiang-county-2023-docx-work-report.docx', date: '2023-01-10' });
    const converted = readFileSync(join(dir, 'reports', 'xinjiang-county-2023-docx-work-report.converted.txt'), 'utf8');
    expect(converted).toContain('一、2022年工作回顾');
    expect(readFileSync(join(dir, 'seeds', 'xinjiang-county-2023-docx-work-report.docx')).equals(readFileSync(file))).toBe(true);
  });

  it('reads a saved web page: only the report text, no script, style or navigation', () => {
    const dir = workspace();
    const paragraphs = fixtureText.split('\n').filter((line) => line.trim() !== '').map((line) => `<p>${line}</p>`).join('\n');
    const file = join(dir, 'page.html');
    writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><title>t</title><style>p{color:red}</style><script>var leak = "脚本文字";</script></head><body><nav>首页 导航文字</nav><header>页眉文字</header><article>${paragraphs}</article><footer>版权所有 页脚文字</footer></body></html>`);
    const result = addReport(dir, file, '--place', 'xinjiang-county', '--id', 'xinjiang-county-2023-page-work-report');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const converted = readFileSync(join(dir, 'reports', 'xinjiang-county-2023-page-work-report.converted.txt'), 'utf8');
    expect(converted).toContain('各位代表：');
    expect(converted).not.toMatch(/脚本文字|导航文字|页眉文字|页脚文字|color:red|</);
  });

  const refusals: [string, (dir: string) => Promise<string[]> | string[], RegExp][] = [
    ['an unknown place', () => [join(fixturesDir, 'county-bracket-headings.txt'), '--place', 'atlantis'], /^.+county-bracket-headings\.txt:1: unknown place atlantis: add it first with npm run add-place/],
    ['the same report twice (SHA-256 already in the manifest)', () => [join(seedsDir, 'yanhu-2022-work-report.txt'), '--place', 'yanhu'], /:1: this file is already in the manifest as yanhu-2022-work-report \(same SHA-256\)$/],
    ['an id that exists', () => [join(fixturesDir, 'county-bracket-headings.txt'), '--place', 'yanhu', '--id', 'yanhu-2022-work-report'], /:1: a report with id yanhu-2022-work-report exists: give another with --id$/],
    ['a source repository not in content/sources.json', () => [join(fixturesDir, 'county-bracket-headings.txt'), '--place', 'yanhu', '--from', `someone/elsewhere@${'a'.repeat(40)}:x.md`], /:1: someone\/elsewhere is not in .*sources\.json: add it with what it says about its texts first$/],
    ['a malformed --from', () => [join(fixturesDir, 'county-bracket-headings.txt'), '--place', 'yanhu', '--from', 'lawtext/gov:x.md'], /:1: --from must be <owner\/name>@<40-hex commit>:<path in the repository>$/],
    ['a file that does not parse', () => [join(fixturesDir, 'bad-numbering-repeat.txt'), '--place', 'yanhu'], /bad-numbering-repeat\.txt:9: numbering repeats 一、$/],
    ['a .docx that is not a zip', (dir) => { const file = join(dir, 'fake.docx'); writeFileSync(file, fixtureText); return [file, '--place', 'yanhu']; }, /fake\.docx:1: not a Word document: the file is not a zip archive/],
    ['a zip without word/document.xml', async (dir) => { const zip = new yazl.ZipFile(); zip.addBuffer(Buffer.from('x'), 'readme.txt'); const file = join(dir, 'empty.docx'); writeFileSync(file, await archive(zip)); return [file, '--place', 'yanhu']; }, /empty\.docx:1: not a Word document: the archive has no word\/document\.xml$/],
    ['a zip bomb', async (dir) => { const zip = new yazl.ZipFile(); zip.addBuffer(Buffer.alloc(64 * 1024 * 1024), 'word/document.xml'); const file = join(dir, 'bomb.docx'); writeFileSync(file, await archive(zip)); return [file, '--place', 'yanhu']; }, /bomb\.docx:1: archive too large when unpacked .* refused as a possible zip bomb$/],
    ['a nested archive', async (dir) => { const zip = new yazl.ZipFile(); zip.addBuffer(await docx(['一、甲']), 'inner.docx'); const file = join(dir, 'nested.docx'); writeFileSync(file, await archive(zip)); return [file, '--place', 'yanhu']; }, /nested\.docx:1: archive holds another archive \(inner\.docx\): nested archives are refused$/],
    ['a file of another kind', (dir) => { const file = join(dir, 'report.pdf'); writeFileSync(file, '%PDF-1.4'); return [file, '--place', 'yanhu']; }, /report\.pdf:1: \.pdf files are not accepted/],
  ];
  for (const [what, input, message] of refusals) {
    it(`refuses ${what} with one line and writes nothing`, async () => {
      const dir = workspace();
      const before = snapshot(dir);
      const [file, ...extra] = await input(dir);
      const result = addReport(dir, file!, ...extra);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(snapshot(dir)).toEqual(before);
      expect(existsSync(join(dir, 'reports', 'yanhu-2023-work-report.json'))).toBe(false);
    });
  }
});
