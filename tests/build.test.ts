import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocumentSchema } from '../src/schema/report.ts';
import { manifest, root } from './helpers.ts';

/** The site build publishes the parsed content as open data. */
describe('astro build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-dist-'));
  let status: number | null = null;
  let output = '';

  beforeAll(() => {
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    status = result.status;
    output = result.stdout + result.stderr;
  }, 120_000);

  it('succeeds', () => {
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
  });

  it('publishes /data/reports.json with every report of the manifest', () => {
    const list = JSON.parse(readFileSync(join(outDir, 'data', 'reports.json'), 'utf8'));
    expect(list.reports.map((report: { id: string }) => report.id).sort()).toEqual(manifest.reports.map((entry) => entry.id).sort());
    expect(list.reports.find((report: { id: string }) => report.id === 'yongji-2021-five-year-plan').stats).toMatchObject({ sections: 60, tables: 1, boxes: 13 });
  });

  it('publishes /data/reports/<id>.json valid against the schema, and the original text byte for byte', () => {
    for (const entry of manifest.reports) {
      const document = JSON.parse(readFileSync(join(outDir, 'data', 'reports', `${entry.id}.json`), 'utf8'));
      expect(reportDocumentSchema.safeParse(document).success).toBe(true);
      expect(readFileSync(join(outDir, 'data', 'reports', `${entry.id}.txt`))).toEqual(readFileSync(join(root, 'seeds', entry.file)));
    }
  });

  it('renders the home page with its language', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toContain('运城政策图谱');
  });
});
