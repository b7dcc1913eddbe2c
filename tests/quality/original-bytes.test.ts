import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv, siteBuildSteps } from '../../scripts/site-build-steps.ts';
import { decodeReport } from '../../src/pipeline/index.ts';
import { copyProject } from './project-copy.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Encodes text as GB18030 with a reverse table read off the platform's decoder (Node can decode GB18030 but not
 * encode it): ASCII, the two-byte codes, the four-byte codes of the BMP, and the four-byte codes of the other planes
 * by their formula.
 */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const learn = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if (char.length === 1 && !table.has(char)) table.set(char, bytes);
    } catch {
      // not a code of the table
    }
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) learn([lead, trail]);
  for (let b1 = 0x81; b1 <= 0x84; b1++) for (let b2 = 0x30; b2 <= 0x39; b2++) for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) learn([b1, b2, b3, b4]);
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else if (code > 0xffff) {
      const linear = code - 0x10000;
      bytes.push(0x90 + Math.floor(linear / 12600), 0x30 + (Math.floor(linear / 1260) % 10), 0x81 + (Math.floor(linear / 10) % 126), 0x30 + (linear % 10));
    } else {
      const known = table.get(char);
      if (!known) throw new Error(`no GB18030 code for U+${code.toString(16)}`);
      bytes.push(...known);
    }
  }
  return new Uint8Array(bytes);
}

describe('a seed whose bytes are not UTF-8 text', () => {
  it('publishes its text as UTF-8 and its bytes as the original, each with its SHA-256', { timeout: 240_000 }, () => {
    // A copy of the project whose seeds are the same texts received otherwise: one in GB18030, one as UTF-8 with a
    // byte-order mark and CRLF line endings (same lines, so overrides and annotations still apply).
    const copy = copyProject('original-bytes');
    try {
      const manifestFile = join(copy, 'seeds', 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
      const received: Record<string, Uint8Array> = {};
      const reencode = (id: string, encode: (text: string) => Uint8Array) => {
        const seedFile = join(copy, 'seeds', `${id}.txt`);
        received[id] = encode(readFileSync(seedFile, 'utf8'));
        writeFileSync(seedFile, received[id]);
        manifest.reports.find((entry: { id: string }) => entry.id === id).sha256 = sha256(received[id]);
      };
      reencode('yanhu-2022-work-report', encodeGb18030);
      reencode('xinjiang-county-2023-work-report', (text) => new TextEncoder().encode(`\uFEFF${text.replaceAll('\n', '\r\n')}`));
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
      const dist = join(copy, 'dist');
      for (const { args } of siteBuildSteps(copy, dist)) {
        const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: buildEnv });
        expect(result.status, result.stdout + result.stderr).toBe(0);
      }

      const list = JSON.parse(readFileSync(join(dist, 'data', 'reports.json'), 'utf8'));
      const reportPage = readFileSync(join(dist, 'zh', 'reports', 'yanhu-2022-work-report', 'index.html'), 'utf8');
      const dataPage = readFileSync(join(dist, 'en', 'data', 'index.html'), 'utf8');
      for (const [id, bytes] of Object.entries(received)) {
        const text = readFileSync(join(dist, 'data', 'reports', `${id}.txt`));
        const original = readFileSync(join(dist, 'data', 'reports', `${id}.original.txt`));
        // The .txt is valid UTF-8 (a fatal decoder would throw), with LF only and no BOM, equal to the decoded seed.
        const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(text);
        expect(utf8).toBe(decodeReport(bytes).text);
        expect(utf8.includes('\r') || utf8.startsWith('\uFEFF')).toBe(false);
        expect(new Uint8Array(original)).toEqual(bytes);
        const row = list.reports.find((report: { id: string }) => report.id === id);
        expect(row).toMatchObject({
          source: `/data/reports/${id}.txt`,
          sourceSha256: sha256(text),
          original: { path: `/data/reports/${id}.original.txt`, sha256: sha256(bytes) },
        });
        expect(row.original.sha256).toBe(row.sha256);
        expect(row.sourceSha256).not.toBe(row.sha256);
        expect(dataPage).toContain(`href="/data/reports/${id}.original.txt"`);
        expect(dataPage).toContain(sha256(text));
        expect(dataPage).toContain(sha256(bytes));
      }
      expect(list.reports.find((report: { id: string }) => report.id === 'yanhu-2022-work-report').original).toMatchObject({ encoding: 'gb18030', hadBom: false, convertedLineEndings: false });
      expect(list.reports.find((report: { id: string }) => report.id === 'xinjiang-county-2023-work-report').original).toMatchObject({ encoding: 'utf-8', hadBom: true, convertedLineEndings: true });
      // The report page links both files and gives both checksums; a UTF-8 seed gets no original.
      expect(reportPage).toContain('href="/data/reports/yanhu-2022-work-report.original.txt"');
      expect(reportPage).toContain('原始文件（GB18030）');
      expect(reportPage).toContain(sha256(received['yanhu-2022-work-report']!));
      expect(reportPage).toContain(list.reports.find((report: { id: string }) => report.id === 'yanhu-2022-work-report').sourceSha256);
      expect(existsSync(join(dist, 'data', 'reports', 'yuncheng-2024-work-report.original.txt'))).toBe(false);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
