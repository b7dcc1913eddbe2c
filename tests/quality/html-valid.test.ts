import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../../scripts/site-audit.ts';
import { root } from '../helpers.ts';

const site = inject('site');

/**
 * html-validate's recommended rules over every built page, with two rules configured in .htmlvalidate.json
 * (JSON has no comments, so the reasons are here):
 * - prefer-native-element excludes `heading`: a run-in lead-in (`一是…`, `（一）…` inside a paragraph) is a heading
 *   span inside its paragraph; an <hN> would split the paragraph, which must stay one citable unit. It excludes
 *   `region`: scrollable tables sit in a focusable, labelled `role="region"` wrapper so keyboard users can scroll them.
 * - long-title is off: titles carry the full section and report names, which bookmarks and citations need.
 */
describe('HTML validity', () => {
  const pages = siteFiles(site.dir).filter((file) => file.endsWith('.html'));
  const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));

  it('finds no error in any built page', { timeout: 120_000 }, async () => {
    expect(pages.length).toBeGreaterThan(500);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(join(site.dir, page), 'utf8'), page);
      for (const result of report.results) for (const message of result.messages) errors.push(`${page}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('reports a real error with file and line (the validator is not a no-op)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>t</title></head><body><p><div></div></p><button>x</button></body></html>', 'bad.html');
    expect(report.valid).toBe(false);
    expect(report.results[0]!.filePath).toBe('bad.html');
    expect(report.results[0]!.messages[0]!.line).toBe(1);
    expect(report.results[0]!.messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['close-order', 'no-implicit-button-type']));
  });
});
