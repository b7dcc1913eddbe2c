import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitBlobId, sha256 } from '../../src/lib/report-document.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };
import zh from '../../src/i18n/zh.json' with { type: 'json' };
import { adminLevelSchema, manifestEntrySchema } from '../../src/schema/manifest.ts';
import { placesFileSchema, placeSchema } from '../../src/schema/places.ts';
import { buildSeed, manifest, root, seedBytes, seedsDir } from '../helpers.ts';

const places = placesFileSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'places.json'), 'utf8')));

describe('seeds manifest', () => {
  it('lists every report file in seeds/ once, under a unique id', () => {
    const ids = manifest.reports.map((entry) => entry.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    // Everything in seeds/ but the manifest and the JSON side files (overrides, annotations, expectations) is a report.
    const reportFiles = readdirSync(seedsDir).filter((name) => !name.endsWith('.json')).sort();
    expect(reportFiles).toEqual(manifest.reports.map((entry) => entry.file).sort());
  });

  for (const entry of manifest.reports) {
    it(`${entry.file} is byte-for-byte the received file (SHA-256)`, () => {
      expect(sha256(seedBytes(entry.id))).toBe(entry.sha256);
      // Where the shared seed folder is beside the checkout (CI and development), compare with the original too.
      const original = join(root, '..', 'shared', 'seeds', entry.originalFile);
      if (existsSync(original)) expect(sha256(readFileSync(original))).toBe(entry.sha256);
      // A file taken from a public repository is that repository's file at the recorded commit: same git blob id.
      if (entry.source.repository !== null) expect(gitBlobId(seedBytes(entry.id))).toBe(entry.source.blob);
      // The official URL is the one the file's own front matter states, where it states one.
      const stated = /^---\n(?:.*\n)*?source: *(?:\n- )?(\S+)\n/.exec(new TextDecoder().decode(seedBytes(entry.id)))?.[1] ?? null;
      expect(entry.source.officialUrl).toBe(stated);
    });

    it(`${entry.id}: what the title block states agrees with the manifest`, () => {
      const { metadata } = buildSeed(entry.id).tree;
      expect(metadata.title).toBe(entry.statedTitle);
      if (metadata.date !== null) expect(metadata.date).toBe(entry.date);
      expect(metadata.session).toBe(entry.session?.zh ?? null);
      // The manifest writes an organization the text does not print as '', a role it does not print as '—'.
      expect(metadata.speaker ? { name: metadata.speaker.name, role: metadata.speaker.role || '—', organization: metadata.speaker.organization ?? '' } : null).toEqual(
        entry.speaker ? { name: entry.speaker.zh, role: entry.speaker.role.zh, organization: entry.speaker.organization } : null,
      );
      expect(entry.completeness === 'fragment').toBe(metadata.continuedFrom !== null);
    });
  }

  it('rejects an entry whose file name does not match its id, with a readable message', () => {
    const result = manifestEntrySchema.safeParse({ ...manifest.reports[0]!, file: 'other.txt' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('file must be <id>.<extension>');
  });

  it('accepts the national level (State Council reports) and the sub-provincial city level', () => {
    const national = manifestEntrySchema.parse({ ...manifest.reports[0]!, place: { id: 'china', zh: '中华人民共和国', en: "People's Republic of China" }, level: 'national' });
    expect(national.level).toBe('national');
    expect(manifestEntrySchema.parse({ ...manifest.reports[0]!, level: 'sub-provincial-city' }).level).toBe('sub-provincial-city');
    expect(placeSchema.parse({ ...places.places[0]!, level: 'national' }).level).toBe('national');
    expect(manifestEntrySchema.safeParse({ ...manifest.reports[0]!, level: 'sub-provincial' }).success).toBe(false);
  });

  it('labels every administrative level in both languages', () => {
    for (const level of adminLevelSchema.options) {
      expect(zh[`level.${level}`], level).toMatch(/\S/);
      expect(en[`level.${level}`], level).toMatch(/\S/);
    }
  });

  it('rejects a fragment without a note saying what is missing', () => {
    const result = manifestEntrySchema.safeParse({ ...manifest.reports[0]!, completeness: 'fragment', completenessNote: null });
    expect(result.success).toBe(false);
  });
});
